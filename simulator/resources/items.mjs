// Catalogue items, products and services (schema Item). Wrapper `items`, paged (evidence: billing.item-list).
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { checkRefs, nameOf, requireText } from '../util.mjs';

export default defineResource({
	name: 'Item',
	collection: 'items',
	entity: 'Item',
	schema: 'Item',
	wrapper: 'items',
	ops: ['list', 'get', 'post'],
	// evidence: billing.item-inactive — the spec's Item has no `inactive`; the simulator keeps one for includeinactive
	extraFields: ['inactive'],
	baseFilter: F.activeFilter,
	// evidence: general.spec-list-filters
	filters: {
		search: F.contains('name', 'description', 'internalreference'),
		assetgroup_id: F.eq('assetgroup_id'),
		supplier_id: F.eq('supplier_id'),
	},
	defaults: () => ({
		name: '',
		description: '',
		assetgroup_id: null,
		assettype_id: null,
		baseprice: 0,
		costprice: 0,
		recurringprice: 0,
		isrecurringitem: false,
		taxcode: 0,
		supplier_id: null,
		internalreference: '',
		externalreference: '',
		quantity_in_stock: 0,
		inactive: false,
	}),
	validate(el, { sim, existing }) {
		return {
			...requireText(el, 'name', 'Name', existing),
			...checkRefs(sim, el, {
				assetgroup_id: ['assetgroups', 'Asset group'],
				assettype_id: ['assettypes', 'Asset type'],
			}),
		};
	},
	mirror: (rec, sim) => ({
		assetgroup_name: nameOf(sim, 'assetgroups', rec.assetgroup_id),
		assettype_name: nameOf(sim, 'assettypes', rec.assettype_id),
		supplier_name: nameOf(sim, 'suppliers', rec.supplier_id),
	}),
});
