import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	INodeCredentialTestResult,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { haloRequest } from '../HaloPsa/transport/request';
import { basicAuthMatches, deliveryEvents, eventSelected, isDuplicate } from './delivery';
import { ANY_EVENT, HALO_EVENTS, eventOf } from './events';
import {
	createWebhook,
	customEventNumbers,
	removeWebhook,
	subscribedEventNumbers,
	webhookExists,
	type Registration,
} from './registration';

const MIN_PASSWORD_LENGTH = 16;

export class HaloPsaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HaloPSA Trigger',
		name: 'haloPsaTrigger',
		icon: { light: 'file:../../icons/halopsa.svg', dark: 'file:../../icons/halopsa.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Halo sends a webhook (new ticket, status change, action added, ...)',
		defaults: { name: 'HaloPSA Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'haloPsaApi', required: true },
			{ name: 'haloPsaWebhookApi', required: true, testedBy: 'webhookPasswordStrength', displayOptions: { show: { registration: ['manual'] } } },
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'halopsa' }],
		properties: [
			{
				displayName: 'Registration',
				name: 'registration',
				type: 'options',
				default: 'automatic',
				options: [
					{
						name: 'Automatic',
						value: 'automatic',
						description: 'On activation, create the webhook in Halo (needs the admin scope); delete it on deactivation',
					},
					{
						name: 'Manual',
						value: 'manual',
						description: 'You create the webhook in Halo yourself, with this node\'s Production URL and Basic authentication',
					},
				],
			},
			{
				displayName:
					'In Halo: Configuration → Integrations → Webhooks → New. URL: this node\'s Production URL; Authentication: Basic, with the user and password of the HaloPSA Webhook Basic Auth credential selected above; Payload: JSON.',
				name: 'manualNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { registration: ['manual'] } },
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['ticketCreated'],
				options: [
					{ name: 'Any Event', value: ANY_EVENT },
					...HALO_EVENTS.map((event) => ({ name: event.name, value: event.value })),
				],
				description: 'Which Halo events start the workflow; other deliveries are acknowledged and ignored',
			},
			{
				displayName: 'Additional Event Numbers',
				name: 'customEventNumbers',
				type: 'string',
				default: '',
				placeholder: 'e.g. 12, 27',
				description:
					'Halo event numbers (eventno) not in the list above, comma-separated. Halo publishes no list: read them from a webhook made in Halo\'s UI (GET /api/Webhook/{ID}).',
			},
			{
				displayName: 'Fetch Full Record',
				name: 'fetchFullRecord',
				type: 'boolean',
				default: false,
				description:
					'Whether to read the ticket (and the action, for action events) from Halo by the delivery\'s object ID, for webhooks that send only IDs ("event information only")',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
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
						description: 'What Halo puts in each delivery (automatic registration)',
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
						placeholder: 'n8n: My workflow',
						description: 'Name of the webhook created in Halo (automatic registration)',
					},
				],
			},
		],
	};

	methods = {
		credentialTest: {
			/** Nothing to call in Halo for a receiving secret; the test makes sure it is hard to guess. */
			async webhookPasswordStrength(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				const data = credential.data ?? {};
				if (!String(data.user ?? '').trim()) return { status: 'Error', message: 'Enter a user name' };
				if (String(data.password ?? '').length < MIN_PASSWORD_LENGTH) {
					return { status: 'Error', message: `Use a random password of at least ${MIN_PASSWORD_LENGTH} characters: anyone who guesses it can start this workflow` };
				}
				return { status: 'OK', message: 'The user and password are set; enter the same pair on the webhook in Halo' };
			},
		},
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('registration') !== 'automatic') return true;
				const stored = this.getWorkflowStaticData('node') as Registration;
				return await webhookExists(this, stored, this.getNodeWebhookUrl('default') as string);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('registration') !== 'automatic') return true;
				const stored = this.getWorkflowStaticData('node') as Registration;
				const options = this.getNodeParameter('options', {}) as IDataObject;
				await createWebhook(this, stored, this.getNodeWebhookUrl('default') as string, {
					name: String(options.webhookName || `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id ?? 'workflow'}`),
					eventNumbers: subscribedEventNumbers(
						this.getNodeParameter('events', []) as string[],
						customEventNumbers(this.getNodeParameter('customEventNumbers', '')),
					),
					payloadType: Number(options.payloadType ?? 0),
				});
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('registration') !== 'automatic') return true;
				const stored = this.getWorkflowStaticData('node') as Registration;
				if (stored.webhookId) await removeWebhook(this, stored.webhookId);
				for (const key of ['webhookId', 'webhookUrl', 'basicUser', 'basicPassword', 'recentDeliveries'] as const) delete stored[key];
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const response = this.getResponseObject();
		const stored = this.getWorkflowStaticData('node') as Registration;
		let user = stored.basicUser ?? '';
		let password = stored.basicPassword ?? '';
		if (this.getNodeParameter('registration') === 'manual') {
			const basic = await this.getCredentials('haloPsaWebhookApi');
			user = String(basic.user ?? '');
			password = String(basic.password ?? '');
		}
		if (!basicAuthMatches(request.headers.authorization, user, password)) {
			response.status(401).setHeader('WWW-Authenticate', 'Basic realm="HaloPSA webhook"');
			response.json({ message: 'Authorization is required' });
			return { noWebhookResponse: true };
		}
		const events = deliveryEvents(parsedBody(this));
		if (!events) {
			response.status(400).json({ message: 'Expected a JSON object or array of Halo webhook events' });
			return { noWebhookResponse: true };
		}

		const selected = this.getNodeParameter('events', []) as string[];
		const custom = customEventNumbers(this.getNodeParameter('customEventNumbers', ''));
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const windowMs = Number(options.dedupeMinutes ?? 60) * 60_000;
		const scope = `${this.getWorkflow().id ?? ''}|${this.getNode().name}`;
		const wanted = events.filter(
			(event) =>
				eventSelected(event, selected, custom) &&
				!(windowMs > 0 && event.id !== undefined && isDuplicate(scope, stored as IDataObject, String(event.id), windowMs)),
		);
		// Acknowledge before any further Halo request, so Halo's delivery never waits on n8n's work.
		response.status(200).json({ received: events.length, accepted: wanted.length });
		if (!wanted.length) return { noWebhookResponse: true };

		const items = [];
		for (const event of wanted) {
			const json = this.getNodeParameter('fetchFullRecord', false) ? await withFullRecord(this, event) : event;
			items.push({ json });
		}
		return { noWebhookResponse: true, workflowData: [items] };
	}
}

