// Client contracts (schema ContractHeader). Wrapper `contracts`, paged. Active = not inactive and
// end_date in the future; inactive/expired hidden unless includeinactive=true.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue } from '../paging.mjs';
import { nameOf, checkRefs, iso } from '../util.mjs';

const isActive = (r) => !r.inactive && (!r.end_date || Date.parse(r.end_date) > Date.now());

export default defineResource({
	name: 'ClientContract',
	collection: 'contracts',
	entity: 'Contract',
	schema: 'ContractHeader',
	wrapper: 'contracts',
	extraFields: ['inactive'],
	baseFilter: (row, q) => isActive(row) || isTrue(q.includeinactive),
	// evidence: general.spec-list-filters
	filters: {
		client_id: F.eq('client_id'),
		site_id: F.eq('site_id'),
		search: (row, v, q, sim) =>
			F.contains('ref', 'contracttype_name')(row, v) ||
			nameOf(sim, 'clients', row.client_id).toLowerCase().includes(v.toLowerCase()),
	},
	defaults: ({ now }) => ({
		client_id: null,
		site_id: null,
		ref: '',
		start_date: iso(now),
		end_date: iso(new Date(now.getTime() + 365 * 86400e3)),
		billingperiod: 1,
		contracttype: 1,
		contracttype_name: 'Managed Services',
		inactive: false,
		status: 1,
	}),
	validate(el, { sim, existing }) {
		const errors = checkRefs(sim, el, { client_id: ['clients', 'Client'], site_id: ['sites', 'Site'] });
		if (!existing && !el.client_id) errors.client_id = 'The Client field is required.';
		return errors;
	},
	afterSave(before, rec) {
		if (!rec.ref) rec.ref = `CON-${String(rec.id).padStart(5, '0')}`;
	},
	mirror: (rec, sim) => ({
		// evidence: general.list-row-keys — the contract's status and SLA (its client's first site's when unset)
		contract_status: rec.contract_status ?? rec.status ?? 0,
		sla_id: rec.sla_id ?? sim.store.coll('sites').find((s) => s.client_id === rec.client_id)?.sla_id ?? null,
		client_name: nameOf(sim, 'clients', rec.client_id),
		site_name: nameOf(sim, 'sites', rec.site_id),
		active: isActive(rec),
		expired: !!rec.end_date && Date.parse(rec.end_date) <= Date.now(),
		started: !rec.start_date || Date.parse(rec.start_date) <= Date.now(),
	}),
});
