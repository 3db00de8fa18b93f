import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { clientFilter, filtersProperty, optionsProperty } from '../../descriptions/common';
import { NodeOperationError } from 'n8n-workflow';

import { RECORDS } from '../../descriptions/records';
import { customFieldsBody } from '../../helpers/customFields';
import { lookupId } from '../../helpers/names';
import { runParameter } from '../../helpers/parameters';
import { clientSiteFilters, commaSeparatedIds, compact, isoDate, textFilter } from '../../helpers/query';
import { toOptionalHaloId } from '../../helpers/validate';
import { readPage } from '../../transport/list';
import { haloRequest } from '../../transport/request';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		{
			displayName: 'Agent Name or ID',
			name: 'agentId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: '',
			description:
				'Tickets assigned to this agent. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Asset ID',
			name: 'assetId',
			type: 'string',
			default: '',
			description: 'Tickets linked to this asset',
		},
		clientFilter,
		{
			displayName: 'Date Field',
			name: 'dateField',
			type: 'options',
			default: 'lastactiondate',
			description: 'Which date "Since" and "Until" apply to',
			options: [
				{ name: 'Created', value: 'dateoccured' },
				{
					name: 'Last Action',
					value: 'lastactiondate',
					description: 'Changed since: the last note, email, status or time entry',
				},
				{ name: 'Closed', value: 'datecleared' },
			],
		},
		{
			displayName: 'Priority Names or IDs',
			name: 'priorityIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getPriorities' },
			default: [],
			description:
				'ID or exact name. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the summary or details',
		},
		{
			displayName: 'Since',
			name: 'since',
			type: 'dateTime',
			default: '',
			description: 'Only tickets whose Date Field is on or after this time',
		},
		{
			displayName: 'Site ID',
			name: 'siteId',
			type: 'string',
			default: '',
			description: 'Tickets of this site: its ID or exact name (looked up within the Client filter when set)',
		},
		{
			displayName: 'State',
			name: 'state',
			type: 'options',
			default: 'all',
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'Open Only', value: 'open' },
				{ name: 'Closed Only', value: 'closed' },
			],
		},
		{
			displayName: 'Status Names or IDs',
			name: 'statusIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getStatuses' },
			default: [],
			description:
				'ID or exact name. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Team Names or IDs',
			name: 'teamIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getTeams' },
			default: [],
			description:
				'ID or exact name. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Ticket Type Name or ID',
			name: 'ticketTypeId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTicketTypes' },
			default: '',
			description:
				'ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Until',
			name: 'until',
			type: 'dateTime',
			default: '',
			description: 'Only tickets whose Date Field is on or before this time',
		},
		{
			displayName: 'User (Requester) ID',
			name: 'userId',
			type: 'string',
			default: '',
			description:
				'Tickets of this end user: their ID, or exact name or email (looked up within the Client filter when set)',
		},
	]),
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort',
		default: {},
		options: [
			{
				displayName: 'Order By',
				name: 'orderBy',
				type: 'options',
				default: 'id',
				options: [
					{ name: 'Created', value: 'dateoccurred' },
					{ name: 'Fix-By Time', value: 'fixbydate' },
					{ name: 'ID', value: 'id' },
					{ name: 'Last Action', value: 'lastactiondate' },
					{ name: 'Priority', value: 'priority_id' },
					{ name: 'Status', value: 'status_id' },
				],
			},
			{
				displayName: 'Descending',
				name: 'descending',
				type: 'boolean',
				default: false,
				description: 'Whether to sort from the highest/latest to the lowest/earliest',
			},
		],
	},
	optionsProperty([
		{
			displayName: 'Include Custom Fields',
			name: 'includeCustomFields',
			type: 'string',
			default: '',
			placeholder: 'e.g. CFRMMAlertID, CFBillingCode',
			description:
				'Ticket custom fields to include in each row (names or IDs, comma-separated). Halo leaves custom fields out of lists unless asked (newer Halo versions).',
		},
	]),
];

