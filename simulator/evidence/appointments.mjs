// Appointments (/Appointment): what the simulator models and where each behaviour comes from.
export default [
	{
		id: 'appointments.ignores-paging',
		behaviour:
			'GET /Appointment is wrapped as {appointments:[…]} and ignores count, page_size and pageinate: every matching row comes back (36,764 rows, 36 MB, for page_size=1 on a production tenant)',
		source: 'EVIDENCE 11.5, 7.4',
	},
	{
		id: 'appointments.list-without-client-id',
		behaviour:
			'Appointment list rows carry client_name but no client_id (client_id would sort among the first 30 keys the production sweep kept, and is not there); GET /Appointment/{id} is assumed to have it',
		source: 'EVIDENCE 11.5',
	},
	{
		id: 'appointments.date-range-overlap',
		behaviour:
			'start_date/end_date (spec parameters) keep the appointments that overlap the range: ending after start_date and starting before end_date',
		source: 'assumption',
	},
	{
		id: 'appointments.end-after-start',
		behaviour: 'An appointment whose end is before its start is refused with a 400 naming end_date (text invented)',
		source: 'assumption',
	},
];
