// Customer feedback (/Feedback): what the simulator models and where each behaviour comes from.
export default [
	{
		id: 'feedback.ignores-paging',
		behaviour:
			'GET /Feedback is a bare array of every feedback row whatever count, page_size and pageinate say (35,086 rows for page_size=1 on a production tenant); rows carry id, ticket_id, feedback_faultid, date, score, score_band, comment and no client',
		source: 'EVIDENCE 11.5, 11.23',
	},
	{
		id: 'feedback.seeded-scores',
		behaviour:
			"Seeded feedback rates about half of the closed tickets a day after closing, score 1 (best) to 4 with invented bands ('Awesome' … 'Bad')",
		source: 'assumption',
	},
];
