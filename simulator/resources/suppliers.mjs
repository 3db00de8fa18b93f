// Suppliers (schema Company). Wrapper `suppliers`, paged (evidence: billing.supplier-list).
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { checkRefs, nameOf, requireText } from '../util.mjs';

export default defineResource({
	name: 'Supplier',
	collection: 'suppliers',
	entity: 'Supplier',
	schema: 'Company',
	wrapper: 'suppliers',
	ops: ['list', 'get', 'post'],
	baseFilter: F.activeFilter,
	// evidence: general.spec-list-filters
	filters: { search: F.contains('name'), toplevel_id: F.eq('toplevel_id') },
	defaults: () => ({
		name: '',
		contact_name: '',
		email_address: '',
		phone_number: '',
		website: '',
		notes: '',
		toplevel_id: 1,
		inactive: false,
	}),
	validate(el, { sim, existing }) {
		return {
			...requireText(el, 'name', 'Name', existing),
			...checkRefs(sim, el, { toplevel_id: ['toplevels', 'Top level'] }),
		};
	},
	mirror: (rec, sim) => ({ toplevel_name: nameOf(sim, 'toplevels', rec.toplevel_id) }),
});
