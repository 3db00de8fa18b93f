import type { INodeProperties } from 'n8n-workflow';

import type { FieldRules } from '../common/write';

export const ticketFieldRules: FieldRules = {
	ids: ['parent_id'],
	lookups: {
		client_id: 'client',
		site_id: 'site',
		user_id: 'user',
		tickettype_id: 'ticketType',
		status_id: 'status',
		priority_id: 'priority',
		agent_id: 'agent',
	},
	names: { team: 'team' },
	dates: ['startdate', 'targetdate', 'deadlinedate'],
	idLists: ['assets'],
	labels: {
		client_id: 'Client',
		site_id: 'Site',
		user_id: 'User (Requester) ID',
		parent_id: 'Parent Ticket ID',
		tickettype_id: 'Ticket Type',
		status_id: 'Status',
		priority_id: 'Priority',
		agent_id: 'Agent',
		startdate: 'Start Date',
		targetdate: 'Target Date',
		deadlinedate: 'Deadline',
		assets: 'Asset IDs',
	},
};

/**
 * The ticket fields that drive Halo's workflow; shared by Create (optional fields) and Update.
 * Dropdowns also accept a name through an expression (resolved against the tenant's lists).
 */
export function ticketFields(includeSummary: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Agent Name or ID',
			name: 'agent_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: '',
			description:
				'ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Asset IDs',
			name: 'assets',
			type: 'string',
			default: '',
			description: "Comma-separated asset IDs. Replaces the ticket's asset list; use Link Asset to add one.",
		},
		{ displayName: 'Category 1', name: 'category_1', type: 'string', default: '' },
		{ displayName: 'Category 2', name: 'category_2', type: 'string', default: '' },
		{ displayName: 'Category 3', name: 'category_3', type: 'string', default: '' },
		{ displayName: 'Category 4', name: 'category_4', type: 'string', default: '' },
		{
			displayName: 'Client Name or ID',
			name: 'client_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getClients' },
			default: '',
			description:
				'ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{ displayName: 'Deadline', name: 'deadlinedate', type: 'dateTime', default: '' },
		{
			displayName: 'Details',
			name: 'details',
			type: 'string',
			default: '',
			typeOptions: { rows: 4 },
			description: "The ticket's description (plain text or HTML)",
		},
		{
			displayName: 'Impact',
			name: 'impact',
			type: 'number',
			default: 0,
			description: 'Impact level as configured in Halo (e.g. 1 = high … 4 = low)',
		},
		{ displayName: 'Parent Ticket ID', name: 'parent_id', type: 'string', default: '' },
		{
			displayName: 'Priority Name or ID',
			name: 'priority_id',
			type: 'options',
			typeOptions: {
				loadOptionsMethod: 'getPriorities',
				loadOptionsDependsOn: ['additionalFields.tickettype_id', 'updateFields.tickettype_id'],
			},
			default: '',
			description:
				'Lists the priorities of the chosen ticket type\'s SLA. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Site Name or ID',
			name: 'site_id',
			type: 'options',
			typeOptions: {
				loadOptionsMethod: 'getSites',
				loadOptionsDependsOn: ['additionalFields.client_id', 'updateFields.client_id'],
			},
			default: '',
			description:
				'Lists the sites of the chosen client. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{ displayName: 'Start Date', name: 'startdate', type: 'dateTime', default: '' },
		{
			displayName: 'Status Name or ID',
			name: 'status_id',
			type: 'options',
			typeOptions: {
				loadOptionsMethod: 'getStatuses',
				loadOptionsDependsOn: ['additionalFields.tickettype_id', 'updateFields.tickettype_id'],
			},
			default: '',
			description:
				'Lists the statuses of the chosen ticket type. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{ displayName: 'Target Date', name: 'targetdate', type: 'dateTime', default: '' },
		{
			displayName: 'Team Name or ID',
			name: 'team',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTeamNames' },
			default: '',
			description:
				'ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Ticket Type Name or ID',
			name: 'tickettype_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTicketTypes' },
			default: '',
			description:
				'ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Urgency',
			name: 'urgency',
			type: 'number',
			default: 0,
			description: 'Urgency level as configured in Halo (e.g. 1 = high … 4 = low)',
		},
		{
			displayName: 'User (Requester) ID',
			name: 'user_id',
			type: 'string',
			default: '',
			description:
				"The end user who reported the ticket: an ID, or an exact name or email (looked up within the ticket's client when Client is set here)",
		},
	];
	if (includeSummary) fields.push({ displayName: 'Summary', name: 'summary', type: 'string', default: '' });
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
