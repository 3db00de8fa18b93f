// Benchmark scenario 9 (run by run.mjs; this node only, n8n's built-in node has no appointments): Appointment →
// Get Many with a date range (the last 7 days, Return All). Halo's /Appointment ignores paging, so the floor is
// one API request (+ at most one token request) whatever the number of rows. The floor test
// (test/unit/bench-floors.test.mjs) runs `runAppointmentRange` and asserts the counts.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { createEngine } from '../../test/harness/engine.mjs';
import { oursCredential } from './scenarios.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DAY = 86_400_000;

/** The last `days` days up to today's UTC midnight (the seeded calendar runs from 60 days before to 30 after). */
export function recentRange(days = 7) {
	const end = new Date(new Date().toISOString().slice(0, 10)).getTime();
	return { startDate: new Date(end - days * DAY).toISOString(), endDate: new Date(end).toISOString() };
}

/** Appointment → Get Many, Return All, in the range; the items and whether any failed. */
export async function runAppointmentRange(engine, side, range = recentRange()) {
	const res = await engine.runNode({
		type: side.node,
		typeVersion: side.typeVersion,
		parameters: { resource: 'appointment', operation: 'getAll', returnAll: true, ...range },
	});
	return { items: res.items.length, error: res.error?.message };
}

/** Adds the scenario's rows to run.mjs's table through `row(scenario, figure, builtinColumn, oursColumn, goal, met)`. */
export async function benchAppointments({ sim, settings, repeats, row, log }) {
	const runs = [];
	for (let i = 0; i < repeats; i++) {
		sim.control.reset({ ticketCount: 300 });
		sim.control.config({ latencyMs: settings.latencyMs, rateLimit: null });
		const credential = oursCredential(sim);
		const engine = await createEngine({ packageDir: ROOT, credentials: { haloPsaApi: credential } });
		log(`appointments in a date range (run ${i + 1}/${repeats})…`);
		const before = sim.control.stats();
		const t0 = performance.now();
		const result = await runAppointmentRange(engine, { node: 'haloPsa', typeVersion: 1 });
		const wallMs = performance.now() - t0;
		if (result.error) throw new Error(`appointments: ${result.error}`);
		const after = sim.control.stats();
		const token = after.tokenRequests - before.tokenRequests;
		runs.push({ wallMs, items: result.items, api: after.total - before.total - token, token });
	}
	runs.sort((a, b) => a.wallMs - b.wallMs);
	const r = runs[Math.floor(runs.length / 2)];
	const label = `9. Appointment Get Many, last 7 days (Return All; Halo ignores paging), ${settings.latencyMs} ms latency, this node only`;
	row(label, 'appointments returned', '–', r.items);
	row(label, 'API requests', '–', r.api, '1', r.api === 1 ? 'yes' : '**no**');
	row(label, 'token requests', '–', r.token, '≤ 1', r.token <= 1 ? 'yes' : '**no**');
	const range = `${(runs[0].wallMs / 1000).toFixed(2)}–${(runs.at(-1).wallMs / 1000).toFixed(2)}`;
	row(label, `wall time (s), median of ${repeats}`, '–', `${(r.wallMs / 1000).toFixed(2)} (${range})`);
	return { median: r, runs };
}
