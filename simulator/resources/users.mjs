// Users / end-user contacts (schema Users). Wrapper `users`, paged. Also GET /Users/me.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { CF_TYPE } from '../customfields.mjs';
import { nameOf, checkRefs, has } from '../util.mjs';

export default defineResource({
	name: 'Users',
	collection: 'users',
	entity: 'User',
	schema: 'Users',
	wrapper: 'users',
	customFieldType: CF_TYPE.user,
	baseFilter: F.activeFilter,
	// evidence: general.spec-list-filters
	filters: {
		client_id: F.eq('client_id'),
		site_id: F.eq('site_id'),
		search: F.contains('name', 'emailaddress', 'firstname', 'surname'),
		toplevel_id: (row, v, q, sim) => sim.store.coll('clients').get(row.client_id)?.toplevel_id === Number(v),
	},
	routes: [
		{
			method: 'GET',
			sub: 'me',
			// An API application logs in as an agent, not a user: return a user-shaped view of that agent.
			handler: (sim) => {
				const a = sim.store.coll('agents').get(sim.apiAgentId);
				return {
					status: 200,
					body: {
						id: 0,
						name: a?.name ?? '',
						emailaddress: a?.email ?? '',
						client_id: 0,
						site_id: 0,
						isagent: true,
						linked_agent_id: a?.id ?? 0,
					},
				};
			},
		},
	],
	defaults: () => ({
		name: '',
		firstname: '',
		surname: '',
		emailaddress: '',
		site_id: null,
		client_id: null,
		phonenumber: '',
		mobilenumber: '',
		login: '',
		inactive: false,
		isimportantcontact: false,
		notes: '',
		customfields: [],
	}),
	validate(el, { sim, existing }) {
		const errors = checkRefs(sim, el, { site_id: ['sites', 'Site'], client_id: ['clients', 'Client'] });
		const hasName = (el.name && String(el.name).trim()) || el.firstname || el.surname;
		if (!existing && !hasName) errors.name = 'The Name field is required.';
		if (!existing && !el.site_id && !el.client_id) errors.site_id = 'The Site field is required.';
		if (el.emailaddress && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(el.emailaddress))
			errors.emailaddress = 'The Email Address field is not a valid e-mail address.';
		return errors;
	},
	beforeSave(rec, el, { sim }) {
		if ((has(el, 'firstname') || has(el, 'surname')) && !has(el, 'name'))
			rec.name = `${rec.firstname} ${rec.surname}`.trim();
		if (has(el, 'site_id') && rec.site_id) rec.client_id = sim.store.coll('sites').get(rec.site_id).client_id;
		else if (has(el, 'client_id') && rec.client_id)
			rec.site_id = sim.store.coll('clients').get(rec.client_id)?.main_site_id ?? null;
	},
	mirror: (rec, sim) => ({
		site_name: nameOf(sim, 'sites', rec.site_id),
		client_name: nameOf(sim, 'clients', rec.client_id),
	}),
});
