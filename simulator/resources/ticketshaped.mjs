// Records that are tickets underneath (schema Faults, wrapper `tickets`, paged): /Projects and /Opportunities,
// each its own collection here (Halo keeps them among the tickets, by ticket type). Filters: client_id, status
// (comma-separated ids), status_id, agent_id, open_only/closed_only, search (summary).
import { defineResource } from '../collection.mjs';
import { CF_TYPE } from '../customfields.mjs';
import * as F from '../filters.mjs';
import { checkRefs, isClosedStatus, iso, nameOf, requireText } from '../util.mjs';
import { statusTransition } from './tickets.mjs';

const REFS = {
	client_id: ['clients', 'Client'],
	site_id: ['sites', 'Site'],
	agent_id: ['agents', 'Agent'],
	status_id: ['statuses', 'Status'],
	tickettype_id: ['tickettypes', 'Ticket Type'],
};

/** `own`: the kind's fields and their defaults (e.g. a project's dates, an opportunity's value). */
export function ticketShaped({ name, collection, entity, own = {} }) {
	return defineResource({
		name,
		collection,
		entity,
		schema: 'Faults',
		// evidence: ticketshaped.custom-fields
		customFieldType: CF_TYPE.ticket,
		// evidence: ticketshaped.tickets-envelope
		wrapper: 'tickets',
		// evidence: general.spec-list-filters
		filters: {
			client_id: F.eq('client_id'),
			status: F.inIds('status_id'),
			status_id: F.eq('status_id'),
			agent_id: F.eq('agent_id'),
			open_only: F.whenTrue((row, sim) => !isClosedStatus(sim, row.status_id)),
			closed_only: F.whenTrue((row, sim) => isClosedStatus(sim, row.status_id)),
			search: F.contains('summary'),
		},
		defaults: ({ now }) => ({
			summary: '',
			details: '',
			client_id: null,
			site_id: null,
			agent_id: null,
			status_id: 1,
			tickettype_id: null,
			team: '',
			dateoccurred: iso(now),
			dateclosed: null,
			timetaken: 0,
			estimate: 0,
			estimatedays: 0,
			deadlinedate: null,
			customfields: [],
			...own,
		}),
		validate(el, { sim, existing }) {
			const errors = { ...requireText(el, 'summary', 'Summary', existing), ...checkRefs(sim, el, REFS) };
			if (!existing && !el.client_id) errors.client_id = 'The Client field is required.';
			return errors;
		},
		beforeSave(rec, el, { sim, before, now }) {
			statusTransition(sim, rec, before?.status_id, now);
		},
		mirror: (rec, sim) => ({
			client_name: nameOf(sim, 'clients', rec.client_id),
			site_name: nameOf(sim, 'sites', rec.site_id),
			idsummary: `${rec.id} - ${rec.summary}`,
			inactive: false,
		}),
	});
}
