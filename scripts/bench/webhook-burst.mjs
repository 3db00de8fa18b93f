// Benchmark scenario 11: a burst of signed Halo deliveries into the HaloPSA Trigger, on (a) one n8n main in
// regular mode and (b) queue mode with main + 2 `n8n webhook` processes behind haproxy + 2 workers, and on (b)
// under each of n8n's expression engines (N8N_EXPRESSION_ENGINE). Runs under scripts/scale.sh (PostgreSQL,
// Redis, haproxy, the packed package): `bash scripts/scale.sh --bench <out.json> --burst [--quick]`; run.mjs
// prints burstTable(). Each configuration gets its own stack and simulator, stopped before the next starts.
// The deliveries are sent by the simulator's sender through test/scale/lib/burst.mjs (one home for signing).
import { writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { asFastAsPossible, burstSender, percentiles } from '../../test/scale/lib/burst.mjs';
import { cpuSeconds, peakRss } from './proc.mjs';

const IN_FLIGHT = 20;
const EVENT = 76; // ticket status changed: a mass status change
const WARM_UP = 4; // two per webhook process on (b): node code loaded, token stored
// Both layouts get the pool the burst test found necessary (README, Running at scale: 2 fails under a burst).
const DB_POOL = '10';

export const LAYOUTS = {
	a: { label: '(a) one main, regular mode', stack: { workers: 0, webhookProcesses: 0 } },
	b: {
		label: '(b) main + 2 webhook processes + 2 workers',
		stack: { workers: 2, concurrency: 10, webhookProcesses: 2 },
	},
};

/**
 * The configurations of one run: (a) and (b) on `legacy` for the layout ratio, then (b) on the other engines;
 * `pool`: N8N_EXPRESSION_ENGINE_POOL_SIZE (n8n's default 1), here the deliveries each webhook process has in flight.
 */
export function configurations(quick) {
	const others = quick
		? [{ engine: 'vm' }]
		: [{ engine: 'vm' }, { engine: 'vm', pool: IN_FLIGHT / 2 }, { engine: 'quickjs' }];
	return [
		{ layout: 'a', engine: 'legacy' },
		{ layout: 'b', engine: 'legacy' },
		...others.map((other) => ({ layout: 'b', ...other })),
	];
}
const settingOf = (config) => (config.pool ? `${config.engine}, pool ${config.pool}` : config.engine);

export const FIGURES = [
	['accepted deliveries per second (first send → last 200)', 'acceptedPerSecond'],
	["Halo's wait for its 200, p50 (s)", 'p50Seconds'],
	["Halo's wait for its 200, p95 (s)", 'p95Seconds'],
	['executions completed per second (first send → last execution finished)', 'executionsPerSecond'],
	['deliveries answered 200 "accepted": 1 / sent', 'acceptedOfSent'],
	['executions finished / failed / missing', 'executionCounts'],
	['peak RSS of the n8n processes together (MB)', 'peakRssMB'],
	['n8n CPU per delivery, all n8n processes (ms)', 'cpuMsPerDelivery'],
	['load average (1 min) before the burst', 'loadBefore', { ratio: false }],
];

const cellOf = (value) =>
	typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : (value ?? '–');
const ratioOf = (x, y) => (typeof x === 'number' && typeof y === 'number' && y ? `${(x / y).toFixed(2)}×` : '');

/** One row per figure: `base`, then each of `others`, then each of `others` ÷ `base`. */
const figureRows = (base, others) =>
	FIGURES.map(([figure, key, { ratio = true } = {}]) =>
		[
			figure,
			cellOf(base?.[key]),
			...others.map((r) => cellOf(r?.[key])),
			...others.map((r) => (ratio ? ratioOf(r?.[key], base?.[key]) : '')),
		].join(' | '),
	).map((row) => `| ${row} |`);

/** The scenario's two tables, in the bench's style, from the result measure() writes. */
export function burstTable(result) {
	const onLegacy = (layout) => result.runs.find((r) => r.layout === layout && settingOf(r) === 'legacy');
	const a = onLegacy('a');
	const b = onLegacy('b');
	const engines = result.runs.filter((r) => r.layout === 'b' && r !== b);
	const lines = [
		`11. Webhook burst (n8n ${result.n8nVersion}, PostgreSQL; (b) adds Redis and haproxy): ${result.deliveries} signed deliveries of distinct tickets (event ${EVENT}), ${IN_FLIGHT} in flight, HaloPSA Trigger defaults, DB_POSTGRESDB_POOL_SIZE=${DB_POOL}, workers at concurrency 10; ${result.cpus} cores`,
		'',
		`| Figure | ${LAYOUTS.a.label}, legacy engine | ${LAYOUTS.b.label}, legacy engine | b / a |`,
		'|---|---|---|---|',
		...figureRows(a, [b]),
	];
	if (engines.length) {
		lines.push(
			'',
			`N8N_EXPRESSION_ENGINE on ${LAYOUTS.b.label} (every n8n process):`,
			'',
			`| Figure | legacy | ${engines.map(settingOf).join(' | ')} | ${engines.map((r) => `${settingOf(r)} / legacy`).join(' | ')} |`,
			`|---|---|${engines.map(() => '---|---|').join('')}`,
			...figureRows(b, engines),
		);
	}
	for (const r of result.runs.filter((run) => run.error))
		lines.push('', `${LAYOUTS[r.layout].label}, ${settingOf(r)}: failed (${r.error})`);
	return lines;
}

/** The trigger's `"accepted"` count in an answer (undefined when the body is not its JSON). */
function acceptedCount(delivery) {
	try {
		return JSON.parse(delivery.responseBody).accepted;
	} catch {
		return undefined;
	}
}

/**
 * One configuration's figures. `sent`: burstSender's records of the burst; `sendSeconds`: first send → last
 * answer; `started`: first send (ms); `warm` / `done`: counts() after the warm-up / after the burst; `cpuMs`:
 * CPU of the n8n processes during the burst. Only deliveries answered 200 with `"accepted": 1` count as
 * accepted (and in Halo's wait); executions are the burst's, not the warm-up's.
 */
export function summarize({
	layout,
	engine,
	loadBefore,
	deliveries,
	sent,
	sendSeconds,
	started,
	warm,
	done,
	cpuMs,
	peakRssMB,
}) {
	const accepted = sent.filter((r) => r.delivery.responseStatus === 200 && acceptedCount(r.delivery) === 1);
	const wait = percentiles(accepted.map((r) => r.delivery.durationMs));
	const executions = done.finished - warm.finished;
	return {
		layout,
		engine,
		loadBefore,
		acceptedPerSecond: accepted.length / sendSeconds,
		p50Seconds: accepted.length ? wait.p50 / 1000 : undefined,
		p95Seconds: accepted.length ? wait.p95 / 1000 : undefined,
		executionsPerSecond: executions ? executions / ((done.lastStoppedMs - started) / 1000) : 0,
		acceptedOfSent: `${accepted.length} / ${sent.length}`,
		executionCounts: `${executions} / ${done.failed - warm.failed} / ${Math.max(0, deliveries - executions)}`,
		peakRssMB: Math.round(peakRssMB),
		cpuMsPerDelivery: cpuMs / deliveries,
	};
}

// ---- measurement (runs under scripts/scale.sh) ----------------------------------------------------------

async function measureOne({ layout, engine, pool, deliveries, log }) {
	const { activateWorkflow, createCredential, sleep } = await import('../../test/e2e/lib/n8n.mjs');
	const { startSim } = await import('../../test/e2e/lib/sim.mjs');
	const { triggerWorkflow, untilSecretSaved } = await import('../../test/e2e/lib/trigger.mjs');
	const { createWorkflow, startQueueStack } = await import('../../test/scale/lib/queue.mjs');
	const { sql } = await import('../../test/scale/lib/services.mjs');
	const name = `${layout}/${settingOf({ engine, pool })}`;
	const sim = await startSim({ ticketCount: deliveries + WARM_UP + 10, webhookSender: { timeoutMs: 120_000 } });
	let stack;
	try {
		log(`${name}: starting ${LAYOUTS[layout].label}`);
		const env = { N8N_EXPRESSION_ENGINE: engine, DB_POSTGRESDB_POOL_SIZE: DB_POOL };
		if (pool) env.N8N_EXPRESSION_ENGINE_POOL_SIZE = String(pool);
		// (a): the same main without the queue (queue.mjs's environment otherwise sets it)
		if (layout === 'a')
			Object.assign(env, { EXECUTIONS_MODE: 'regular', OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'false' });
		stack = await startQueueStack({ ...LAYOUTS[layout].stack, env });
		const credential = await createCredential(stack.main, { data: sim.credentialFields() });
		const workflowId = await createWorkflow(
			stack.main,
			triggerWorkflow(credential, { name: `bench: burst ${name}`, parameters: { events: [String(EVENT)] } }),
		);
		await activateWorkflow(stack.main, workflowId);
		await untilSecretSaved(stack.main, workflowId);
		const pids = () => [
			stack.main.pid,
			...stack.workers.map((w) => w.pid),
			...stack.webhookProcesses.map((w) => w.pid),
		];
		/** `{total, finished, failed, lastStoppedMs}` of the workflow's executions, from n8n's database. */
		const counts = () => {
			const [[total, finished, failed, last]] = sql(
				stack.pg,
				`select count(*), count(*) filter (where "stoppedAt" is not null), count(*) filter (where status in ('error', 'crashed')), coalesce(extract(epoch from max("stoppedAt")) * 1000, 0) from execution_entity where "workflowId" = '${workflowId}'`,
			);
			return { total: Number(total), finished: Number(finished), failed: Number(failed), lastStoppedMs: Number(last) };
		};
		/** Until `count` executions finished, or none more finished for 30 s (then the figures say how many). */
		const untilFinished = async (count) => {
			let seen = -1;
			let since = Date.now();
			for (;;) {
				const now = counts();
				if (now.finished >= count && now.finished === now.total) return now;
				if (now.finished !== seen) [seen, since] = [now.finished, Date.now()];
				if (Date.now() - since > 30_000) return now;
				await sleep(500);
			}
		};
		const sender = burstSender(sim, { eventno: EVENT, processes: stack.webhookProcesses });
		const tickets = sim.control.state('tickets').map((ticket) => ticket.id);
		for (const ticketId of tickets.slice(deliveries, deliveries + WARM_UP)) await sender.genuine(ticketId);
		const warm = await untilFinished(WARM_UP);
		sender.sent.length = 0;

		const loadBefore = Number(os.loadavg()[0].toFixed(1)); // after the stack started and warmed up
		log(`${name}: ${deliveries} deliveries, ${IN_FLIGHT} in flight (load average ${loadBefore})`);
		const memory = peakRss(pids);
		const cpuBefore = cpuSeconds(pids());
		const started = Date.now();
		const sendSeconds = await asFastAsPossible(
			sender,
			tickets.slice(0, deliveries).map((ticketId) => (s) => s.genuine(ticketId)),
			IN_FLIGHT,
		);
		const done = await untilFinished(warm.finished + deliveries);
		const run = summarize({
			layout,
			engine,
			loadBefore,
			deliveries,
			sent: sender.sent,
			sendSeconds,
			started,
			warm,
			done,
			cpuMs: (cpuSeconds(pids()) - cpuBefore) * 1000,
			peakRssMB: memory.stop(),
		});
		log(
			`${name}: ${run.acceptedPerSecond.toFixed(2)} accepted/s, p50 ${run.p50Seconds} s, p95 ${run.p95Seconds} s, ${run.executionsPerSecond.toFixed(2)} executions/s, ${run.peakRssMB} MB`,
		);
		return pool ? { ...run, pool } : run;
	} finally {
		await stack?.stop();
		await sim.close();
	}
}

export async function measureBurst(outFile, quick) {
	const log = (text) => process.stderr.write(`[bench:burst] ${text}\n`);
	const deliveries = quick ? 60 : 300;
	const n8nVersion = JSON.parse(
		readFileSync(path.join(process.env.E2E_N8N_MODULES, 'n8n', 'package.json'), 'utf8'),
	).version;
	const result = {
		deliveries,
		inFlight: IN_FLIGHT,
		runs: [],
		n8nVersion,
		cpus: os.cpus().length,
		node: process.version,
	};
	for (const config of configurations(quick)) {
		try {
			result.runs.push(await measureOne({ ...config, deliveries, log }));
		} catch (error) {
			// one configuration failing (e.g. an engine that does not start) leaves the others' figures
			log(`${config.layout}/${settingOf(config)} failed: ${error.stack}`);
			result.runs.push({ ...config, error: String(error.message).split('\n')[0] });
		}
		writeFileSync(outFile, JSON.stringify(result, null, 2)); // after each: a stopped run keeps what it measured
	}
	console.log(burstTable(result).join('\n'));
}
