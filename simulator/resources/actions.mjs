// Actions (schema Actions). Wrapper `actions`; the spec declares no paging params (use `count`).
// Creating an action updates its ticket: lastactiondate, timetaken, new_status, new_agent, new_team.
// An action's `id` is its number within its ticket (`actionnumber`); the store keys it by a global id, as Halo's
// database does, which never leaves the simulator.
import { defineResource, handleDelete } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue } from '../paging.mjs';
import { CF_TYPE } from '../customfields.mjs';
import { EVENTS } from '../webhook-codes.mjs';
import { statusTransition, changeEvents } from './tickets.mjs';
import { nameOf, checkRefs, has, iso, textToHtml, stripHtml } from '../util.mjs';
import { classError } from '../errors.mjs';

// evidence: actions.outcome-required
export const NO_OUTCOME = 'An Outcome must be entered for this Action';
// evidence: actions.outcome-access
export const NO_ACCESS = 'You do not have access to this Action';
// evidence: actions.delete-needs-ticket
/** The seeded API application's name (assumption: any name; Halo shows the application's own). */
export const API_APPLICATION_NAME = 'n8n Integration';
export const DELETE_NEEDS_TICKET = 'ticket_id must be included when deleting an Action';

export const OUTCOME_EMAIL_USER = 2;

/** Halo accepts an outcome's name (EVIDENCE 2.3); matched against its name or its button label. */
function outcomeByName(sim, name) {
	const wanted = String(name).toLowerCase();
	return sim.store
		.coll('outcomes')
		.find((o) => o.outcome.toLowerCase() === wanted || String(o.buttonname || '').toLowerCase() === wanted);
}

/**
 * The action numbered `number` on ticket `ticketId` (undefined without a ticket: Halo needs it to find one).
 * evidence: actions.ids-per-ticket
 */
export function findAction(sim, ticketId, number) {
	const ticket = Number(ticketId);
	const wanted = Number(number);
	if (!ticket || !Number.isFinite(wanted)) return undefined;
	return sim.store.coll('actions').find((a) => a.ticket_id === ticket && a.actionnumber === wanted);
}

/** The next action number on a ticket. evidence: actions.ids-per-ticket */
export function nextActionNumber(sim, ticketId) {
	let highest = 0;
	for (const a of sim.store.coll('actions').all())
		if (a.ticket_id === ticketId && a.actionnumber > highest) highest = a.actionnumber;
	return highest + 1;
}

function resolveOutcome(sim, el) {
	if (el.outcome_id) return sim.store.coll('outcomes').get(el.outcome_id);
	if (el.outcome) return outcomeByName(sim, el.outcome);
	return undefined;
}

