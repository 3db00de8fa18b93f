// Records that are tickets underneath (/Projects, /Opportunities): what the simulator models and its sources.
export default [
	{
		id: 'ticketshaped.tickets-envelope',
		behaviour:
			'GET /Projects and GET /Opportunities are wrapped as {tickets:[…]}, page like /Tickets (one row for page_size=1) and their rows have the ticket shape; /Project and /Opportunity are 404',
		source: 'EVIDENCE 10.5, 11.2, 11.5',
	},
	{
		id: 'ticketshaped.own-collections',
		behaviour:
			'Projects and opportunities are kept apart from /Tickets (Halo keeps them among the tickets, by ticket type): a ticket is not listed under /Projects here, nor a project under /Tickets',
		source: 'assumption',
	},
	{
		id: 'ticketshaped.custom-fields',
		behaviour:
			"Projects and opportunities take and return `customfields` as tickets do (the spec posts them as Faults, which carries customfields), checked against the ticket custom field definitions (FieldInfo typeid 1); that a tenant's project fields are all ticket fields is not verified on a live tenant",
		source: 'assumption',
	},
];
