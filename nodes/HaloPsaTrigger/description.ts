import type { INodeProperties } from 'n8n-workflow';

import { optionsProperty } from '../HaloPsa/descriptions/common';

const automaticOnly = { registration: ['automatic'] };

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Registration',
		name: 'registration',
		type: 'options',
		default: 'automatic',
		options: [
			{
				name: 'Automatic',
				value: 'automatic',
				description:
					'On activation, create the webhook and its event subscriptions in Halo (signed deliveries); delete them on deactivation',
			},
			{
				name: 'Manual',
				value: 'manual',
				description:
					"You create the webhook in Halo yourself, with this node's Production URL and Basic authentication or a signed token header",
			},
		],
	},
	{
		displayName:
			"In Halo: Configuration → Integrations → Webhooks → New. URL: this node's Production URL; Payload: JSON; Authentication: as in the HaloPSA Webhook credential selected above (Basic user and password, or a token header name and secret); add the triggers (events) you want. Every delivery the webhook sends starts the workflow.",
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: ['manual'] } },
	},
	{
		displayName: 'Subscribe To',
		name: 'eventSource',
		type: 'options',
		default: 'list',
		displayOptions: { show: automaticOnly },
		options: [
			{ name: 'Events Chosen Here', value: 'list', description: 'Pick Halo events by name, or add event numbers' },
			{
				name: 'Copy Events From a Halo Webhook',
				value: 'copy',
				description: "Subscribe the same events and conditions as a webhook an admin made in Halo's UI",
			},
		],
	},
	{
		displayName: 'Event Names or IDs',
		name: 'events',
		type: 'multiOptions',
		default: ['3'],
		displayOptions: { show: { ...automaticOnly, eventSource: ['list'] } },
		typeOptions: { loadOptionsMethod: 'getEvents' },
		description:
			'Halo events that start the workflow (Halo event numbers in brackets), from your tenant\'s own event list. Every delivery of a subscribed event starts it. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Additional Event Numbers',
		name: 'customEventNumbers',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12, 27',
		displayOptions: { show: { ...automaticOnly, eventSource: ['list'] } },
		description:
			'Other Halo event numbers (eventno), comma-separated. To find one, make a webhook with that trigger in Halo\'s UI and use "Copy Events From a Halo Webhook", or read GET /api/Webhook/{ID}?includedetails=true.',
	},
	{
		displayName: 'Halo Webhook to Copy Name or ID',
		name: 'sourceWebhookId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getHaloWebhooks' },
		default: '',
		required: true,
		displayOptions: { show: { ...automaticOnly, eventSource: ['copy'] } },
		description:
			'A webhook made in Halo\'s UI; its triggers (event numbers and conditions) are copied to the webhook this node creates. Leave it inactive or without a URL in Halo if it should not send anything itself. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Fetch Full Record',
		name: 'fetchFullRecord',
		type: 'boolean',
		default: false,
		description:
			'Whether to read the ticket (and the action, for action events) from Halo, for webhooks that send only IDs. A record that cannot be read leaves the event as Halo sent it, with a fetchError field.',
	},
	optionsProperty([
		{
			displayName: 'Duplicate Window (Minutes)',
			name: 'dedupeMinutes',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 60,
			description: 'A delivery Halo re-sends with the same ID within this time starts no second execution (0 = off)',
		},
		{
			displayName: 'Payload',
			name: 'payloadType',
			type: 'options',
			default: 0,
			description:
				"What Halo puts in each delivery (automatic registration; Halo's numbers for these choices are not documented)",
			options: [
				{ name: 'Key Fields', value: 0 },
				{ name: 'Full Object With Linked Objects', value: 1 },
				{ name: 'Event Information Only', value: 2, description: 'IDs only; turn on Fetch Full Record' },
			],
		},
		{
			displayName: 'Webhook Name in Halo',
			name: 'webhookName',
			type: 'string',
			default: '',
			placeholder: 'My workflow',
			description: 'Name of the webhook created in Halo, after "n8n: " (automatic registration)',
		},
	]),
];
