// The JSON a delivery carries for one event (evidence: webhooks.envelope), shaped by the webhook's
// payload_type: small object (key fields), full object (with linked records), or event information only.
import { randomUUID } from 'node:crypto';
import { PAYLOAD_TYPES } from '../webhook-codes.mjs';
import { present } from '../collection.mjs';
import ticketsDef from '../resources/tickets.mjs';
import actionsDef from '../resources/actions.mjs';

const SMALL_TICKET = [
	'id',
	'summary',
	'details',
	'status_id',
	'status_name',
	'tickettype_id',
	'tickettype_name',
	'priority_id',
	'sla_id',
	'client_id',
	'client_name',
	'site_id',
	'site_name',
	'user_id',
	'user_name',
	'user_email',
	'agent_id',
	'agent_name',
	'team_id',
	'team',
	'dateoccurred',
	'datecreated',
	'last_update',
	'dateclosed',
	'customfields',
];
const SMALL_ACTION = [
	'id',
	'ticket_id',
	'outcome',
	'outcome_id',
	'note',
	'hiddenfromuser',
	'important',
	'timetaken',
	'who',
	'who_agentid',
	'datetime',
	'new_status',
	'new_agent',
];

// evidence: webhooks.envelope-message (the status-changed text is Halo's; the others follow it, an assumption)
const MESSAGES = { 76: 'The status has been changed for Ticket ID: {ticket}.' };
const messageFor = (info, ticketId) =>
	(MESSAGES[info.eventno] ?? `${info.name} for Ticket ID: {ticket}.`).replace(
		'{ticket}',
		String(ticketId).padStart(7, '0'),
	);
/** UTC with seven decimals, as Halo writes it ("2026-09-25T06:41:08.7895915Z"). */
const haloTimestamp = (date) => date.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');

const pick = (record, keys) => Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));

/**
 * The envelope for `event` ({eventno, ticketId, actionId?}, described by `info` from webhook-codes.mjs) sent
 * to `webhook` through its subscription `row`; null when the ticket is gone.
 */
export function buildEnvelope(sim, webhook, row, event, info, agentId) {
	const ticket = sim.store.coll('tickets').get(event.ticketId);
	if (!ticket) return null;
	const action = event.actionId ? sim.store.coll('actions').get(event.actionId) : null;
	const ctx = { sim, query: {} };
	// evidence: webhooks.envelope (key order, texts and timestamp shape as seen on a live tenant)
	const envelope = {
		id: randomUUID(),
		webhook_id: webhook.id,
		notification_id: row.id,
		escmsg_id: randomUUID(),
		event: info.event,
		message: messageFor(info, ticket.id),
		object_id: ticket.id,
		agent_id: agentId ?? 0,
		timestamp: haloTimestamp(new Date()),
	};
	// Halo's envelope carries no event number (EVIDENCE 4.11): kept off the wire, for the deliveries log only.
	Object.defineProperty(envelope, 'eventno', { value: info.eventno, enumerable: false });
	if (webhook.payload_type === PAYLOAD_TYPES.EVENT_ONLY) return envelope;
	const fullTicket = present(ticketsDef, ticket, ctx, 'get');
	if (webhook.payload_type === PAYLOAD_TYPES.FULL) {
		const linked = (collection, id) => (id ? (sim.store.coll(collection).get(id) ?? null) : null);
		envelope.ticket = {
			...fullTicket,
			client: linked('clients', ticket.client_id),
			site: linked('sites', ticket.site_id),
			user: linked('users', ticket.user_id),
			agent: linked('agents', ticket.agent_id),
		};
	} else {
		envelope.ticket = pick(fullTicket, SMALL_TICKET);
	}
	if (action) {
		const fullAction = present(actionsDef, action, ctx, 'get');
		envelope.action = webhook.payload_type === PAYLOAD_TYPES.FULL ? fullAction : pick(fullAction, SMALL_ACTION);
	}
	return envelope;
}
