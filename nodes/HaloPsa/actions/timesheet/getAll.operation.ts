import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { OTHER_RECORDS } from '../../descriptions/records';
import { commaSeparatedIds, compact } from '../../helpers/query';
import { dateRange, dateRangeFields, hasDateRange, unpagedListOperation } from '../common/unpagedList';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Agent Names or IDs',
		name: 'agentIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAgents' },
		default: [],
		description:
			'Only the time of these agents (none: every agent the API agent may see). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

async function timeQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { start, end } = dateRange(ctx, itemIndex);
	const agents = ctx.getNodeParameter('agentIds', itemIndex, []);
	return compact({
		agents: await commaSeparatedIds(ctx, itemIndex, 'agent', 'Agents', agents),
		start_date: start,
		end_date: end,
	});
}

// GET /TimesheetEvent is a bare array that ignores count and paging, with id 0 on every row (EVIDENCE 7.5, 11.23).
export const { description, execute } = unpagedListOperation({
	records: OTHER_RECORDS.timesheetEvent,
	nodeResource: 'timesheet',
	plural: 'time entries',
	leadingProperties: dateRangeFields({
		start: 'Only time entries that end after this time',
		end: 'Only time entries that start before this time',
	}),
	properties,
	query: timeQuery,
	narrowed: hasDateRange,
	narrowing: 'a date range (both Start and End)',
});

export const tool: ToolText = {
	notes: "Time entries come from Halo's timesheet events; their id is 0 as Halo sends it",
	needs: 'a Start and End date (needed for Return All); optionally agents and a Limit',
	returns: 'a list of time entries (agent, ticket, start, end, hours, note)',
};
