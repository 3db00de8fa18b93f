// Benchmark scenario 11 (scripts/bench/webhook-burst.mjs) without n8n: its figures from a burst's records and
// the two tables `npm run bench` prints. The measurement itself needs n8n in queue mode (scripts/scale.sh).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { FIGURES, burstTable, configurations, summarize } from '../../scripts/bench/webhook-burst.mjs';

const answer = (status, accepted, durationMs) => ({
	delivery: { responseStatus: status, responseBody: JSON.stringify({ received: 1, accepted }), durationMs },
});

describe('bench scenario 11: webhook burst figures', () => {
	it('counts only deliveries answered 200 "accepted": 1, and only the executions of the burst', () => {
		const sent = [
			...[1000, 2000, 3000, 4000].map((ms) => answer(200, 1, ms)),
			answer(200, 0, 10), // a duplicate: answered at once, nothing accepted
			{ delivery: { responseStatus: 500, responseBody: 'Internal error', durationMs: 20 } },
		];
		const run = summarize({
			layout: 'b',
			engine: 'legacy',
			loadBefore: 2.5,
			deliveries: 6,
			sent,
			sendSeconds: 2,
			started: 10_000,
			warm: { finished: 4, failed: 0 },
			done: { finished: 8, failed: 1, lastStoppedMs: 18_000 },
			cpuMs: 600,
			peakRssMB: 1234.4,
		});
		assert.deepEqual(run, {
			layout: 'b',
			engine: 'legacy',
			loadBefore: 2.5,
			acceptedPerSecond: 2,
			p50Seconds: 3,
			p95Seconds: 4,
			executionsPerSecond: 0.5,
			acceptedOfSent: '4 / 6',
			executionCounts: '4 / 1 / 2',
			peakRssMB: 1234,
			cpuMsPerDelivery: 100,
		});
	});

	it('prints (b) / (a) on the legacy engine and every other engine against legacy on (b)', () => {
		const configs = configurations(true);
		assert.deepEqual(configs.slice(0, 3), [
			{ layout: 'a', engine: 'legacy' },
			{ layout: 'b', engine: 'legacy' },
			{ layout: 'b', engine: 'vm' },
		]);
		const figures = (acceptedPerSecond) => ({
			acceptedPerSecond,
			p50Seconds: 1,
			p95Seconds: 2,
			executionsPerSecond: acceptedPerSecond,
			acceptedOfSent: '60 / 60',
			executionCounts: '60 / 0 / 0',
			peakRssMB: 1000,
			cpuMsPerDelivery: 100,
			loadBefore: 3,
		});
		const runs = [
			{ layout: 'a', engine: 'legacy', ...figures(4) },
			{ layout: 'b', engine: 'legacy', ...figures(8) },
			{ layout: 'b', engine: 'vm', ...figures(2) },
		];
		const lines = burstTable({ deliveries: 60, n8nVersion: '2.41.1', cpus: 2, runs });
		const rows = (label) => lines.filter((line) => line.startsWith(`| ${label} |`));
		for (const [label] of FIGURES) assert.equal(rows(label).length, 2, `"${label}" in both tables`);
		const [layoutRow, engineRow] = rows(FIGURES[0][0]);
		assert.equal(layoutRow, `| ${FIGURES[0][0]} | 4 | 8 | 2.00× |`);
		assert.equal(engineRow, `| ${FIGURES[0][0]} | 8 | 2 | 0.25× |`);
		assert.ok(
			rows('load average (1 min) before the burst').every((line) => !line.includes('×')),
			'no ratio of load averages',
		);
	});
});
