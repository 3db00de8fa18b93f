// Seeded teams (/Team).
export const TEAMS = [
	{ id: 1, name: 'Service Desk', sequence: 1 },
	{ id: 2, name: 'Projects', sequence: 2, forprojects: true },
	{ id: 3, name: 'NOC', sequence: 3 },
	{ id: 4, name: 'Escalations', sequence: 4 },
];

export function seedTeams(put) {
	for (const t of TEAMS)
		put('teams', { forrequests: true, foropps: false, forprojects: false, department_id: 1, inactive: false, ...t });
}