/** n8n parses JSON bodies; anything it could not parse arrives as raw text or an empty object. */
function parsedBody(ctx: IWebhookFunctions): unknown {
	const request = ctx.getRequestObject() as { rawBody?: Buffer; body?: unknown };
	const body = request.body;
	if (body && typeof body === 'object' && Object.keys(body).length > 0) return body;
	const raw = request.rawBody?.toString('utf8') ?? (typeof body === 'string' ? body : '');
	if (!raw.trim()) return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

/** Re-reads the ticket (and action) a delivery names, for payloads that carry only ids. */
async function withFullRecord(ctx: IWebhookFunctions, event: IDataObject): Promise<IDataObject> {
	const embeddedTicket = (event.ticket ?? {}) as IDataObject;
	const ticketId = Number(embeddedTicket.id ?? event.ticket_id ?? event.object_id);
	const full: IDataObject = { ...event };
	if (!Number.isInteger(ticketId) || ticketId <= 0) return full;
	full.ticket = (await haloRequest.call(ctx, { method: 'GET', path: `/Tickets/${ticketId}`, qs: { includedetails: true } })) as IDataObject;
	const action = (event.action ?? {}) as IDataObject;
	const actionId = Number(action.id ?? event.action_id);
	if (eventOf(event.event)?.isAction && Number.isInteger(actionId) && actionId > 0) {
		full.action = (await haloRequest.call(ctx, { method: 'GET', path: `/Actions/${actionId}`, qs: { ticket_id: ticketId } })) as IDataObject;
	}
	return full;
}
