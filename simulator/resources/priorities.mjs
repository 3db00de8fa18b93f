// Priorities (schema Policy). Bare array. id is a uuid string (Policy.id); tickets refer to `priorityid`
// (1 Critical .. 4 Low) within their SLA. GET /Priority/{id} accepts the uuid or the priorityid.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { requireText, checkRefs } from '../util.mjs';

export default defineResource({
	name: 'Priority',
	collection: 'priorities',
	entity: 'Priority',
	schema: 'Policy',
	idType: 'uuid',
	defaultOrder: 'priorityid',
	find(sim, id) {
		const coll = sim.store.coll('priorities');
		return coll.get(id) || (/^\d+$/.test(String(id)) ? coll.find((p) => p.priorityid === Number(id)) : undefined);
	},
	// evidence: general.spec-list-filters
	filters: { slaid: F.eq('slaid') },
	defaults: () => ({
		slaid: 1,
		priorityid: 0,
		name: '',
		fixtime: 24,
		fixunits: 'H',
		responsetime: 4,
		responseunits: 'H',
		ishidden: false,
		colour: '#808080',
	}),
	validate(el, { sim, existing }) {
		const errors = { ...requireText(el, 'name', 'Name', existing), ...checkRefs(sim, el, { slaid: ['slas', 'SLA'] }) };
		return errors;
	},
	beforeSave(rec, el, { sim, isNew }) {
		if (isNew && !rec.priorityid) {
			rec.priorityid =
				1 +
				Math.max(
					0,
					...sim.store
						.coll('priorities')
						.all()
						.filter((p) => p.slaid === rec.slaid)
						.map((p) => p.priorityid),
				);
		}
	},
});