/** Translates the filter collection into Halo's query parameters. */
export async function ticketQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const sort = ctx.getNodeParameter('sort', itemIndex, {}) as IDataObject;
	const clientAndSite = await clientSiteFilters(ctx, itemIndex, filters, 'Site ID');
	const qs: IDataObject = {
		...clientAndSite,
		user_id: await lookupId(ctx, itemIndex, 'user', 'Filters → User', filters.userId, {
			clientId: clientAndSite.client_id,
		}),
		agent_id: await lookupId(ctx, itemIndex, 'agent', 'Filters → Agent', filters.agentId),
		asset_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Asset ID', filters.assetId),
		requesttype_id: await lookupId(ctx, itemIndex, 'ticketType', 'Filters → Ticket Type', filters.ticketTypeId),
		status: await commaSeparatedIds(ctx, itemIndex, 'status', 'Filters → Status', filters.statusIds),
		team: await commaSeparatedIds(ctx, itemIndex, 'team', 'Filters → Team', filters.teamIds),
		priority: await commaSeparatedIds(ctx, itemIndex, 'priority', 'Filters → Priority', filters.priorityIds),
		search: textFilter(filters.search),
	};
	if (filters.state === 'open') qs.open_only = true;
	if (filters.state === 'closed') qs.closed_only = true;
	const since = isoDate(ctx, itemIndex, 'Filters → Since', filters.since);
	const until = isoDate(ctx, itemIndex, 'Filters → Until', filters.until);
	if (since || until) {
		qs.datesearch = filters.dateField || 'lastactiondate';
		qs.startdate = since;
		qs.enddate = until;
	}
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const wantedFields = String(options.includeCustomFields ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	if (wantedFields.length) {
		const ids = await customFieldsBody(
			ctx,
			itemIndex,
			'ticket',
			wantedFields.map((field) => ({ field })),
			'Options → Include Custom Fields',
		);
		qs.include_custom_fields = (ids ?? []).map((field) => field.id).join(',');
	}
	if (sort.orderBy) {
		qs.order = sort.orderBy;
		qs.orderdesc = sort.descending === true;
	}
	return compact(qs);
}

const operation = getManyOperation({ records: RECORDS.ticket, paging: 'pages', properties, query: ticketQuery });

const countOnlyField: INodeProperties = {
	displayName: 'Count Only',
	name: 'countOnly',
	type: 'boolean',
	default: false,
	description:
		'Whether to output one item {count} with the number of matching tickets instead of the tickets (one request, whatever the number)',
	displayOptions: { show: { resource: ['ticket'], operation: ['getAll'] } },
};

/** Fields that do not apply to a count. */
const NOT_FOR_COUNT = new Set(['returnAll', 'limit', 'sort', 'simplify']);

export const description: INodeProperties[] = [
	countOnlyField,
	...operation.description.map((field) =>
		NOT_FOR_COUNT.has(field.name)
			? {
					...field,
					displayOptions: { ...field.displayOptions, hide: { ...field.displayOptions?.hide, countOnly: [true] } },
				}
			: field,
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	if (!runParameter(this, 'countOnly', itemIndex, false)) return await operation.execute.call(this, itemIndex);
	// One row is the smallest page; Halo's record_count is the number of all matches (EVIDENCE 7.4).
	const page = readPage(
		await haloRequest.call(this, {
			method: 'GET',
			path: RECORDS.ticket.apiPath,
			qs: { ...(await ticketQuery(this, itemIndex)), pageinate: true, page_size: 1, page_no: 1 },
			itemIndex,
		}),
	);
	if (page.total === undefined) {
		throw new NodeOperationError(
			this.getNode(),
			"Halo's reply has no record_count, so the tickets cannot be counted in one request",
			{ itemIndex },
		);
	}
	return [{ json: { count: page.total } }];
}

export const tool: ToolText = {
	notes:
		'Search matches words in the summary and details; filters narrow by client, agent, status, team, dates or open/closed. Keep Limit small',
	needs: 'nothing; optionally search text, filters and a Limit',
	returns: 'a list of tickets (ID, summary, status, client, agent, dates)',
};
