// Benchmark scenario 7 (run by run.mjs): the ticket set of a nightly reconciliation read two ways with this
// package's node, Get Many (Return All, alert-ID custom field included) against one Report → Run SQL Query.
// Requests and wall time; printed, not asserted. Runs in the parent process next to the simulator (both
// sides alike), so wall times include the simulator's own work (for the report: the SQL engine).
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { createEngine } from '../../test/harness/engine.mjs';
import { oursCredential } from './scenarios.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const READS = {
	getMany: {
		label: 'Get Many (Return All, CFRMMAlertID included)',
		parameters: {
			resource: 'ticket',
			operation: 'getAll',
			returnAll: true,
			simplify: true,
			options: { includeCustomFields: 'CFRMMAlertID' },
		},
		rows: (items) => items.length,
	},
	report: {
		label: 'Report → Run SQL Query (one item with all rows)',
		parameters: {
			resource: 'report',
			operation: 'runSql',
			output: 'oneItem',
			sql: 'SELECT f.faultid AS id, f.symptom AS summary, f.areaint AS client_id, f.status AS status_id, f.cfrmmalertid AS alert_id, f.datecleared AS closed_at FROM FAULTS f',
		},
		rows: (items) => items[0]?.json.rowCount ?? 0,
	},
};

const diff = (after, before) => ({
	api: after.total - after.tokenRequests - (before.total - before.tokenRequests),
	token: after.tokenRequests - before.tokenRequests,
});

/** Adds the scenario's rows to run.mjs's table through `row(scenario, figure, builtinColumn, oursColumn, goal, met)`. */
export async function benchReport({ sim, settings, repeats, row, log }) {
	const tickets = settings.pullTickets;
	const results = {};
	for (const [key, read] of Object.entries(READS)) {
		const runs = [];
		for (let i = 0; i < repeats; i++) {
			sim.control.reset({ ticketCount: tickets });
			sim.control.config({ latencyMs: settings.latencyMs, rateLimit: null });
			// a fresh engine per run: every run fetches its token, like a new execution after a restart
			const engine = await createEngine({ packageDir: ROOT, credentials: { haloPsaApi: oursCredential(sim) } });
			log(`reconciliation read: ${key} (run ${i + 1}/${repeats})…`);
			const before = sim.control.stats();
			const t0 = performance.now();
			const res = await engine.runNode({ type: 'haloPsa', typeVersion: 1, parameters: read.parameters });
			const wallMs = performance.now() - t0;
			if (res.error) throw new Error(`${key}: ${res.error.message}`);
			runs.push({ wallMs, rows: read.rows(res.items), ...diff(sim.control.stats(), before) });
		}
		runs.sort((a, b) => a.wallMs - b.wallMs);
		results[key] = { ...runs[Math.floor(runs.length / 2)], range: [runs[0].wallMs, runs.at(-1).wallMs] };
	}
	const { getMany, report } = results;
	const label = `7. Reconciliation read of ${tickets} tickets: Get Many (column "Built-in") vs one report (column "Ours"), both this node, ${settings.latencyMs} ms latency`;
	row(label, 'tickets read', getMany.rows, report.rows);
	row(
		label,
		'API requests',
		getMany.api,
		report.api,
		'≤ 0.05× Get Many',
		report.api <= 0.05 * getMany.api ? 'yes' : '**no**',
	);
	row(label, 'token requests', getMany.token, report.token);
	const seconds = (r) => `${(r.wallMs / 1000).toFixed(2)} (${r.range.map((ms) => (ms / 1000).toFixed(2)).join('–')})`;
	row(label, `wall time (s), median of ${repeats}`, seconds(getMany), seconds(report));
	return results;
}
