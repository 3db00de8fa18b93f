import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { filtersProperty, includeInactiveFilter } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

function supplierQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({ search: textFilter(filters.search), includeinactive: onlyIfTrue(filters.includeInactive) });
}

// GET /Supplier pages (one row for page_size=1 in the production sweep) and is wrapped as `suppliers`.
export const { description, execute } = getManyOperation({
	records: RECORDS.supplier,
	paging: 'pages',
	properties: [
		filtersProperty([
			includeInactiveFilter('suppliers'),
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Text to find in the supplier name',
			},
		]),
	],
	query: supplierQuery,
});

export const tool: ToolText = {
	needs: 'nothing; optionally search text or include inactive',
	returns: 'a list of suppliers (ID, name)',
};
