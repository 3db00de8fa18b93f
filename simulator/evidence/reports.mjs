// Halo behaviours the simulator models for reports (/Report), each with where it comes from.
export default [
	{
		id: 'reports.post-array',
		behaviour: 'POST /Report takes a JSON array; a bare object is refused with 400',
		source: 'EVIDENCE 9.1',
	},
	{
		id: 'reports.loadreportonly',
		behaviour:
			'POST /Report [{sql, _loadreportonly: true}] runs the SQL and saves nothing; without the flag the element creates (no id) or updates (id) a stored report',
		source: 'EVIDENCE 9.1, 9.2',
	},
	{
		id: 'reports.reply-shape',
		behaviour:
			'a run answers one object (one per element when several were posted) with the rows in report.rows, plus report.loaded, report.load_error and available_columns',
		source: 'EVIDENCE 9.3',
	},
	{
		id: 'reports.load-error-200',
		behaviour: 'bad SQL answers HTTP 200 with the database message in report.load_error and no rows',
		source: 'EVIDENCE 9.4',
	},
	{
		id: 'reports.order-by-needs-top',
		behaviour:
			'the SQL runs as a derived table: a top-level ORDER BY without TOP or OFFSET fails with SQL Server\'s "ORDER BY clause is invalid in … derived tables …" text',
		source: 'EVIDENCE 9.5',
	},
	{
		id: 'reports.row-cap',
		behaviour: 'a run returns at most 50,000 rows; the rest is dropped without paging or any marker',
		source: 'EVIDENCE 9.6',
	},
	{
		id: 'reports.saved-run',
		behaviour:
			'GET /Report/{id}?loadreport=true runs a stored report and answers it with report.rows; without loadreport only the report header',
		source: 'EVIDENCE 9.7',
	},
	{
		id: 'reports.single-select',
		behaviour:
			'anything but one SELECT / WITH … SELECT (several statements, INSERT, DELETE, EXEC …) fails as a syntax error in load_error, since it cannot sit inside a derived table',
		source: 'assumption',
	},
	{
		id: 'reports.no-line-comments',
		behaviour:
			"a query holding a '--' comment (outside strings and names) is refused with a load_error; the message text is assumed",
		source: 'EVIDENCE 11.8',
	},
	{
		id: 'reports.no-drop',
		behaviour:
			"a query holding the word 'drop' anywhere, strings and names included, is refused with a load_error; the message text is assumed",
		source: 'EVIDENCE 11.8',
	},
	{
		id: 'reports.table-faults',
		behaviour: 'tickets are the FAULTS table and the summary is its symptom column',
		source: 'EVIDENCE 4.7',
	},
	{
		id: 'reports.other-tables',
		behaviour:
			'the other tables and columns (FAULTS.status/areaint/requesttypenew/…, ticket custom fields as FAULTS columns, ACTIONS, AREA, SITE, USERS, UNAME, TSTATUS, REQUESTTYPE) and their lower-case names in replies',
		source: 'assumption',
	},
	{
		id: 'reports.list-wrapper',
		behaviour: 'GET /Report lists stored reports as {record_count, reports: [...]} without their SQL',
		source: 'EVIDENCE 11.10',
	},
	{
		id: 'reports.values-as-text',
		behaviour:
			'every value in report.rows is text (numbers as digits, dates as "yyyy-mm-ddThh:mm:ss.fff" without a zone, bits as "True"/"False"); NULL stays null',
		source: 'EVIDENCE 11.9',
	},
	{
		id: 'reports.column-shape',
		behaviour: 'available_columns items are {id, name, data_type, data_type_group}, one per result column, in order',
		source: 'EVIDENCE 11.9',
	},
	{
		id: 'reports.column-types',
		behaviour:
			'data_type holds SQL Server type names (int, decimal, bit, datetime, nvarchar) judged from the values, data_type_group the words number, boolean, date, text; what Halo really writes there is unknown',
		source: 'assumption',
	},
	{
		id: 'reports.run-status',
		behaviour: 'an ad-hoc run answers HTTP 200 (not 201), successful or not',
		source: 'assumption',
	},
	{
		id: 'reports.gateway-timeout',
		behaviour:
			'not modelled by the engine: a slow query is simulated with the fault API (latency / 504) like any other request',
		source: 'EVIDENCE 8.4',
	},
];
