/**
 * The one table of Halo webhook events this package offers. Halo publishes no list of event numbers: each
 * number below was used against live tenants by public integrations, with its source and confidence.
 * Any other number can still be subscribed ("Additional Event Numbers") or copied from a webhook made in
 * Halo's UI ("Copy events from a Halo webhook"). `entity` says what the delivery's object is, so that
 * Fetch Full Record reads tickets only for ticket events.
 */
export interface HaloEvent {
	eventno: number;
	/** the trigger's name in Halo's UI, also used as the subscription row's name */
	name: string;
	entity: 'ticket' | 'action';
}

export const HALO_EVENTS: HaloEvent[] = [
	// django-psa (production MSP sync) and halocli (trial tenant) both subscribe 3 as "New Ticket Logged". High.
	{ eventno: 3, name: 'New Ticket Logged', entity: 'ticket' },
	// django-psa subscribes 61 "Ticket updated" in production. High.
	{ eventno: 61, name: 'Ticket Updated', entity: 'ticket' },
	// redanthrax/halopsa-node trigger (published community node). Low-medium.
	{ eventno: 76, name: 'Ticket Status Changed', entity: 'ticket' },
	// Bound by a "Closed" runbook on a trial tenant (halocli) and offered as "Closed" by redanthrax. Medium.
	{ eventno: 39, name: 'Closed', entity: 'ticket' },
	// redanthrax/halopsa-node. Low-medium.
	{ eventno: 19, name: 'Ticket Updated by User', entity: 'ticket' },
	// redanthrax/halopsa-node. Low-medium.
	{ eventno: 42, name: '1st SLA Warning', entity: 'ticket' },
	// redanthrax/halopsa-node. Low-medium.
	{ eventno: 46, name: '2nd SLA Warning', entity: 'ticket' },
	// redanthrax/halopsa-node. Low-medium.
	{ eventno: 70, name: 'Ticket Deadline', entity: 'ticket' },
	// redanthrax/halopsa-node. Low-medium.
	{ eventno: 1072, name: 'Ticket Deleted', entity: 'ticket' },
	// halocli uses 1004 as its "action added" trigger; a trial runbook was bound to it. Low: check in your tenant.
	{ eventno: 1004, name: 'Action Added (Unverified)', entity: 'action' },
];

export function eventByNumber(eventno: unknown): HaloEvent | undefined {
	const wanted = Number(eventno);
	return HALO_EVENTS.find((event) => event.eventno === wanted);
}

/** The known event whose name a delivery's event text matches (case and spacing ignored). */
export function eventByName(text: unknown): HaloEvent | undefined {
	const wanted = normaliseName(text);
	if (!wanted) return undefined;
	return HALO_EVENTS.find((event) => normaliseName(event.name.replace(/\s*\(Unverified\)$/, '')) === wanted);
}

const normaliseName = (text: unknown) =>
	String(text ?? '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');

/** The dropdown of the Events parameter: values are Halo's event numbers. */
export const EVENT_OPTIONS = HALO_EVENTS.map((event) => ({
	name: `${event.name} (${event.eventno})`,
	value: String(event.eventno),
}));
