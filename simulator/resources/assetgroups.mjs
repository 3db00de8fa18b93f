// Asset groups (schema Generic): the groups asset types and catalogue items belong to (the node's "item groups").
// evidence: billing.asset-group-list — a bare array that ignores paging (13 rows for page_size=1 on production)
import { defineResource } from '../collection.mjs';
import { LIST_PAGING } from '../paging.mjs';

export default defineResource({
	name: 'AssetGroup',
	collection: 'assetgroups',
	entity: 'Asset group',
	schema: 'Generic',
	wrapper: null,
	listPaging: LIST_PAGING.IGNORES_PAGING,
	ops: ['list', 'get'],
});
