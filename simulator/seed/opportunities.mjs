// Seeded opportunities (/Opportunities): one open and one won for every other active client. No PRNG: fixed
// data, so adding it changed no other seeded value.
import { WORKERS } from './agents.mjs';
import { DAY, iso } from './common.mjs';

const OPPORTUNITIES = [
	['Managed backup upgrade', 1, 4800, 60],
	['Laptop refresh (20 devices)', 9, 21500, 100],
];

export function seedOpportunities(store, anchor) {
	const clients = store
		.coll('clients')
		.all()
		.filter((client, index) => !client.inactive && index % 2 === 0);
	let n = 0;
	for (const client of clients) {
		for (const [summary, statusId, value, probability] of OPPORTUNITIES) {
			const opened = anchor.getTime() - (40 - n * 2) * DAY;
			const contact = store.coll('users').find((user) => user.client_id === client.id);
			store.coll('opportunities').insert({
				summary: `${summary} (${client.name})`,
				details: '',
				client_id: client.id,
				site_id: null,
				agent_id: WORKERS[(n + 3) % WORKERS.length].id,
				status_id: statusId,
				tickettype_id: null,
				team: '',
				dateoccurred: iso(opened),
				deadlinedate: iso(opened + 30 * DAY),
				dateclosed: statusId === 9 ? iso(opened + 20 * DAY) : null,
				timetaken: 0,
				estimate: 0,
				estimatedays: 0,
				oppvalue: value,
				oppconversionprobability: probability,
				oppcompanyname: client.name,
				oppcontactname: contact?.name ?? '',
				oppemailaddress: contact?.emailaddress ?? '',
				customfields: [],
			});
			n++;
		}
	}
}
