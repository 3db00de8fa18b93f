// Reports "made in Halo's UI" that every seed starts with (GET /Report/{id}?loadreport=true runs them).
export const SAVED_REPORTS = [
	{
		id: 1,
		name: 'Open tickets per client',
		description: 'How many tickets each client has open',
		sql: 'SELECT TOP 1000 a.aareadesc AS [Client], COUNT(*) AS [Open Tickets] FROM FAULTS f JOIN AREA a ON a.aarea = f.areaint JOIN TSTATUS s ON s.tstatus = f.status WHERE s.tstype <> 2 AND f.fdeleted = 0 GROUP BY a.aareadesc ORDER BY a.aareadesc',
	},
	{
		id: 2,
		name: 'Alert tickets with their RMM alert ID',
		description: 'Every alert ticket, its client, status and CFRMMAlertID',
		sql: 'SELECT f.faultid AS [Ticket ID], f.symptom AS [Summary], f.areaint AS [Client ID], s.tstatusdesc AS [Status], f.cfrmmalertid AS [Alert ID] FROM FAULTS f JOIN TSTATUS s ON s.tstatus = f.status WHERE f.requesttypenew = 5 AND f.fdeleted = 0',
	},
	{
		id: 3,
		name: 'Broken report',
		description: 'Refers to a column that does not exist (for error handling)',
		sql: 'SELECT f.no_such_column FROM FAULTS f',
	},
];
