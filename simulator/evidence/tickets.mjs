// Halo behaviours the simulator models for tickets (/Tickets), each with where it comes from.
export default [
	{
		id: 'tickets.list-row-keys',
		behaviour:
			'GET /Tickets rows carry category_1 but no datecreated, agent_name, dateclosed, hasbeenclosed, deleted, assets, details_html or category_2..4 key at all (absent, not null); GET /Tickets/{id} carries them',
		source: 'EVIDENCE 11.2',
	},
	{
		id: 'tickets.third-party-list',
		behaviour:
			'third_party_id and third_party_id_string appear on GET /Tickets/{id} only, never on list rows, and no list filter matches them',
		source: 'EVIDENCE 11.21',
	},
	{
		id: 'tickets.assets-replace',
		behaviour: "assets: [{id}] on a ticket update replaces the ticket's whole asset list (leaving one out unlinks it)",
		source: 'EVIDENCE 3.12',
	},
	{
		id: 'tickets.assets-with-details',
		behaviour: 'GET /Tickets/{id} carries the linked assets only with includedetails=true',
		source: 'assumption',
	},
];
