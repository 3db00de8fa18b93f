import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter, filtersProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { lookupId } from '../../helpers/names';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { getManyOperation } from '../common/crud';
import { includeLinesField } from '../invoice/listQuery';
import { openClosedFilter, openClosedStatusQuery, statusIdsFilter } from '../purchaseOrder/listQuery';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	includeLinesField,
	filtersProperty([
		clientFilter,
		openClosedFilter,
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the quotes',
		},
		statusIdsFilter('quotes'),
	]),
];

async function query(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const { open, closed, statuses } = openClosedStatusQuery(filters, ctx, itemIndex);
	return compact({
		client_id: await lookupId(ctx, itemIndex, 'client', 'Filters → Client', filters.clientId),
		quote_status: statuses,
		open,
		closed,
		search: textFilter(filters.search),
		includelines: onlyIfTrue(ctx.getNodeParameter('includeLines', itemIndex, false)),
	});
}

// GET /Quotation pages (one row for page_size=1 in the production sweep) and is wrapped as `quotes`.
export const { description, execute } = getManyOperation({
	records: RECORDS.quote,
	paging: 'pages',
	properties,
	query,
});

export const tool: ToolText = {
	needs: 'nothing; optionally client (name or ID), status IDs, open or closed, search text, Include Lines and a Limit',
	returns: 'a list of quotes (ID, title, client, status, date, expiry, total)',
};