const def = defineResource({
	name: 'Actions',
	collection: 'actions',
	entity: 'Action',
	schema: 'Actions',
	wrapper: 'actions',
	customFieldType: CF_TYPE.action,
	readOnly: ['who', 'who_agentid', 'new_status_name', 'action_systemid', 'attachment_count', 'actionnumber'],
	// evidence: actions.list-needs-ticket — without ticket_id the list is empty
	baseFilter: (row, q) => q.ticket_id !== undefined && q.ticket_id !== '',
	filters: {
		ticket_id: F.eq('ticket_id'),
		excludesys: F.whenTrue((r) => !r.action_systemid),
		excludeprivate: F.whenTrue((r) => !r.hiddenfromuser),
		agentonly: F.whenTrue((r) => r.who_agentid > 0),
		conversationonly: F.whenTrue(
			(r) => !r.hiddenfromuser && (r.outcome_id === OUTCOME_EMAIL_USER || r.actionby_user_id > 0),
		),
		importantonly: F.whenTrue((r) => r.important === true),
		timeentriesonly: F.whenTrue((r) => r.timetaken > 0),
		actoutcome: F.same('outcome'),
		actoutcomenum: F.eq('action_systemid'),
		startdate: F.dateFrom('datetime'),
		enddate: F.dateTo('datetime'),
	},
	// evidence: actions.ids-per-ticket — GET and DELETE take ?ticket_id=, a POST update the element's ticket_id
	find: (sim, id, scope) => findAction(sim, scope?.ticket_id, id),
	routes: [
		{
			method: 'DELETE',
			sub: '{id}',
			handler(sim, req, ctx) {
				// evidence: actions.delete-needs-ticket
				if (req.query.ticket_id === undefined || req.query.ticket_id === '')
					throw classError(400, DELETE_NEEDS_TICKET, 'System.Exception');
				const reply = handleDelete(def, sim, req, ctx);
				return { ...reply, body: { ...reply.body, id: Number(req.params.id) } };
			},
		},
	],
	defaults: ({ now }) => ({
		ticket_id: null,
		outcome: '',
		outcome_id: null,
		note: '',
		note_html: '',
		hiddenfromuser: false,
		important: false,
		timetaken: 0,
		nonbilltime: 0,
		actisbillable: true,
		datetime: iso(now),
		new_status: null,
		new_agent: null,
		sendemail: false,
		emailto: '',
		who: '',
		who_agentid: 0,
		actionby_agent_id: 0,
		actionby_user_id: 0,
		actionby_application_id: '',
		action_systemid: 0,
		actionnumber: 0,
		customfields: [],
	}),
	validate(el, { sim, existing, agentId }) {
		const errors = {};
		const given = resolveOutcome(sim, el);
		// evidence: actions.outcome-required — Halo refuses the whole request, as a .NET exception, not per field
		if (!existing && !el.outcome_id && !el.outcome) throw classError(400, NO_OUTCOME, 'System.Exception');
		// evidence: actions.outcome-access — an outcome the API agent may not use
		if (given && (given._deniedagents || []).includes(agentId)) throw classError(400, NO_ACCESS, 'System.Exception');
		if (!existing) {
			if (el.ticket_id === undefined || el.ticket_id === null || el.ticket_id === 0)
				errors.ticket_id = 'The ticket_id field is required.';
			else if (!sim.store.coll('tickets').has(el.ticket_id))
				errors.ticket_id = `Ticket ${el.ticket_id} does not exist.`;
		}
		if (el.outcome_id && !sim.store.coll('outcomes').has(el.outcome_id))
			errors.outcome_id = `Outcome ${el.outcome_id} does not exist.`;
		else if (!el.outcome_id && el.outcome && !outcomeByName(sim, el.outcome))
			errors.outcome = `Outcome '${el.outcome}' does not exist.`;
		if (typeof el.timetaken === 'number' && el.timetaken < 0)
			errors.timetaken = 'The timetaken field must be zero or more.';
		Object.assign(
			errors,
			checkRefs(sim, el, {
				new_status: ['statuses', 'Status'],
				new_agent: ['agents', 'Agent'],
				actionby_agent_id: ['agents', 'Agent'],
				actionby_user_id: ['users', 'User'],
			}),
		);
		if (
			typeof el.new_team === 'string' &&
			el.new_team &&
			!sim.store.coll('teams').find((t) => t.name.toLowerCase() === el.new_team.toLowerCase())
		) {
			errors.new_team = `Team '${el.new_team}' does not exist.`;
		}
		return errors;
	},
	beforeSave(rec, el, { sim, isNew, agentId }) {
		const outcome = resolveOutcome(sim, el);
		if (outcome) {
			rec.outcome_id = outcome.id;
			rec.outcome = outcome.outcome;
			rec.action_systemid = outcome.systemid || 0;
			// evidence: actions.outcome-hidefromuser — the outcome's own default applies unless the request sets the flag
			if (isNew && !has(el, 'hiddenfromuser')) rec.hiddenfromuser = outcome.hidefromuser === true;
		}
		// evidence: actions.reply-application — the API application's name on actions it creates
		if (isNew && agentId === sim.apiAgentId) rec.actionby_application_id = API_APPLICATION_NAME;
		if (has(el, 'note') && !has(el, 'note_html')) rec.note_html = textToHtml(rec.note);
		if (has(el, 'note_html') && !has(el, 'note')) rec.note = stripHtml(rec.note_html);
		if (isNew) {
			if (rec.actionby_user_id) {
				rec.who = nameOf(sim, 'users', rec.actionby_user_id);
				rec.who_agentid = 0;
				rec.actionby_agent_id = 0;
			} else {
				const by = rec.actionby_agent_id || agentId || 0;
				rec.actionby_agent_id = by;
				rec.who_agentid = by;
				rec.who = nameOf(sim, 'agents', by);
			}
		}
		if (rec.timetaken === null || rec.timetaken === undefined) rec.timetaken = 0;
		if (isNew) rec.actionnumber = nextActionNumber(sim, rec.ticket_id);
	},
	afterSave(before, rec, el, ctx) {
		const { sim, now } = ctx;
		const ticket = sim.store.coll('tickets').get(rec.ticket_id);
		if (!ticket) return;
		ticket.timetaken =
			Math.round(((ticket.timetaken || 0) + (rec.timetaken || 0) - (before?.timetaken || 0)) * 1e6) / 1e6;
		if (before) return;
		const tBefore = { status_id: ticket.status_id, agent_id: ticket.agent_id };
		ticket.lastactiondate = rec.datetime;
		ticket.last_update = iso(now);
		if (rec.new_status) {
			ticket.status_id = rec.new_status;
			statusTransition(sim, ticket, tBefore.status_id, now);
		}
		if (rec.new_agent) ticket.agent_id = rec.new_agent;
		if (el.new_team) {
			const team = sim.store.coll('teams').find((t) => t.name.toLowerCase() === el.new_team.toLowerCase());
			ticket.team_id = team.id;
			ticket.team = team.name;
		}
		ctx.events.push({ eventno: EVENTS.ACTION_ADDED, ticketId: ticket.id, actionId: rec.id });
		for (const eventno of changeEvents(sim, tBefore, ticket))
			ctx.events.push({ eventno, ticketId: ticket.id, actionId: rec.id });
	},
	afterDelete(rec, q, { sim }) {
		const ticket = sim.store.coll('tickets').get(rec.ticket_id);
		if (ticket) ticket.timetaken = Math.max(0, Math.round((ticket.timetaken - (rec.timetaken || 0)) * 1e6) / 1e6);
	},
	mirror: (rec, sim) => ({
		new_status_name: nameOf(sim, 'statuses', rec.new_status),
		attachment_count: sim.store
			.coll('attachments')
			.count((a) => a.ticket_id === rec.ticket_id && a.action_id === rec.actionnumber),
	}),
	transform(out, rec, { query }, mode) {
		// evidence: actions.ids-per-ticket — the id a client sees is the number within the ticket
		out.id = rec.actionnumber;
		delete out.actionnumber;
		if (mode === 'list' && !isTrue(query?.includehtmlnote)) delete out.note_html;
	},
});
export default def;
