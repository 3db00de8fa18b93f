// Seeded projects (/Projects): two per active client (one running, one finished) and a third for the first client.
// No PRNG: fixed data, so adding it changed no other seeded value.
import { WORKERS } from './agents.mjs';
import { DAY, iso } from './common.mjs';

const PROJECTS = [
	['Microsoft 365 migration', 2, 80, 40],
	['Firewall replacement', 9, 24, 100],
	['Office move: network cabling', 1, 16, 0],
];

export function seedProjects(store, anchor) {
	const clients = store
		.coll('clients')
		.all()
		.filter((client) => !client.inactive);
	let n = 0;
	for (const [index, client] of clients.entries()) {
		for (const [summary, statusId, estimate, done] of PROJECTS.slice(0, index === 0 ? 3 : 2)) {
			const start = anchor.getTime() - (60 - n * 3) * DAY;
			const closed = statusId === 9;
			store.coll('projects').insert({
				summary: `${summary} (${client.name})`,
				details: `Project for ${client.name}.`,
				client_id: client.id,
				site_id: null,
				agent_id: WORKERS[n % WORKERS.length].id,
				status_id: statusId,
				tickettype_id: null,
				team: '',
				dateoccurred: iso(start),
				startdate: iso(start),
				targetdate: iso(start + 45 * DAY),
				deadlinedate: iso(start + 60 * DAY),
				dateclosed: closed ? iso(start + 40 * DAY) : null,
				estimate,
				estimatedays: estimate / 7.5,
				timetaken: (estimate * done) / 100,
				projectcompletionpercentage: done,
				customfields: [],
			});
			n++;
		}
	}
}
