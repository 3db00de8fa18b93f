// One benchmark scenario for one side, in its own process (forked by run.mjs) so that CPU time and
// peak RSS belong to that side alone; the simulator runs in the parent. Receives the job over IPC,
// answers with the figures. Both sides load the same engine: this package + n8n-nodes-base's HaloPSA
// node, credential and HTTP Request node.
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';

import { createEngine } from '../../test/harness/engine.mjs';
import * as S from './scenarios.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

async function simCall(url, method, route) {
	const res = await fetch(`${url}/_sim${route}`, { method });
	if (!res.ok) throw new Error(`simulator ${method} ${route} → ${res.status}`);
	return await res.json();
}
const stats = (url) => simCall(url, 'GET', '/stats');

function diff(after, before) {
	const byRoute = {};
	for (const [route, n] of Object.entries(after.byRoute)) {
		const d = n - (before.byRoute[route] ?? 0);
		if (d) byRoute[route] = d;
	}
	return {
		requests: after.total - before.total,
		tokenRequests: after.tokenRequests - before.tokenRequests,
		apiRequests: after.total - before.total - (after.tokenRequests - before.tokenRequests),
		status429: after.status429 - before.status429,
		byRoute,
	};
}

/**
 * Time-scaled pacing for the rate-budget scenario: the credential's budget is "per 5 minutes"
 * (PACING_WINDOW_MS in transport/request.ts). The simulator's window is shrunk by `scale`, so the
 * node's window is shrunk the same way by wrapping the compiled pacer's export (request.js reads
 * `pacer_1.takeSlot` at call time). Benchmark-only; the product code is unchanged.
 */
function scalePacing(scale) {
	const pacer = require(path.join(ROOT, 'dist/nodes/HaloPsa/transport/pacer.js'));
	const takeSlot = pacer.takeSlot;
	pacer.takeSlot = (key, budget, windowMs) => takeSlot(key, budget, windowMs / scale);
}

/**
 * Runs one node with expressions before measuring: n8n's HTTP Request node reading the simulator's
 * control API (not counted in the request log). A running n8n has done this long before (every workflow
 * uses expressions); in a fresh worker the first expression evaluated inside an execution loads n8n's
 * expression machinery, 10–25 MB of RSS that would otherwise be charged to whichever side evaluates one
 * first (both nodes read the item's id through an expression).
 */
async function warmEngine(engine, sim) {
	const res = await engine.runNode({
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: { method: 'GET', url: `={{ ${JSON.stringify(sim.url)} + "/_sim/info" }}`, options: {} },
		items: [{ json: { warm: true } }],
	});
	if (res.error) throw new Error(`warm-up failed: ${res.error.message}`);
}

/** What-if (run.mjs --what-if-concurrency N): our page fetches N at a time instead of the default 4. */
function pageConcurrency(concurrency) {
	const list = require(path.join(ROOT, 'dist/nodes/HaloPsa/transport/list.js'));
	const haloList = list.haloList;
	list.haloList = function (options) {
		return haloList.call(this, { ...options, concurrency });
	};
}

async function run(job) {
	const side = S.SIDES[job.side];
	const { sim, params } = job;
	if (job.side === 'ours' && params.timeScale > 1) scalePacing(params.timeScale);
	const engine = await createEngine({
		packageDir: ROOT,
		packageDirs: [{ dir: job.baseDir, ...S.BASE_FILES }],
		credentials: {
			haloPsaApi: S.oursCredential(sim, params.oursCredential ?? {}),
			haloPSAApi: S.builtinCredential(sim),
		},
	});
	if (job.whatIfConcurrency) pageConcurrency(job.whatIfConcurrency);
	await warmEngine(engine, sim);
	if (params.warmupPull) {
		// Both nodes pull 2 pages, in every worker: the process is then the same for either side up to the
		// measured run (same code loaded and compiled, same heap history), as in a long-running n8n; peak RSS
		// otherwise moves by ±10 MB with whatever ran first. Our token is then dropped, so the measured
		// pull starts without one.
		for (const warm of [S.BUILTIN, S.OURS]) {
			await engine.runNode({
				type: warm.node,
				typeVersion: warm.typeVersion,
				parameters: { resource: 'ticket', operation: 'getAll', returnAll: false, limit: 150, simplify: false },
			});
		}
		engine.setCredentials('haloPsaApi', S.oursCredential(sim, params.oursCredential ?? {}));
	}
	let warmupCpuMs = 0;
	if (params.warmupIds?.length) {
		const c = process.cpuUsage();
		await S.runGetById(engine, side, { ids: params.warmupIds });
		const d = process.cpuUsage(c);
		warmupCpuMs = (d.user + d.system) / 1000;
	}
	globalThis.gc?.();
	const rssBefore = process.memoryUsage().rss;
	const heapBeforeMB = process.memoryUsage().heapUsed / 2 ** 20;
	const before = await stats(sim.url);
	let afterFirst;
	const snapshotFirst = async (i) => {
		if (i === 0) afterFirst = await stats(sim.url);
	};
	// Peak V8 heap in use, sampled every 5 ms (pull only): unlike peak RSS it does not depend on how far V8
	// chose to grow the heap before collecting. (v8.getHeapStatistics: no syscall, unlike memoryUsage.)
	let peakHeapUsed = 0;
	const sampler = params.sampleMemory
		? setInterval(() => {
				peakHeapUsed = Math.max(peakHeapUsed, v8.getHeapStatistics().used_heap_size);
			}, 5)
		: undefined;
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	let result;
	switch (job.scenario) {
		case 'enrichment':
			result = await S.runEnrichment(engine, side, { sim, ticketIds: params.ticketIds, after: snapshotFirst });
			break;
		case 'pull':
			result = await S.runPull(engine, side);
			break;
		case 'updates':
			result = await S.runUpdates(engine, side, { ids: params.ids });
			break;
		case 'perItem':
			result = await S.runGetById(engine, side, { ids: params.ids });
			break;
		case 'dropdowns':
			result = await S.runDropdowns(engine, side, { times: params.times, after: snapshotFirst });
			break;
		default:
			throw new Error(`unknown scenario ${job.scenario}`);
	}
	const wallMs = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	clearInterval(sampler);
	globalThis.gc?.();
	const retainedHeapMB = process.memoryUsage().heapUsed / 2 ** 20; // the result is still referenced here
	const after = await stats(sim.url);
	const usage = process.resourceUsage();
	return {
		...result,
		...diff(after, before),
		afterFirst: afterFirst ? diff(after, afterFirst) : undefined,
		wallMs,
		cpuMs: (cpu.user + cpu.system) / 1000,
		warmupCpuMs,
		rssBeforeMB: rssBefore / 2 ** 20,
		peakRssMB: usage.maxRSS / 1024,
		heapBeforeMB,
		peakHeapUsedMB: peakHeapUsed / 2 ** 20,
		retainedHeapMB,
		node: process.version,
	};
}

process.once('message', (job) => {
	run(job).then(
		(result) => process.send({ ok: true, result }, () => process.exit(0)),
		(error) => process.send({ ok: false, error: String(error?.stack ?? error) }, () => process.exit(1)),
	);
});
