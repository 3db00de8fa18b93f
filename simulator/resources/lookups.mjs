// Lookups (schema Lookup): Halo's shared table of coded values, one `lookupid` per kind. Bare array
// (evidence: webhooks.lookup-bare-list); read-only here. Rows with lookupid 64 are the tenant's
// webhook/notification event catalog, `id` being the event number (evidence: webhooks.lookup-event-catalog).
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';

export default defineResource({
	name: 'Lookup',
	collection: 'lookups',
	entity: 'Lookup',
	schema: 'Lookup',
	ops: ['list'],
	// evidence: general.spec-list-filters
	filters: { lookupid: F.eq('lookupid') },
	defaults: () => ({ name: '', lookupid: 0 }),
});

/** lookupid of the event catalog (EVIDENCE 11.17). */
export const EVENT_LOOKUP_ID = 64;

// evidence: webhooks.lookup-event-catalog (shape, tokens, "- All")
// evidence: webhooks.lookup-seed-names
const event = (id, name, value2) => ({ id, lookupid: EVENT_LOOKUP_ID, name, value2 });
export const LOOKUP_SEED = [
	event(3, 'New $#request Logged - All', 'NEWREQ'),
	event(1003, 'New $#request Logged - Assigned', 'NEWREQ'),
	event(61, '$#request Updated - All', 'UPDREQ'),
	event(1061, '$#request Updated - Assigned', 'UPDREQ'),
	event(76, '$#request Status Changed', 'STATUS'),
	event(39, '$#request Closed', 'CLOSED'),
	event(19, '$#request Updated by User', 'UPDUSER'),
	event(42, '1st SLA Warning', 'SLA1'),
	event(46, '2nd SLA Warning', 'SLA2'),
	event(70, '$#request Deadline', 'DEADLINE'),
	event(1072, '$#request Deleted', 'DELETED'),
	event(1004, 'Action Added to $#request', 'ACTION'),
	event(12, '$#request Assigned to $#technician - All', 'ASSIGN'),
	// other kinds of lookup share the table (ids here kept apart from the event numbers)
	{ id: 5001, lookupid: 1, name: 'Phone' },
	{ id: 5002, lookupid: 1, name: 'Email' },
];
