// Halo behaviours the simulator models for webhooks and their subscriptions, each with where it comes from.
export default [
	{
		id: 'webhooks.guid-ids',
		behaviour: 'Webhook ids are GUID strings; Notification ids are integers',
		source: 'EVIDENCE 4.1',
	},
	{
		id: 'webhooks.outbound-needs-url',
		behaviour: 'POST /Webhook with type 0 (outbound) and no valid url → 400 "Please enter a valid URL"',
		source: 'EVIDENCE 4.3',
	},
	{
		id: 'webhooks.events-dropped',
		behaviour: '`events` sent on POST /Webhook is ignored: no subscription is created from it',
		source: 'EVIDENCE 4.6',
	},
	{
		id: 'webhooks.subscription-rows',
		behaviour: 'A webhook is subscribed to an event only by a POST /Notification row with webhook_id and eventno',
		source: 'EVIDENCE 4.6, 4.7',
	},
	{
		id: 'webhooks.row-sends-to-webhook',
		behaviour:
			'Only rows with type -2 and delivery_method 6 send to their webhook (the values every source uses; that other values send nothing is assumed)',
		source: 'assumption',
	},
	{
		id: 'webhooks.numbers-as-strings',
		behaviour:
			'The Webhook and Notification resources take enum numbers as strings ("-2", "6", "3") or integers (the simulator\'s spec gate still refuses strings in integer fields before they get there, so clients are held to integers)',
		source: 'EVIDENCE 4.2, 4.7',
	},
	{
		id: 'webhooks.guid-overwrites',
		behaviour:
			'POST /Notification with the guid of an existing row (and no id) updates that row and moves it to the new webhook',
		source: 'EVIDENCE 4.8',
	},
	{
		id: 'webhooks.events-read-back',
		behaviour:
			"GET /Webhook/{id}?includedetails=true lists the webhook's rows as events[] {id, eventno, name, type, delivery_method}; without includedetails (and in the list) no events",
		source: 'EVIDENCE 4.10',
	},
	{
		id: 'webhooks.bare-lists',
		behaviour: 'GET /Webhook and GET /Notification return bare arrays',
		source: 'EVIDENCE 4.10, 4.12',
	},
	{
		id: 'webhooks.delete-no-cascade',
		behaviour:
			'DELETE /Webhook/{id} leaves its Notification rows (no source says it cascades; strict choice), and orphaned rows send nothing',
		source: 'assumption',
	},
	{
		id: 'webhooks.signed-delivery',
		behaviour:
			'authentication_type 3: the header named by authentication_header carries base64(HMAC-SHA256(key = basic_password, raw body))',
		source: 'EVIDENCE 4.4',
	},
	{
		id: 'webhooks.basic-number',
		behaviour:
			'authentication_type 1 = Basic (Authorization: Basic user:password); Halo offers Basic, its number has no source',
		source: 'assumption',
	},
	{ id: 'webhooks.method-post', behaviour: 'method 0 = POST, JSON body', source: 'EVIDENCE 4.5' },
	{
		id: 'webhooks.envelope',
		behaviour:
			'A delivery is JSON {id, webhook_id, notification_id, escmsg_id, event (lower-case text), message ("… for Ticket ID: 0004242."), object_id, agent_id, timestamp (UTC, seven decimals, Z)} in that order, then the ticket/action; no event number is sent',
		source: 'EVIDENCE 4.11, 11.14',
	},
	{
		id: 'webhooks.envelope-message',
		behaviour:
			'The message text of events other than "ticket status changed" follows its pattern ("<event name> for Ticket ID: <7-digit number>.")',
		source: 'assumption',
	},
	{
		id: 'webhooks.signature-prefix',
		behaviour:
			'A webhook with a signature_prefix sends "<prefix> <signature>" (a space after the prefix) in its signature header; without one the bare signature',
		source: 'EVIDENCE 11.15',
	},
	{
		id: 'webhooks.lookup-bare-list',
		behaviour:
			'GET /Lookup returns a bare array and ignores paging (the production sweep, EVIDENCE source SW, got 1,122 rows for count=1&page_size=1&pageinate=true)',
		source: 'EVIDENCE 11.23',
	},
	{
		id: 'webhooks.lookup-event-catalog',
		behaviour:
			'GET /Lookup rows with lookupid 64 are the event catalog: id is the eventno, names carry $#request / $#technician tokens and " - All" suffixes, an "Assigned" variant shares value2 with its "- All" row',
		source: 'EVIDENCE 11.17',
	},
	{
		id: 'webhooks.lookup-seed-names',
		behaviour:
			'The seeded catalog\'s names and the numbers of its "Assigned" variants (1003, 1061) and of 12 (assigned to an agent); no source lists a tenant\'s rows',
		source: 'assumption',
	},
	{
		id: 'webhooks.event-new-ticket',
		behaviour: 'eventno 3 "New Ticket Logged" fires when a ticket is created',
		source: 'EVIDENCE 4.7, 4.9',
	},
	{
		id: 'webhooks.event-ticket-updated',
		behaviour: 'eventno 61 "Ticket Updated" fires when a ticket is updated through POST /Tickets or the UI',
		source: 'EVIDENCE 4.9',
	},
	{
		id: 'webhooks.event-status-changed',
		behaviour: 'eventno 76 "Ticket Status Changed" fires when status_id changes (low-medium confidence in the number)',
		source: 'EVIDENCE 4.9',
	},
	{
		id: 'webhooks.event-closed',
		behaviour: 'eventno 39 "Closed" fires when a ticket moves into a closed status (low-medium confidence)',
		source: 'EVIDENCE 4.9',
	},
	{
		id: 'webhooks.event-action-added',
		behaviour:
			'eventno 1004 fires when an action is added (low confidence: one CLI uses it as its action-added trigger)',
		source: 'EVIDENCE 4.9',
	},
	{
		id: 'webhooks.events-not-fired',
		behaviour:
			'eventno 19, 42, 46, 70, 1072 can be subscribed but the simulator never fires them (no user updates, SLA clock or delete events modelled)',
		source: 'assumption',
	},
	{
		id: 'webhooks.no-assigned-event',
		behaviour: 'A reassignment fires no webhook event: no source gives its number',
		source: 'assumption',
	},
	{
		id: 'webhooks.batching',
		behaviour: 'batch_method groups deliveries into one JSON array (same event, same entity type, any event)',
		source: 'EVIDENCE 4.11',
	},
];
