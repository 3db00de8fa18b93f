// Customer satisfaction feedback (GET /Feedback): a bare array that ignores count and paging, and takes no
// filters (the API definition declares none). Rows: id, ticket_id, feedback_faultid, date, score, score_band,
// comment.
import { defineResource } from '../collection.mjs';
import { LIST_PAGING } from '../paging.mjs';

export default defineResource({
	name: 'Feedback',
	collection: 'feedback',
	entity: 'Feedback',
	schema: 'Feedback',
	ops: ['list', 'get'],
	// evidence: feedback.ignores-paging
	listPaging: LIST_PAGING.IGNORES_PAGING,
	defaultOrder: 'date',
});
