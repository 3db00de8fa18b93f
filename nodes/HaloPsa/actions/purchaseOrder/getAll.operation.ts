import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter, filtersProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { lookupId } from '../../helpers/names';
import { compact, textFilter } from '../../helpers/query';
import { toOptionalHaloId } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';
import { openClosedFilter, openClosedStatusQuery, statusIdsFilter } from './listQuery';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		clientFilter,
		openClosedFilter,
		{
			displayName: 'Sales Order ID',
			name: 'salesOrderId',
			type: 'string',
			default: '',
			description: 'Only the purchase orders raised for this sales order',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the purchase orders',
		},
		statusIdsFilter('purchase orders'),
		{
			displayName: 'Supplier ID',
			name: 'supplierId',
			type: 'string',
			default: '',
			description: 'Only the purchase orders sent to this supplier',
		},
	]),
];

async function query(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const { open, closed, statuses } = openClosedStatusQuery(filters, ctx, itemIndex);
	return compact({
		client_id: await lookupId(ctx, itemIndex, 'client', 'Filters → Client', filters.clientId),
		supplier_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Supplier ID', filters.supplierId),
		salesorder_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Sales Order ID', filters.salesOrderId),
		po_status: statuses,
		open,
		closed,
		search: textFilter(filters.search),
	});
}

// GET /PurchaseOrder pages (one row for page_size=1 in the production sweep) and is wrapped as `purchaseorders`.
export const { description, execute } = getManyOperation({
	records: RECORDS.purchaseOrder,
	paging: 'pages',
	properties,
	query,
});

export const tool: ToolText = {
	needs:
		'nothing; optionally client (name or ID), supplier, status IDs, sales order, open or closed, search text and a Limit',
	returns: 'a list of purchase orders (ID, reference, supplier, client, status, date, total)',
};
