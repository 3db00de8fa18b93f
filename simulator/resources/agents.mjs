// Agents (schema Uname). Bare array. Disabled agents and API agents are hidden by default.
// GET /Agent/me returns the agent the API application logs in as.
import { defineResource, present } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue, parseIds } from '../paging.mjs';
import { nameOf, requireText, checkRefs, has } from '../util.mjs';

const def = defineResource({
	name: 'Agent',
	collection: 'agents',
	entity: 'Agent',
	schema: 'Uname',
	notFound: 'message',
	extraFields: ['team_id'],
	readOnly: ['teams'],
	baseFilter: (row, q) => {
		if (row.isdisabled && !isTrue(q.includedisabled)) return false;
		if (!row.isdisabled && String(q.includeenabled).toLowerCase() === 'false') return false;
		if (row.isapiagent && !isTrue(q.includeapiagents)) return false;
		return true;
	},
	// evidence: general.spec-list-filters
	filters: {
		search: F.contains('name', 'email'),
		team_id: (row, v) => row.teams.some((t) => t.id === Number(v)),
		teams: (row, v) => parseIds(v).some((id) => row.teams.some((t) => t.id === id)),
		team: (row, v) => {
			const ids = parseIds(v);
			return ids.length
				? ids.some((id) => row.teams.some((t) => t.id === id))
				: row.teams.some((t) => t.name.toLowerCase() === String(v).toLowerCase());
		},
	},
	routes: [
		{
			method: 'GET',
			sub: 'me',
			handler: (sim, req) => ({
				status: 200,
				body: present(def, sim.store.coll('agents').get(sim.apiAgentId), { sim, query: req.query }, 'get'),
			}),
		},
	],
	defaults: () => ({
		name: '',
		firstname: '',
		surname: '',
		email: '',
		initials: '',
		team_id: null,
		team: '',
		teams: [],
		isdisabled: false,
		isapiagent: false,
	}),
	validate(el, { sim, existing }) {
		return { ...requireText(el, 'name', 'Name', existing), ...checkRefs(sim, el, { team_id: ['teams', 'Team'] }) };
	},
	beforeSave(rec, el, { sim }) {
		if (has(el, 'team_id')) rec.team = nameOf(sim, 'teams', rec.team_id);
		else if (has(el, 'team'))
			rec.team_id =
				sim.store.coll('teams').find((t) => t.name.toLowerCase() === String(rec.team).toLowerCase())?.id ?? null;
		if (rec.team_id && !rec.teams.some((t) => t.id === rec.team_id))
			rec.teams.push({ id: rec.team_id, name: rec.team });
		if (!rec.initials)
			rec.initials = rec.name
				.split(/\s+/)
				.map((w) => w[0] || '')
				.join('')
				.slice(0, 3)
				.toUpperCase();
	},
	mirror: (rec, sim) => ({
		team: nameOf(sim, 'teams', rec.team_id) || rec.team,
		teams: rec.teams.map((t) => ({ id: t.id, name: nameOf(sim, 'teams', t.id) })),
	}),
});
export default def;
