import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter, filtersProperty } from '../../descriptions/common';
import { OTHER_RECORDS, RECORDS } from '../../descriptions/records';
import { lookupId } from '../../helpers/names';
import { haloList } from '../../transport/list';
import { dateRange, dateRangeFields, hasDateRange, unpagedListOperation } from '../common/unpagedList';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		{
			...clientFilter,
			description: `${clientFilter.description} Halo's feedback rows name only the ticket: the client's tickets are read first (one request per 100 tickets).`,
		},
	]),
];

/**
 * GET /Feedback takes no filters (API definition) and ignores paging (EVIDENCE 11.5: 35,086 rows for page_size=1):
 * the date range and the client are checked here, on each row's `date` and `ticket_id`.
 */
async function feedbackFilter(ctx: IExecuteFunctions, itemIndex: number) {
	const { start, end } = dateRange(ctx, itemIndex);
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const clientId = await lookupId(ctx, itemIndex, 'client', 'Filters → Client', filters.clientId);
	const ticketIds = clientId
		? new Set(
				(
					await haloList.call(ctx, {
						path: RECORDS.ticket.apiPath,
						qs: { client_id: clientId },
						itemIndex,
						mapRow: (row) => ({ id: row.id }),
					})
				).map((row) => Number(row.id)),
			)
		: undefined;
	if (!start && !end && !ticketIds) return undefined;
	const from = start ? Date.parse(start) : -Infinity;
	const to = end ? Date.parse(end) : Infinity;
	return (row: IDataObject) => {
		const time = Date.parse(String(row.date ?? ''));
		if ((start || end) && !(time >= from && time < to)) return false;
		return !ticketIds || ticketIds.has(Number(row.ticket_id));
	};
}

export const { description, execute } = unpagedListOperation({
	records: OTHER_RECORDS.feedback,
	plural: 'feedback',
	leadingProperties: dateRangeFields({
		start: 'Only feedback given at or after this time',
		end: 'Only feedback given before this time',
	}),
	properties,
	query: () => ({}),
	rowFilter: feedbackFilter,
	narrowed: hasDateRange,
	narrowing: 'a date range (both Start and End)',
});

export const tool: ToolText = {
	notes: 'Halo sends all feedback in one reply; the node filters by date and client',
	needs: 'a Start and End date, or a client; optionally a Limit',
	returns: 'a list of feedback rows (ticket ID, score, comment, date)',
};
