// Halo behaviours the simulator models across resources (auth, lists, writes, errors, limits), each with
// where it comes from.
export default [
	// auth
	{
		id: 'general.token-request',
		behaviour:
			'POST /auth/token takes a form-encoded client_credentials grant (client_id, client_secret, scope) and answers {access_token, token_type "Bearer", expires_in 3600, scope}',
		source: 'EVIDENCE 1.1, 1.5',
	},
	{
		id: 'general.token-no-refresh',
		behaviour: 'The token reply has no refresh_token or id_token (Halo sends both; clients ignore them)',
		source: 'assumption',
	},
	{
		id: 'general.tenant-query',
		behaviour: "The tenant goes in the token request's query string (?tenant=) and is required",
		source: 'EVIDENCE 1.2',
	},
	{ id: 'general.tenant-form', behaviour: 'A tenant in the token form body is tolerated too', source: 'assumption' },
	{
		id: 'general.token-errors',
		behaviour:
			'Token errors are OAuth-shaped {error, error_description}; the texts (invalid_client, unknown tenant, …) are invented',
		source: 'EVIDENCE 1.8',
	},
	{
		id: 'general.no-login-agent',
		behaviour: 'An application without a login agent gets an IIS/ASP.NET HTML error page',
		source: 'assumption',
	},
	{
		id: 'general.scope-all',
		behaviour:
			'Scope "all" (and edit:*, admin) may write; a token with read:* scopes only gets 403 on POST/DELETE with an invented message',
		source: 'assumption',
	},
	{
		id: 'general.401-empty',
		behaviour: 'An unknown or expired bearer token → 401 with an empty body; a missing header → 401 {Message}',
		source: 'EVIDENCE 1.6',
	},
	{
		id: 'general.agent-me',
		behaviour:
			"GET /Agent/me answers the token's claims as {claims:[{type, value}…]}, not an agent record (108 claims on a production tenant)",
		source: 'EVIDENCE 11.1, 1.10',
	},
	{
		id: 'general.agent-me-id-claim',
		behaviour:
			'The login agent\'s id is the value of a claim of type "agent_id" among the /Agent/me claims (no source shows the claim types)',
		source: 'assumption',
	},
	{
		id: 'general.routing-case',
		behaviour: 'Paths are case-insensitive (/api/tickets = /api/Tickets), as ASP.NET routes',
		source: 'EVIDENCE 11.23',
	},
	// lists
	{
		id: 'general.pageinate',
		behaviour: 'page_size and page_no apply only with pageinate=true',
		source: 'EVIDENCE 7.1',
	},
	{
		id: 'general.page-cap',
		behaviour: 'A page never holds more than 100 rows, whatever page_size asks',
		source: 'EVIDENCE 7.2',
	},
	{
		id: 'general.unpaged-all-rows',
		behaviour:
			'Without pageinate a list returns every row (count caps it); Halo is reported to default to about 50 rows',
		source: 'assumption',
	},
	{
		id: 'general.page-size-echo',
		behaviour: 'The paged reply echoes the requested page_size, not the rows sent',
		source: 'assumption',
	},
	{
		id: 'general.list-envelope',
		behaviour:
			'Record lists answer {record_count, <key>:[…] [, page_no, page_size]} with a per-resource key (tickets, actions, assets, clients, sites, users, …)',
		source: 'EVIDENCE 7.4',
	},
	{
		id: 'general.agent-list-results',
		behaviour:
			'GET /Agent with pageinate=true is wrapped as {record_count, results:[…]} and ignores page_size (every row comes back); without pageinate it is a bare array',
		source: 'EVIDENCE 11.1, 7.4',
	},
	{
		id: 'general.lists-ignoring-paging',
		behaviour:
			"A list flagged IGNORES_PAGING in paging.mjs answers every row whatever count, page_size and pageinate say (live: /Timesheet, /TimesheetEvent, /Feedback bare, /Appointment wrapped; see each resource's entries for which are modelled)",
		source: 'EVIDENCE 11.5, 11.23',
	},
	{
		id: 'general.list-row-keys',
		behaviour:
			"List rows carry the keys a production tenant's rows showed that the node reads: jobtitle on agents, accountmanagertech on clients, contract_status and sla_id on contracts, maincontact_id on sites (values invented; the keys come from the GET sweep behind EVIDENCE 11, which no numbered entry lists)",
		source: 'EVIDENCE 11.23',
	},
	{
		id: 'general.bare-arrays',
		behaviour:
			'Configuration lists (Outcome, AssetType, Status, TicketType, Team, Agent, Webhook, Notification, FieldInfo, …) are bare arrays',
		source: 'EVIDENCE 7.4',
	},
	{
		id: 'general.orderdesc-true',
		behaviour: 'order + orderdesc=true sorts descending; orderdesc=1 is ignored',
		source: 'EVIDENCE 3.14',
	},
	{ id: 'general.get-bare-object', behaviour: 'GET /X/{id} answers the record itself', source: 'EVIDENCE 3.8' },
	// writes
	{
		id: 'general.post-array',
		behaviour: 'POST bodies must be JSON arrays; a bare object → 400',
		source: 'EVIDENCE 3.1, 9.1',
	},
	{
		id: 'general.post-upsert',
		behaviour: 'A POST element with an existing id updates only the fields sent; without id it creates',
		source: 'EVIDENCE 3.2',
	},
	{ id: 'general.post-201', behaviour: 'A successful POST answers 201 Created', source: 'EVIDENCE 3.1' },
	{
		id: 'general.post-one-object',
		behaviour: 'A one-element POST answers with the record itself, not an array',
		source: 'EVIDENCE 2.10',
	},
	{
		id: 'general.post-returnall',
		behaviour:
			'A multi-element POST answers with only the last record unless ?returnall=true, then with all of them in order',
		source: 'EVIDENCE 2.11',
	},
	{
		id: 'general.post-all-or-nothing',
		behaviour: 'Every element of a POST is validated before any is written',
		source: 'assumption',
	},
	{
		id: 'general.delete-reply',
		behaviour: 'DELETE /X/{id} answers 200 {id, deleted: true}; a GET afterwards is 404',
		source: 'EVIDENCE 3.11',
	},
	// errors
	{
		id: 'general.error-system-exception',
		behaviour: 'Some refusals come as a .NET exception body {"ClassName":"System.Exception","Message":…}',
		source: 'EVIDENCE 10.1',
	},
	{
		id: 'general.error-validation-map',
		behaviour:
			'Field validation answers ASP.NET ModelState {"[0].field": ["message"]}, an array of messages per field (the simulator\'s texts are its own)',
		source: 'EVIDENCE 11.23',
	},
	{
		id: 'general.int-string-modelstate',
		behaviour:
			'A string where the spec declares an integer → 400 ModelState {"[0].outcome_id":["Could not convert string to integer: …"]} (numeric strings are refused too, which Halo may accept)',
		source: 'EVIDENCE 2.3, 10.1',
	},
	{
		id: 'general.not-found-empty',
		behaviour:
			'An unknown id and an unknown route → 404 with an empty body, naming neither the kind of record nor the id (shown for GET; DELETE and a POST update of an unknown id are answered the same way, by analogy)',
		source: 'EVIDENCE 11.4',
	},
	{
		id: 'general.bad-id-modelstate',
		behaviour: 'A path id that is not a number → 400 ModelState {"id":["The value \'probe\' is not valid."]}',
		source: 'EVIDENCE 11.4',
	},
	{
		id: 'general.aspnet-errors',
		behaviour: "Wrong method 405, wrong media type 415 and too-large body 413 use ASP.NET's {Message} texts",
		source: 'assumption',
	},
	// limits
	{
		id: 'general.rate-limit',
		behaviour:
			'429 with plain text "Rate Limit Reached - 300 Requests per rolling 5 minute window" over a rolling window',
		source: 'EVIDENCE 8.1',
	},
	{
		id: 'general.no-retry-after',
		behaviour: 'No Retry-After header unless a test turns it on',
		source: 'EVIDENCE 8.2',
	},
	{
		id: 'general.token-not-limited',
		behaviour:
			"Token requests do not count towards the rate limit unless configured (Halo's token endpoint can answer 429 too)",
		source: 'assumption',
	},
	// spec
	{
		id: 'general.spec-check',
		behaviour:
			"Every request is checked against the slice of Halo's OpenAPI spec: undeclared operations, wrongly typed query and body values → 400 ValidationException; every finding is kept in the request log (GET /_sim/spec-violations)",
		source: 'spec',
	},
	{
		id: 'general.unknown-query-ignored',
		behaviour:
			'An undeclared query parameter is ignored, not refused: the request is answered as if it were absent (a misspelled filter returns the whole list); the simulator records it as a spec violation, so a test suite fails on it',
		source: 'EVIDENCE 11.7',
	},
	{
		id: 'general.spec-list-filters',
		behaviour:
			'List query parameters the spec declares (client_id, site_id, search, includeinactive, includedisabled, includeapiagents, slaid, …) filter rows by the field of the same meaning; no live source shows how each one matches (exact, contains, case)',
		source: 'assumption',
	},
	{
		id: 'general.spec-unknown-properties',
		behaviour: 'Body properties not in the schema are ignored (a warning, not an error)',
		source: 'EVIDENCE 11.23, 4.6',
	},
	{
		id: 'general.include-custom-fields',
		behaviour: 'include_custom_fields=<ids> on lists is accepted although the spec does not declare it',
		source: 'EVIDENCE 3.15',
	},
	// tickets (the shapes the node reads)
	{
		id: 'general.ticket-status-9-closed',
		behaviour: 'Status 9 is "Closed" (8 "Resolved" is closed too in the seed)',
		source: 'EVIDENCE 3.6',
	},
	{
		id: 'general.ticket-team-name',
		behaviour: 'Tickets carry team (the name) and team_id; team is written by name',
		source: 'EVIDENCE 3.4',
	},
	{
		id: 'general.ticket-hasbeenclosed-false',
		behaviour:
			'Open tickets have hasbeenclosed false (Halo sends null; the node tolerates both, see the conformance test)',
		source: 'assumption',
	},
	{
		id: 'general.ticket-same-keys',
		behaviour:
			"GET and POST replies use the same keys (last_update, category_1); Halo's GET says lastupdate/category1 (the node tolerates both)",
		source: 'assumption',
	},
];
