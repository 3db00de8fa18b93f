// SLAs (schema SlaHead). Bare array; showpriorities=true embeds the SLA's priorities.
import { defineResource } from '../collection.mjs';
import { isTrue } from '../paging.mjs';
import { requireText } from '../util.mjs';

export default defineResource({
	name: 'SLA',
	collection: 'slas',
	entity: 'SLA',
	schema: 'SlaHead',
	defaults: () => ({
		name: '',
		hoursaretechslocaltime: false,
		responsereset: false,
		trackslaresponsetime: true,
		trackslafixbytime: true,
		workday_id: 1,
	}),
	validate: (el, { existing }) => requireText(el, 'name', 'Name', existing),
	mirror: () => ({ workday_name: 'Standard Working Hours' }),
	transform(out, rec, { sim, query }, mode) {
		if (mode !== 'list' || isTrue(query?.showpriorities)) {
			out.priorities = sim.store
				.coll('priorities')
				.all()
				.filter((p) => p.slaid === rec.id)
				.sort((a, b) => a.priorityid - b.priorityid);
		}
	},
});
