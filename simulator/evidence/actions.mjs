// Halo behaviours the simulator models for actions and outcomes, each with where it comes from.
export default [
	{
		id: 'actions.outcome-required',
		behaviour:
			'POST /Actions without outcome or outcome_id → 400 {"ClassName":"System.Exception","Message":"An Outcome must be entered for this Action"}',
		source: 'EVIDENCE 2.1',
	},
	{
		id: 'actions.outcome-by-name-or-id',
		behaviour:
			'An action names its outcome by id (outcome_id, an integer) or by name (outcome); the name also matches the button label',
		source: 'EVIDENCE 2.3',
	},
	{
		id: 'actions.outcome-access',
		behaviour:
			'An outcome the API agent may not use ("Re-Assign", id 11 in the seed) → 400 System.Exception "You do not have access to this Action" (the status code is assumed)',
		source: 'EVIDENCE 2.4',
	},
	{
		id: 'actions.outcome-list',
		behaviour:
			'GET /Outcome is a bare array; rows carry the label in buttonname (and outcome), a hidefromuser flag and sendemail as an integer',
		source: 'EVIDENCE 7.4, 2.6',
	},
	{
		id: 'actions.outcome-builtin-private',
		behaviour:
			'Outcome 7 is the built-in private note (labelled "Private Note" in the seed; other tenants call it "Internal Note")',
		source: 'EVIDENCE 2.5',
	},
	{
		id: 'actions.outcome-hidefromuser',
		behaviour: "A new action without hiddenfromuser takes its outcome's hidefromuser default; an explicit flag wins",
		source: 'assumption',
	},
	{
		id: 'actions.seed-outcome-labels',
		behaviour:
			'The seeded outcome labels and ids other than 7 (Public Note 3, Email User 2, Time Entry 4, Phone Call 6, Resolved 5, Escalate 21) are invented; tenants differ',
		source: 'assumption',
	},
	{
		id: 'actions.ticket-required',
		behaviour: 'POST /Actions without ticket_id → 400, an unknown ticket → 400',
		source: 'EVIDENCE 2.2',
	},
	{
		id: 'actions.get-within-ticket',
		behaviour:
			'GET /Actions/{id}?ticket_id= finds the action by its number on that ticket; another ticket, or no ticket_id, → 404',
		source: 'EVIDENCE 2.2, 11.13',
	},
	{
		id: 'actions.delete-needs-ticket',
		behaviour:
			'DELETE /Actions/{id} without ?ticket_id= → 400 "ticket_id must be included when deleting an Action"; with another ticket → 404',
		source: 'EVIDENCE 2.2',
	},
	{
		id: 'actions.ids-per-ticket',
		behaviour:
			"An action's id is its number within its ticket (1, 2, … on each ticket; Halo's actionnumber, the global database id is never shown): get, delete, a POST update and an attachment's action_id name an action by ticket and number",
		source: 'EVIDENCE 11.13',
	},
	{
		id: 'actions.list-needs-ticket',
		behaviour: 'GET /Actions without ticket_id answers an empty list',
		source: 'EVIDENCE 11.13',
	},
	{
		id: 'actions.reply-application',
		behaviour: "An action the API creates carries actionby_application_id (the API application's name)",
		source: 'EVIDENCE 2.10',
	},
	{
		id: 'actions.new-status',
		behaviour: 'new_status / new_agent on a new action move the ticket; status_id on an action is ignored',
		source: 'EVIDENCE 2.8',
	},
	{
		id: 'actions.hours',
		behaviour: "timetaken and nonbilltime are decimal hours and add to the ticket's timetaken",
		source: 'EVIDENCE 2.7',
	},
	{
		id: 'actions.list-envelope',
		behaviour:
			'GET /Actions?ticket_id= answers {record_count, actions:[...]}; note and note_html both exist (note_html in lists only with includehtmlnote)',
		source: 'EVIDENCE 2.14',
	},
	{
		id: 'actions.list-filters',
		behaviour:
			'Actions list filters (excludesys, excludeprivate, agentonly, conversationonly, importantonly, timeentriesonly, startdate/enddate) filter as their names say',
		source: 'assumption',
	},
	{
		id: 'workflows.ticket-type-outcomes',
		behaviour:
			'GET /TicketType/{id} carries workflow_id; GET /Workflow/{id} lists steps[].actions[].action_id, the outcome ids the workflow allows',
		source: 'EVIDENCE 10.7',
	},
	{
		id: 'workflows.list-without-steps',
		behaviour: 'GET /Workflow lists workflow headers without their steps',
		source: 'EVIDENCE 11.23',
	},
];
