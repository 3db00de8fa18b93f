// Agents (schema Uname). A bare array; with pageinate=true wrapped as `results`, page_size ignored.
// Disabled agents and API agents are hidden by default. GET /Agent/me answers the token's claims.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue, parseIds, LIST_PAGING } from '../paging.mjs';
import { nameOf, requireText, checkRefs, has } from '../util.mjs';

/** The claim that carries the login agent's id (no source shows its type). evidence: general.agent-me-id-claim */
export const AGENT_ID_CLAIM = 'agent_id';

/**
 * GET /Agent/me: the claims of the caller's token as `{type, value}` pairs, not an agent record (a live tenant
 * answered 108 of them). evidence: general.agent-me
 */
function meClaims(sim, ctx) {
	const agent = sim.store.coll('agents').get(ctx.agentId);
	return [
		{ type: 'client_id', value: sim.clientId },
		{ type: AGENT_ID_CLAIM, value: String(agent.id) },
		{ type: 'name', value: agent.name },
		{ type: 'email', value: agent.email },
	];
}

const def = defineResource({
	name: 'Agent',
	collection: 'agents',
	entity: 'Agent',
	schema: 'Uname',
	// evidence: general.agent-list-results
	pagedWrapper: 'results',
	listPaging: LIST_PAGING.IGNORES_PAGE_SIZE,
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
			handler: (sim, req, ctx) => ({ status: 200, body: { claims: meClaims(sim, ctx) } }),
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
		jobtitle: rec.jobtitle ?? '', // evidence: general.list-row-keys
		team: nameOf(sim, 'teams', rec.team_id) || rec.team,
		teams: rec.teams.map((t) => ({ id: t.id, name: nameOf(sim, 'teams', t.id) })),
	}),
});
export default def;
