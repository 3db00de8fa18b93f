import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter, filtersProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { lookupId } from '../../helpers/names';
import { commaSeparatedIds, compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { toOptionalHaloId } from '../../helpers/validate';
import { dateRange, dateRangeFields, hasDateRange, unpagedListOperation } from '../common/unpagedList';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		{
			displayName: 'Agent Names or IDs',
			name: 'agentIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: [],
			description:
				'Only the appointments of these agents. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		clientFilter,
		{
			displayName: 'Hide Completed',
			name: 'hideCompleted',
			type: 'boolean',
			default: false,
			description: 'Whether to leave out appointments marked complete',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the subject',
		},
		{
			displayName: 'Ticket ID',
			name: 'ticketId',
			type: 'string',
			default: '',
			description: 'Only the appointments of this ticket',
		},
	]),
];

async function appointmentQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const { start, end } = dateRange(ctx, itemIndex);
	return compact({
		start_date: start,
		end_date: end,
		agents: await commaSeparatedIds(ctx, itemIndex, 'agent', 'Filters → Agents', filters.agentIds),
		client_id: await lookupId(ctx, itemIndex, 'client', 'Filters → Client', filters.clientId),
		ticket_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Ticket ID', filters.ticketId),
		search: textFilter(filters.search),
		hidecompleted: onlyIfTrue(filters.hideCompleted),
	});
}

// GET /Appointment ignores paging (36,764 rows for page_size=1 on a production tenant, EVIDENCE 11.5).
export const { description, execute } = unpagedListOperation({
	records: RECORDS.appointment,
	plural: 'appointments',
	leadingProperties: dateRangeFields({
		start: 'Only appointments that end after this time',
		end: 'Only appointments that start before this time',
	}),
	properties,
	query: appointmentQuery,
	narrowed: (ctx, itemIndex) =>
		hasDateRange(ctx, itemIndex) ||
		String((ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject).ticketId ?? '').trim() !== '',
	narrowing: 'a date range (both Start and End) or a ticket (Filters → Ticket ID)',
});

export const tool: ToolText = {
	needs:
		'a Start and End date (Halo sends every appointment otherwise, so Return All needs them); optionally agents, client, ticket ID, search text and a Limit',
	returns: 'a list of appointments (ID, subject, start, end, agent, client)',
};
