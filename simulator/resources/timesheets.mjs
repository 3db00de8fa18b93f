// An agent's timesheet day (GET /Timesheet/{id}?agent_id=&date=): worked out from the agent's time entries of
// that day; target 7.5 hours on weekdays, none at weekends. The list GET /Timesheet is not modelled (the node
// does not read it).
import { defineResource } from '../collection.mjs';
import { nameOf } from '../util.mjs';
import { timeEntries } from './timesheetevents.mjs';

const WORKDAY_HOURS = 7.5;
const round = (hours) => Math.round(hours * 100) / 100;

export default defineResource({
	name: 'Timesheet',
	// no store of its own: a day is worked out from the time entries (see find)
	collection: 'timesheets',
	entity: 'Timesheet',
	schema: 'Timesheet',
	ops: ['get'],
	// evidence: timesheets.day-by-agent-and-date
	find(sim, id, scope) {
		const agent = sim.store.coll('agents').get(scope?.agent_id);
		const day = String(scope?.date ?? '').slice(0, 10);
		if (!agent || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !Number.isFinite(Date.parse(day))) return undefined;
		const events = timeEntries(sim).filter((e) => e.agent_id === agent.id && e.start_date.slice(0, 10) === day);
		const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
		const target = weekday === 0 || weekday === 6 ? 0 : WORKDAY_HOURS;
		const actual = round(events.reduce((sum, e) => sum + e.timetaken, 0));
		const chargeable = round(
			events.filter((e) => e.charge_type_name !== 'Non-billable').reduce((sum, e) => sum + e.timetaken, 0),
		);
		return {
			id: 0,
			agent_id: agent.id,
			date: `${day}T00:00:00`,
			start_time: `${day}T09:00:00`,
			end_time: `${day}T17:00:00`,
			target_hours: target,
			work_hours: target,
			actual_hours: actual,
			chargeable_hours: chargeable,
			unlogged_hours: round(Math.max(0, target - actual)),
			break_hours: 0,
			allowed_break_hours: 0.5,
			events,
		};
	},
	mirror: (rec, sim) => ({ agent_name: nameOf(sim, 'agents', rec.agent_id) }),
});
