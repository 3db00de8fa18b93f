// Reports (schema AnalyzerProfile). POST /Report with `_loadreportonly` runs the SQL without saving it;
// without it the element creates (no id) or updates (id) a stored report. GET /Report/{id}?loadreport=true
// runs a stored report. Results sit in `report.rows`; SQL errors are HTTP 200 with `report.load_error`.
import { defineResource, handlePost, findRecord, present } from '../collection.mjs';
import { HttpError, notFound } from '../errors.mjs';
import { isTrue } from '../paging.mjs';
import { runReportSql } from '../reports/engine.mjs';
import { requireText } from '../util.mjs';

/** The `report` block of a reply: rows (or the load error) of one run. */
function reportBlock(sim, sql) {
	const { rows, columns, loadError } = runReportSql(sim, sql);
	// evidence: reports.load-error-200
	return {
		report: { rows, loaded: loadError === '', load_error: loadError, record_count: rows.length },
		available_columns: columns, // evidence: reports.column-shape
	};
}

const def = defineResource({
	name: 'Report',
	collection: 'reports',
	entity: 'Report',
	schema: 'AnalyzerProfile',
	// evidence: reports.list-wrapper
	wrapper: 'reports',
	notFound: 'message',
	hideInList: ['sql'],
	defaults: () => ({ name: '', description: '', sql: '' }),
	validate: (el, { existing }) => requireText(el, 'name', 'Name', existing),
	routes: [
		{
			method: 'GET',
			sub: '{id}',
			handler(sim, req) {
				const rec = findRecord(def, sim, req.params.id);
				if (!rec) throw notFound('Report', req.params.id, 'message');
				const out = present(def, rec, { sim, query: req.query }, 'get');
				// evidence: reports.saved-run
				if (isTrue(req.query.loadreport)) Object.assign(out, reportBlock(sim, rec.sql));
				return { status: 200, body: out };
			},
		},
		{
			method: 'POST',
			sub: null,
			handler(sim, req, ctx) {
				// evidence: reports.post-array (a bare object is already refused by the spec check)
				if (!Array.isArray(req.body)) throw new HttpError(400, { Message: 'The request is invalid.' });
				// evidence: reports.loadreportonly
				if (req.body.length && req.body.every((el) => el && isTrue(el._loadreportonly))) {
					const out = req.body.map((el) => ({
						id: 0,
						name: el.name ?? '',
						sql: el.sql ?? '',
						...reportBlock(sim, el.sql),
					}));
					// evidence: reports.reply-shape
					return { status: 200, body: out.length === 1 ? out[0] : out };
				}
				return handlePost(def, sim, req, ctx);
			},
		},
	],
});

export default def;
