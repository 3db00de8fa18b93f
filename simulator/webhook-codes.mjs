// Halo's numeric codes for webhooks: event numbers, authentication / payload / batching types, and the
// Notification row values that send to a webhook. Halo publishes no event table; every event number here
// was seen against live tenants (registry ids `webhooks.event-*` in evidence/webhooks.mjs). A webhook is
// subscribed to an event by a Notification row carrying its `eventno` (evidence: webhooks.subscription-rows).

export const EVENTS = Object.freeze({
	TICKET_CREATED: 3,
	TICKET_UPDATED: 61,
	TICKET_STATUS_CHANGED: 76,
	TICKET_CLOSED: 39,
	ACTION_ADDED: 1004,
	// No evidenced number for "ticket reassigned": the simulator fires nothing for it (evidence: webhooks.no-assigned-event).
	TICKET_ASSIGNED: null,
});

/**
 * eventno → name (as shown in Halo's trigger list), `event` (text sent in the payload's `event`; the key and
 * the wording are an assumption, EVIDENCE 4.11), entity, and `fired` (false = subscribable, never fired here).
 */
export const WEBHOOK_EVENTS = Object.freeze([
	{
		eventno: 3,
		key: 'ticket.created',
		name: 'New Ticket Logged',
		event: 'new ticket logged',
		entity: 'ticket',
		fired: true,
	},
	{
		eventno: 61,
		key: 'ticket.updated',
		name: 'Ticket Updated',
		event: 'ticket updated',
		entity: 'ticket',
		fired: true,
	},
	{
		eventno: 76,
		key: 'ticket.status_changed',
		name: 'Ticket Status Changed',
		event: 'ticket status changed',
		entity: 'ticket',
		fired: true,
	},
	{ eventno: 39, key: 'ticket.closed', name: 'Closed', event: 'closed', entity: 'ticket', fired: true },
	{ eventno: 1004, key: 'action.added', name: 'Action Added', event: 'action added', entity: 'action', fired: true },
	{
		eventno: 19,
		key: 'ticket.updated_by_user',
		name: 'Ticket Updated by User',
		event: 'ticket updated by user',
		entity: 'ticket',
		fired: false,
	},
	{
		eventno: 42,
		key: 'ticket.sla_warning_1',
		name: '1st SLA Warning',
		event: '1st sla warning',
		entity: 'ticket',
		fired: false,
	},
	{
		eventno: 46,
		key: 'ticket.sla_warning_2',
		name: '2nd SLA Warning',
		event: '2nd sla warning',
		entity: 'ticket',
		fired: false,
	},
	{
		eventno: 70,
		key: 'ticket.deadline',
		name: 'Ticket Deadline',
		event: 'ticket deadline',
		entity: 'ticket',
		fired: false,
	},
	{
		eventno: 1072,
		key: 'ticket.deleted',
		name: 'Ticket Deleted',
		event: 'ticket deleted',
		entity: 'ticket',
		fired: false,
	},
]);

export function eventInfo(eventno) {
	return WEBHOOK_EVENTS.find((e) => e.eventno === Number(eventno));
}

/**
 * Webhook.authentication_type values the simulator understands. 3 = signed token header (EVIDENCE 4.4);
 * 1 = Basic is an assumption (no source gives Basic's number; Halo's UI offers Basic, EVIDENCE 4.4 VD).
 */
export const AUTH_TYPES = Object.freeze({ NONE: 0, BASIC: 1, SIGNED: 3 });

/** Notification row values that send to a webhook (EVIDENCE 4.7): type -2 and delivery_method 6. */
export const NOTIFICATION_WEBHOOK_TYPE = -2;
export const DELIVERY_METHOD_WEBHOOK = 6;

/** Webhook.payload_type: 0 small object with key fields, 1 full object with linked objects, 2 event information only. */
export const PAYLOAD_TYPES = Object.freeze({ SMALL: 0, FULL: 1, EVENT_ONLY: 2 });

/** Webhook.batch_method: 0 none, 1 same event, 2 same entity type (ticket vs action events), 3 any event. */
export const BATCH_METHODS = Object.freeze({ NONE: 0, SAME_EVENT: 1, SAME_TYPE: 2, ANY_EVENT: 3 });
