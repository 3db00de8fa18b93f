// Appointments (schema Appointment). Wrapper `appointments`; the list ignores paging: every matching row
// comes back whatever count/page_size/pageinate say. Filters: the spec's start_date/end_date (rows that
// overlap the range), agents, client_id, ticket_id, search, hidecompleted.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { LIST_PAGING, isTrue } from '../paging.mjs';
import { checkRefs, iso, nameOf, requireText } from '../util.mjs';

/** The tenant's appointment types (Halo has no evidenced list route for them; ids and names invented). */
export const APPOINTMENT_TYPES = { 1: 'On-site visit', 2: 'Remote session', 3: 'Meeting' };

/** The client an appointment is with: its own, else its ticket's. */
const clientOf = (rec, sim) => rec.client_id || sim.store.coll('tickets').get(rec.ticket_id)?.client_id || null;

export default defineResource({
	name: 'Appointment',
	collection: 'appointments',
	entity: 'Appointment',
	schema: 'Appointment',
	wrapper: 'appointments',
	// evidence: appointments.ignores-paging
	listPaging: LIST_PAGING.IGNORES_PAGING,
	defaultOrder: 'start_date',
	// evidence: appointments.list-without-client-id
	hideInList: ['client_id'],
	// evidence: general.spec-list-filters
	filters: {
		// evidence: appointments.date-range-overlap
		start_date: (row, v) => !Date.parse(v) || Date.parse(row.end_date) > Date.parse(v),
		end_date: (row, v) => !Date.parse(v) || Date.parse(row.start_date) < Date.parse(v),
		agents: F.inIds('agent_id'),
		client_id: (row, v, q, sim) => Number(clientOf(row, sim)) === Number(v),
		ticket_id: F.eq('ticket_id'),
		search: F.contains('subject'),
		hidecompleted: (row, v) => !isTrue(v) || !row.complete_status,
	},
	defaults: ({ now, agentId }) => ({
		subject: '',
		start_date: iso(now),
		end_date: iso(now.getTime() + 3600e3),
		allday: false,
		agent_id: agentId ?? 1,
		client_id: null,
		site_id: null,
		user_id: null,
		ticket_id: null,
		appointment_type_id: null,
		note: '',
		is_private: false,
		is_task: false,
		complete_status: 0,
		online_meeting_url: '',
	}),
	validate(el, { sim, existing }) {
		const errors = {
			...requireText(el, 'subject', 'Subject', existing),
			...checkRefs(sim, el, {
				agent_id: ['agents', 'Agent'],
				client_id: ['clients', 'Client'],
				site_id: ['sites', 'Site'],
				user_id: ['users', 'User'],
				ticket_id: ['tickets', 'Ticket'],
			}),
		};
		// evidence: appointments.end-after-start
		const start = Date.parse(el.start_date ?? existing?.start_date);
		const end = Date.parse(el.end_date ?? existing?.end_date);
		if (Number.isFinite(start) && Number.isFinite(end) && end < start)
			errors.end_date = 'The end date must be after the start date.';
		return errors;
	},
	mirror: (rec, sim) => ({
		agent_name: nameOf(sim, 'agents', rec.agent_id),
		client_id: clientOf(rec, sim),
		client_name: nameOf(sim, 'clients', clientOf(rec, sim)),
		site_name: nameOf(sim, 'sites', rec.site_id),
		user_name: nameOf(sim, 'users', rec.user_id),
		appointment_type_name: APPOINTMENT_TYPES[rec.appointment_type_id] ?? '',
	}),
});
