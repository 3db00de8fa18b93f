// Sites (schema Site). Wrapper `sites`, paged.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { CF_TYPE } from '../customfields.mjs';
import { nameOf, requireText, checkRefs } from '../util.mjs';

export default defineResource({
	name: 'Site',
	collection: 'sites',
	entity: 'Site',
	schema: 'Site',
	wrapper: 'sites',
	customFieldType: CF_TYPE.site,
	baseFilter: F.activeFilter,
	// evidence: general.spec-list-filters
	filters: {
		client_id: F.eq('client_id'),
		site_id: F.eq('id'),
		search: F.contains('name'),
		toplevel_id: (row, v, q, sim) => sim.store.coll('clients').get(row.client_id)?.toplevel_id === Number(v),
	},
	defaults: () => ({
		name: '',
		client_id: null,
		inactive: false,
		sla_id: 1,
		phonenumber: '',
		timezone: 'GMT Standard Time',
		notes: '',
		delivery_address: { line1: '', line2: '', line3: '', line4: '', postcode: '' },
		customfields: [],
	}),
	validate(el, { sim, existing }) {
		const errors = {
			...requireText(el, 'name', 'Name', existing),
			...checkRefs(sim, el, { client_id: ['clients', 'Client'], sla_id: ['slas', 'SLA'] }),
		};
		if (!existing && !el.client_id) errors.client_id = 'The Client field is required.';
		return errors;
	},
	mirror: (rec, sim) => ({
		client_name: nameOf(sim, 'clients', rec.client_id),
		// evidence: general.list-row-keys — the main contact: the site's first user when unset
		maincontact_id: rec.maincontact_id ?? sim.store.coll('users').find((u) => u.site_id === rec.id)?.id ?? 0,
	}),
});
