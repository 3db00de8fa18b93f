// Seeded appointments (/Appointment): each working agent's calendar from 60 days before the anchor to 30 days
// after, on weekdays: one or two visits or remote sessions, most for a ticket of the agent's. Its own PRNG
// (seed name + ':appointments'), so adding it changed no other seeded value.
import { WORKERS } from './agents.mjs';
import { DAY, HOUR, iso, makeRng } from './common.mjs';

const SUBJECTS = { 1: 'On-site visit: {summary}', 2: 'Remote session: {summary}', 3: 'Account review' };

export function seedAppointments(store, seed, anchor) {
	const rng = makeRng(`${seed}:appointments`);
	const tickets = store.coll('tickets').all();
	const put = (rec) => store.coll('appointments').insert(rec);
	for (let day = -60; day <= 30; day++) {
		const date = anchor.getTime() + day * DAY;
		const weekday = new Date(date).getUTCDay();
		if (weekday === 0 || weekday === 6) continue;
		for (const agent of WORKERS) {
			const count = rng.weighted([
				[0, 3],
				[1, 5],
				[2, 2],
			]);
			for (let n = 0; n < count; n++) {
				const type = rng.weighted([
					[1, 4],
					[2, 5],
					[3, 1],
				]);
				const ticket = type === 3 ? undefined : rng.pick(tickets);
				const start = date + (9 + n * 4 + rng.int(0, 2)) * HOUR;
				put({
					subject: SUBJECTS[type].replace('{summary}', ticket?.summary ?? ''),
					start_date: iso(start),
					end_date: iso(start + rng.int(1, 3) * HOUR),
					allday: false,
					agent_id: agent.id,
					client_id: ticket ? null : (rng.pick(tickets)?.client_id ?? null),
					site_id: ticket?.site_id ?? null,
					user_id: ticket?.user_id ?? null,
					ticket_id: ticket?.id ?? null,
					appointment_type_id: type,
					note: '',
					is_private: false,
					is_task: false,
					complete_status: day < 0 ? 1 : 0,
					online_meeting_url: type === 2 ? `https://meet.example/${agent.id}-${day + 100}-${n}` : '',
				});
			}
		}
	}
}
