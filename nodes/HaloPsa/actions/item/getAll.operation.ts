import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersProperty, includeInactiveFilter } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { toOptionalHaloId } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		includeInactiveFilter('items'),
		{
			displayName: 'Item Group Name or ID',
			name: 'itemGroupId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getItemGroups' },
			default: '',
			description:
				'Only items of this group. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the item name',
		},
		{
			displayName: 'Supplier ID',
			name: 'supplierId',
			type: 'string',
			default: '',
			description: 'Only items of this supplier',
		},
	]),
];

function itemQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		search: textFilter(filters.search),
		assetgroup_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Item Group', filters.itemGroupId),
		supplier_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Supplier ID', filters.supplierId),
		includeinactive: onlyIfTrue(filters.includeInactive),
	});
}

// GET /Item pages (one row for page_size=1 in the production sweep) and is wrapped as `items`.
export const { description, execute } = getManyOperation({
	records: RECORDS.item,
	paging: 'pages',
	properties,
	query: itemQuery,
});

export const tool: ToolText = {
	needs: 'nothing; optionally search text, item group, supplier or include inactive',
	returns: 'a list of items (ID, name, group, prices)',
};
