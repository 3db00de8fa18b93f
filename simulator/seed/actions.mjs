// Seeded actions (/Actions) of one ticket, spread between its creation and its closing (or now).
import { AGENTS, WORKERS } from './agents.mjs';
import { iso } from './common.mjs';
import { OUTCOMES, PRIVATE_NOTE, STATUS_CHANGE } from './outcomes.mjs';

export const NOTES = {
	private: [
		'Checked event logs, nothing obvious.',
		'Escalating to NOC for a look at the firewall logs.',
		'Remoted on, cleared the print queue.',
		'Waiting on vendor callback.',
		'Restarted the service and monitored for 10 minutes.',
	],
	public: [
		'Hi, we are looking into this now and will update you shortly.',
		'Could you confirm whether this affects anyone else at your site?',
		'We have applied a fix, please let us know if the problem returns.',
		'Thanks for your patience, an engineer will call you this afternoon.',
	],
	resolved: [
		'Issue resolved, closing ticket.',
		'Fixed remotely, user confirmed all working.',
		'Alert cleared automatically, no further action.',
	],
};

const outcomeName = Object.fromEntries(OUTCOMES.map((o) => [o.id, o.outcome]));
const agentName = Object.fromEntries(AGENTS.map((a) => [a.id, a.name]));

/** Seeds `n` actions on ticket `t`; returns their total time and the last one's time, which the ticket shows. */
export function seedTicketActions(actions, rng, anchor, { t, n, occurred, closed, closedAt, user, agent }) {
	const end = closedAt ?? anchor.getTime() - 60e3;
	let last = occurred;
	let total = 0;
	for (let k = 0; k < n; k++) {
		const isLast = k === n - 1;
		const when = occurred + Math.floor(((end - occurred) * (k + 1)) / (n + 1));
		let outcomeId =
			closed && isLast
				? 5
				: rng.weighted([
						[PRIVATE_NOTE, 30],
						[2, 25],
						[3, 10],
						[4, 20],
						[6, 10],
						[STATUS_CHANGE, 5],
					]);
		const fromUser = !closed && outcomeId === 3 && user && rng.chance(0.5);
		const by = agent || rng.pick(WORKERS);
		const timetaken =
			outcomeId === 4 || outcomeId === 5 || (outcomeId === 6 && rng.chance(0.5))
				? rng.pick([0.25, 0.5, 0.75, 1, 1.5, 2])
				: 0;
		const note =
			outcomeId === 5
				? rng.pick(NOTES.resolved)
				: outcomeId === PRIVATE_NOTE || outcomeId === 4
					? rng.pick(NOTES.private)
					: outcomeId === STATUS_CHANGE
						? 'Status changed'
						: rng.pick(NOTES.public);
		total += timetaken;
		last = when;
		actions.insert({
			ticket_id: t.id,
			actionnumber: k + 1, // evidence: actions.ids-per-ticket
			outcome: outcomeName[outcomeId],
			outcome_id: outcomeId,
			note,
			note_html: `<p>${note}</p>`,
			hiddenfromuser: outcomeId === PRIVATE_NOTE || outcomeId === 4 || outcomeId === STATUS_CHANGE,
			important: outcomeId === 5,
			timetaken,
			nonbilltime: 0,
			actisbillable: timetaken > 0,
			datetime: iso(when),
			new_status: closed && isLast ? t.status_id : outcomeId === STATUS_CHANGE ? 2 : null,
			new_agent: null,
			sendemail: outcomeId === 2,
			emailto: outcomeId === 2 && user ? user.emailaddress : '',
			who: fromUser ? user.name : agentName[by.id],
			who_agentid: fromUser ? 0 : by.id,
			actionby_agent_id: fromUser ? 0 : by.id,
			actionby_user_id: fromUser ? user.id : 0,
			action_systemid: outcomeId === STATUS_CHANGE ? 2 : 0,
			customfields: [],
		});
	}
	return { total, last };
}
