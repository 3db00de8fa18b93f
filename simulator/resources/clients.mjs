// Clients (schema Area). Wrapper `clients`, paged. Creating a client also creates its main site.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { CF_TYPE } from '../customfields.mjs';
import { classError } from '../errors.mjs';
import { nameOf, requireText, checkRefs } from '../util.mjs';

export const TOP_LEVELS = { 1: 'Customers', 2: 'Partners' };

export default defineResource({
	name: 'Client',
	collection: 'clients',
	entity: 'Client',
	schema: 'Area',
	wrapper: 'clients',
	customFieldType: CF_TYPE.client,
	readOnly: ['main_site_id'],
	transient: [
		'newclient_sitename',
		'newclient_contactname',
		'newclient_contactemail',
		'newclient_phonenumber',
		'newclient_delivery_address',
	],
	baseFilter: F.activeFilter,
	// evidence: general.spec-list-filters
	filters: {
		search: F.contains('name', 'ref'),
		search_name_only: F.contains('name'),
		toplevel_id: F.eq('toplevel_id'),
	},
	defaults: () => ({
		name: '',
		toplevel_id: 1,
		inactive: false,
		is_vip: false,
		website: '',
		domain: '',
		notes: '',
		ref: '',
		main_site_id: null,
		pritech: null,
		sectech: null,
		customfields: [],
	}),
	validate(el, { sim, existing }) {
		const errors = {
			...requireText(el, 'name', 'Name', existing),
			...checkRefs(sim, el, { pritech: ['agents', 'Agent'], sectech: ['agents', 'Agent'] }),
		};
		if (typeof el.name === 'string' && el.name.trim()) {
			const dup = sim.store
				.coll('clients')
				.find((c) => c.name.toLowerCase() === el.name.trim().toLowerCase() && c.id !== existing?.id);
			if (dup) errors.name = `A client with the name '${el.name}' already exists.`;
		}
		if (el.toplevel_id && !TOP_LEVELS[el.toplevel_id])
			errors.toplevel_id = `Top Level ${el.toplevel_id} does not exist.`;
		return errors;
	},
	afterSave(before, rec, el, { sim }) {
		if (before) return;
		const site = sim.store.coll('sites').insert({
			name: el.newclient_sitename || 'Main',
			client_id: rec.id,
			inactive: false,
			sla_id: 1,
			phonenumber: el.newclient_phonenumber || '',
			timezone: 'GMT Standard Time',
			notes: '',
			delivery_address: el.newclient_delivery_address || { line1: '', line2: '', line3: '', line4: '', postcode: '' },
			customfields: [],
		});
		rec.main_site_id = site.id;
	},
	beforeDelete(rec, q, { sim }) {
		if (sim.store.coll('tickets').find((t) => t.client_id === rec.id)) {
			throw classError(400, `Unable to delete client '${rec.name}' as it has tickets logged against it.`);
		}
	},
	afterDelete(rec, q, { sim }) {
		for (const s of sim.store.coll('sites').all()) if (s.client_id === rec.id) sim.store.coll('sites').delete(s.id);
	},
	mirror: (rec, sim) => ({
		// evidence: general.list-row-keys
		accountmanagertech: rec.accountmanagertech ?? 0,
		accountmanagertech_name: nameOf(sim, 'agents', rec.accountmanagertech),
		toplevel_name: TOP_LEVELS[rec.toplevel_id] ?? '',
		main_site_name: nameOf(sim, 'sites', rec.main_site_id),
		pritech_name: nameOf(sim, 'agents', rec.pritech),
		sectech_name: nameOf(sim, 'agents', rec.sectech),
	}),
});
