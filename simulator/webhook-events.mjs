// Webhook event numbers used by the simulator. Halo publishes no eventno table; these are the
// simulator's own choice (documented in README.md). A webhook's `events[].eventno` subscribes to one.

export const EVENTS = Object.freeze({
  TICKET_CREATED: 1,
  TICKET_UPDATED: 2,
  TICKET_STATUS_CHANGED: 3,
  ACTION_ADDED: 4,
  TICKET_CLOSED: 5,
  TICKET_ASSIGNED: 6,
});

/** eventno → {name (as shown in Halo's trigger list), event (text sent in the payload's `event`)} */
export const WEBHOOK_EVENTS = Object.freeze([
  { eventno: 1, key: 'ticket.created', name: 'New Ticket Logged', event: 'new ticket logged', entity: 'ticket' },
  { eventno: 2, key: 'ticket.updated', name: 'Ticket Updated', event: 'ticket updated', entity: 'ticket' },
  { eventno: 3, key: 'ticket.status_changed', name: 'Ticket Status Changed', event: 'ticket status changed', entity: 'ticket' },
  { eventno: 4, key: 'action.added', name: 'Action Added', event: 'action added', entity: 'action' },
  { eventno: 5, key: 'ticket.closed', name: 'Ticket Closed', event: 'ticket closed', entity: 'ticket' },
  { eventno: 6, key: 'ticket.assigned', name: 'Ticket Reassigned', event: 'ticket reassigned', entity: 'ticket' },
]);

export function eventInfo(eventno) {
  return WEBHOOK_EVENTS.find((e) => e.eventno === Number(eventno));
}

/** Webhook.authentication_type values the simulator understands. */
export const AUTH_TYPES = Object.freeze({ NONE: 0, BASIC: 1 });

/** Webhook.payload_type: 0 small object with key fields, 1 full object with linked objects, 2 event information only. */
export const PAYLOAD_TYPES = Object.freeze({ SMALL: 0, FULL: 1, EVENT_ONLY: 2 });

/** Webhook.batch_method: 0 none, 1 same event, 2 same entity type (ticket vs action events), 3 any event. */
export const BATCH_METHODS = Object.freeze({ NONE: 0, SAME_EVENT: 1, SAME_TYPE: 2, ANY_EVENT: 3 });
