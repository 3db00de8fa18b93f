// Time entries (GET /TimesheetEvent): a bare array that ignores count and paging, with id 0 on every row. Built
// from the tickets' actions that carry time (each one an entry of its agent, ending when the action was logged);
// filters: agents / agent_id, and start_date/end_date (the entries that overlap the range).
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { LIST_PAGING, listReply, sortRows } from '../paging.mjs';
import { nameOf, stripHtml } from '../util.mjs';

const HOUR = 3600e3;

/** The time entry of one action with time (its agent's), in Halo's row shape. */
function entryOf(action, sim) {
	const ticket = sim.store.coll('tickets').get(action.ticket_id);
	const end = Date.parse(action.datetime);
	return {
		// evidence: timesheets.events-id-zero
		id: 0,
		agent_id: action.who_agentid,
		start_date: new Date(end - action.timetaken * HOUR).toISOString(),
		end_date: action.datetime,
		timetaken: action.timetaken,
		is_all_day: false,
		event_type: 0,
		ticket_id: action.ticket_id,
		action_number: action.actionnumber,
		action_invoice_number: '',
		customer: nameOf(sim, 'clients', ticket?.client_id),
		subject: ticket ? `#${ticket.id} ${ticket.summary}` : '',
		note: stripHtml(action.note ?? ''),
		charge_type_name: action.actisbillable ? 'Remote Support' : 'Non-billable',
		charge_type_colour: '',
		break_type: 0,
		break_note: '',
		holiday_id: 0,
	};
}

/** Every time entry, from the actions with time logged by an agent. */
export function timeEntries(sim) {
	return sim.store
		.coll('actions')
		.all()
		.filter((action) => action.timetaken > 0 && action.who_agentid > 0)
		.map((action) => entryOf(action, sim));
}

// evidence: timesheets.events-from-actions
const def = defineResource({
	name: 'TimesheetEvent',
	// no store of its own: the rows are worked out from the actions (see the GET route)
	collection: 'timesheetevents',
	entity: 'Timesheet event',
	ops: ['list'],
	// evidence: timesheets.ignores-paging
	listPaging: LIST_PAGING.IGNORES_PAGING,
	// evidence: general.spec-list-filters
	filters: {
		agent_id: F.eq('agent_id'),
		agents: F.inIds('agent_id'),
		// evidence: timesheets.date-range-overlap
		start_date: (row, v) => !Date.parse(v) || Date.parse(row.end_date) > Date.parse(v),
		end_date: (row, v) => !Date.parse(v) || Date.parse(row.start_date) < Date.parse(v),
	},
});

export default {
	...def,
	routes: [
		{
			method: 'GET',
			sub: null,
			handler(sim, req) {
				const q = req.query;
				let rows = timeEntries(sim);
				for (const [param, pred] of Object.entries(def.filters)) {
					if (q[param] !== undefined && q[param] !== '') rows = rows.filter((row) => pred(row, q[param], q, sim));
				}
				rows = sortRows(rows, { order: 'start_date' });
				return {
					status: 200,
					body: listReply(rows, q, { wrapper: null, listPaging: def.listPaging, pageCap: 100, present: (r) => r }),
				};
			},
		},
	],
};
