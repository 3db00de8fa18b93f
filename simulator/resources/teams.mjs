// Teams (schema SectionDetail). Bare array. Inactive teams hidden unless includedisabled/showall.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue } from '../paging.mjs';
import { requireText } from '../util.mjs';

const DOMAIN_FLAG = { reqs: 'forrequests', opps: 'foropps', prjs: 'forprojects' };

export default defineResource({
	name: 'Team',
	collection: 'teams',
	entity: 'Team',
	schema: 'SectionDetail',
	baseFilter: (row, q) => !row.inactive || isTrue(q.includedisabled) || isTrue(q.showall),
	// evidence: general.spec-list-filters
	filters: {
		type: (row, v) => !DOMAIN_FLAG[v] || row[DOMAIN_FLAG[v]] === true,
		domain: (row, v) => !DOMAIN_FLAG[v] || row[DOMAIN_FLAG[v]] === true,
		department_id: F.eq('department_id'),
		ids: F.inIds('id'),
	},
	defaults: () => ({
		name: '',
		sequence: 0,
		forrequests: true,
		foropps: false,
		forprojects: false,
		department_id: 1,
		inactive: false,
	}),
	validate: (el, { existing }) => requireText(el, 'name', 'Name', existing),
	mirror: (rec, sim) => ({
		department_name: 'Support',
		ticket_count: sim.store.coll('tickets').count((t) => t.team_id === rec.id),
	}),
	transform(out, rec, { sim, query }) {
		if (isTrue(query?.includeagents)) {
			out.agents = sim.store
				.coll('agents')
				.all()
				.filter((a) => a.teams.some((t) => t.id === rec.id))
				.map((a) => ({ id: a.id, name: a.name }));
		}
	},
});
