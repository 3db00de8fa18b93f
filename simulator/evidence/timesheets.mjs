// Timesheets (/Timesheet, /TimesheetEvent): what the simulator models and where each behaviour comes from.
export default [
	{
		id: 'timesheets.ignores-paging',
		behaviour:
			'GET /TimesheetEvent is a bare array that ignores count, page_size and pageinate (1,557 rows for page_size=1 on a production tenant)',
		source: 'EVIDENCE 7.5, 11.23',
	},
	{
		id: 'timesheets.events-id-zero',
		behaviour: 'Every /TimesheetEvent list row shows id 0',
		source: 'EVIDENCE 7.5',
	},
	{
		id: 'timesheets.events-from-actions',
		behaviour:
			"An action with time taken, written by an agent, is a time entry of that agent ending when the action was logged (ticket_id, action_number, customer = the ticket's client name, subject, note); entries of other kinds (holidays, breaks, manual events) are not modelled",
		source: 'assumption',
	},
	{
		id: 'timesheets.date-range-overlap',
		behaviour:
			'start_date/end_date on GET /TimesheetEvent (spec parameters) keep the entries that overlap the range; agents takes a comma-separated list of agent ids',
		source: 'assumption',
	},
	{
		id: 'timesheets.day-by-agent-and-date',
		behaviour:
			"GET /Timesheet/0?agent_id=&date= answers that agent's day: target/work hours (7.5 on weekdays here, invented), actual and chargeable hours summed from the day's entries, unlogged hours, and the entries in events[]; an unknown agent or date is 404",
		source: 'assumption',
	},
];
