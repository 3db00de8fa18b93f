// Seeded agents (/Agent), each in its team(s).
import { TEAMS } from './teams.mjs';

export const AGENTS = [
	{ id: 1, name: 'n8n API Agent', email: 'api-agent@demo-msp.example', team_id: 1, isapiagent: true },
	{ id: 2, name: 'Sarah Mitchell', email: 'sarah.mitchell@demo-msp.example', team_id: 1 },
	{ id: 3, name: "James O'Connor", email: 'james.oconnor@demo-msp.example', team_id: 1 },
	{ id: 4, name: 'Priya Sharma', email: 'priya.sharma@demo-msp.example', team_id: 1 },
	{ id: 5, name: 'Tom Becker', email: 'tom.becker@demo-msp.example', team_id: 3 },
	{ id: 6, name: 'Aisha Khan', email: 'aisha.khan@demo-msp.example', team_id: 3 },
	{ id: 7, name: 'Daniel Reyes', email: 'daniel.reyes@demo-msp.example', team_id: 2 },
	{ id: 8, name: 'Emma Lindqvist', email: 'emma.lindqvist@demo-msp.example', team_id: 2 },
	{ id: 9, name: 'Marcus Chen', email: 'marcus.chen@demo-msp.example', team_id: 4, extraTeams: [1] },
	{ id: 10, name: 'Olivia Grant', email: 'olivia.grant@demo-msp.example', team_id: 4 },
	{ id: 11, name: 'Peter Hollis', email: 'peter.hollis@demo-msp.example', team_id: 1, isdisabled: true },
];

/** The agents tickets are given to and actions are written by: neither the API agent nor a disabled one. */
export const WORKERS = AGENTS.filter((a) => !a.isapiagent && !a.isdisabled);

export function seedAgents(put) {
	for (const a of AGENTS) {
		const [firstname, ...rest] = a.name.split(' ');
		const teamIds = [a.team_id, ...(a.extraTeams || [])];
		put('agents', {
			id: a.id,
			name: a.name,
			firstname,
			surname: rest.join(' '),
			email: a.email,
			initials: a.name
				.split(/\s+/)
				.map((w) => w[0])
				.join('')
				.toUpperCase(),
			team_id: a.team_id,
			team: TEAMS.find((t) => t.id === a.team_id).name,
			teams: teamIds.map((id) => ({ id, name: TEAMS.find((t) => t.id === id).name })),
			isdisabled: !!a.isdisabled,
			isapiagent: !!a.isapiagent,
		});
	}
}
