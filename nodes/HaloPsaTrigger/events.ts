/**
 * The one table of Halo webhook events this package knows. Halo publishes no enum of event numbers
 * (API-NOTES §6): these numbers follow the package's simulator and must be checked against a tenant
 * (create a webhook in Halo's UI, then GET /Webhook/{id} shows the real `eventno`). Users can add
 * other numbers through "Additional Event Numbers". `texts` are the words Halo puts in a delivery's
 * `event` field for that trigger, compared case-insensitively.
 */
export interface HaloEvent {
	value: string;
	name: string;
	eventno: number;
	texts: string[];
	/** whether the delivery is about an action (note, email, time entry) rather than the ticket itself */
	isAction: boolean;
}

export const HALO_EVENTS: HaloEvent[] = [
	{ value: 'ticketCreated', name: 'Ticket Created', eventno: 1, texts: ['new ticket logged', 'new ticket', 'ticket logged', 'ticket created'], isAction: false },
	{ value: 'ticketUpdated', name: 'Ticket Updated', eventno: 2, texts: ['ticket updated'], isAction: false },
	{ value: 'statusChanged', name: 'Ticket Status Changed', eventno: 3, texts: ['ticket status changed', 'status changed'], isAction: false },
	{ value: 'actionAdded', name: 'Action Added', eventno: 4, texts: ['action added', 'new action'], isAction: true },
	{ value: 'ticketClosed', name: 'Ticket Closed or Resolved', eventno: 5, texts: ['ticket closed', 'ticket resolved'], isAction: false },
	{ value: 'ticketAssigned', name: 'Ticket Assigned', eventno: 6, texts: ['ticket reassigned', 'ticket assigned'], isAction: false },
];

export const ANY_EVENT = 'any';

/** The known event a delivery's `event` text names, if any. */
export function eventOf(text: unknown): HaloEvent | undefined {
	const wanted = String(text ?? '').trim().toLowerCase();
	if (!wanted) return undefined;
	return HALO_EVENTS.find((event) => event.texts.includes(wanted));
}
