import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { compact, isoDate } from '../../helpers/query';
import { inputError } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';
import { includeLinesField, invoiceFilters, invoiceQuery } from './listQuery';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	includeLinesField,
	filtersProperty([
		...invoiceFilters('invoices'),
		{
			displayName: 'Invoice Date From',
			name: 'dateFrom',
			type: 'dateTime',
			default: '',
			description: 'Only invoices dated on or after this time. The node applies it to the rows Halo sends.',
		},
		{
			displayName: 'Invoice Date To',
			name: 'dateTo',
			type: 'dateTime',
			default: '',
			description: 'Only invoices dated on or before this time. The node applies it to the rows Halo sends.',
		},
		{
			displayName: 'Posted',
			name: 'posted',
			type: 'options',
			options: [
				{ name: 'Any', value: 'any' },
				{ name: 'Posted Only', value: 'posted', description: 'Invoices already posted to accounts' },
				{ name: 'Not Posted Only', value: 'notPosted', description: 'Invoices not yet posted to accounts' },
			],
			default: 'any',
		},
	]),
];

function query(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const { posted } = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		...invoiceQuery(ctx, itemIndex),
		postedonly: posted === 'posted' ? true : undefined,
		notpostedonly: posted === 'notPosted' ? true : undefined,
	});
}

/**
 * Halo's spec types the list's `invoicedatestart`/`invoicedateend` as true/false, so sending dates there could be
 * refused: the date range is applied here, to `invoice_date` (the whole filtered list is read; narrow by client).
 */
function dateRange(ctx: IExecuteFunctions, itemIndex: number) {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const from = isoDate(ctx, itemIndex, 'Filters → Invoice Date From', filters.dateFrom);
	const to = isoDate(ctx, itemIndex, 'Filters → Invoice Date To', filters.dateTo);
	if (from && to && from > to)
		throw inputError(ctx, itemIndex, 'Filters → Invoice Date From', `${from} is after Invoice Date To (${to})`);
	if (!from && !to) return undefined;
	return (row: IDataObject) => {
		const time = Date.parse(String(row.invoice_date ?? ''));
		if (!Number.isFinite(time)) return false;
		return (!from || time >= Date.parse(from)) && (!to || time <= Date.parse(to));
	};
}

// GET /Invoice pages (one row for page_size=1 in the production sweep) and is wrapped as `invoices`.
export const { description, execute } = getManyOperation({
	records: RECORDS.invoice,
	paging: 'pages',
	properties,
	query,
	rowFilter: dateRange,
});

export const tool: ToolText = {
	notes: 'Narrow by client: the date range is applied by the node after reading',
	needs: 'nothing; optionally client, contract, invoice date range, posted or not, Include Lines and a Limit',
	returns: 'a list of invoices (ID, number, client, date, total, posted)',
};
