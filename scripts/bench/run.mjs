#!/usr/bin/env node
// Side-by-side benchmark: n8n's built-in HaloPSA node (n8n-nodes-base) against this package's node,
// in the same in-process n8n engine (test/harness/engine.mjs), against one Halo simulator with
// injected latency. Prints a table of figures and ratios (ours / built-in). See docs/benchmark.md.
//
//   node scripts/bench/run.mjs [--quick] [--only 1,3] [--json results.json] [--repeats 3]
//                              [--what-if-concurrency N]
//
// Each scenario × side runs in a fresh child process (worker.mjs): CPU time and peak RSS are that
// side's alone, no token or pacing state carries over, and the simulator (here, in the parent) does
// not share the worker's CPU. The simulator is reset before every side.
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSimulator } from '../../simulator/index.mjs';
import { benchAppointments } from './appointments.mjs';
import { benchToolOutput } from './toolOutput.mjs';
import { benchReport } from './report.mjs';
import { queueScenario } from './scale.mjs';
import { DROPDOWNS } from './scenarios.mjs';
import { runUploadMemory } from './upload-memory.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
	const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (i < 0) return undefined;
	return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
};
const quick = flag('quick');
const whatIfConcurrency = option('what-if-concurrency') ? Number(option('what-if-concurrency')) : undefined;
const only = option('only')?.split(',').map(Number);
const jsonOut = option('json');

const HOSTED_LIMIT = 300; // requests per rolling 5 minutes on hosted Halo
const HOSTED_WINDOW_MS = 5 * 60 * 1000;

const SETTINGS = quick
	? {
			latencyMs: 30,
			events: 20,
			pullTickets: 2000,
			updates: 400,
			updateLatencyMs: 0,
			timeScale: 100,
			perItem: 1000,
			warmup: 200,
			dropdownRounds: 3,
			repeats: 1,
		}
	: {
			latencyMs: 30,
			events: 100,
			pullTickets: 20000,
			updates: 1000,
			updateLatencyMs: 30,
			timeScale: 20,
			perItem: 10000,
			warmup: 500,
			dropdownRounds: 10,
			repeats: 5,
		};
if (option('repeats')) SETTINGS.repeats = Math.max(1, Number(option('repeats')));

function findBase() {
	const candidates = [
		process.env.N8N_MODULES && path.join(process.env.N8N_MODULES, 'n8n-nodes-base'),
		path.join(ROOT, '.cache/n8n/node_modules/n8n-nodes-base'),
	].filter(Boolean);
	const found = candidates.find((dir) => existsSync(path.join(dir, 'dist/nodes/HaloPSA/HaloPSA.node.js')));
	if (!found) {
		console.error(
			`n8n-nodes-base not found (looked in ${candidates.join(', ')}). Run "npm run bench", which installs n8n into .cache/ first.`,
		);
		process.exit(2);
	}
	return found;
}

function runWorker(job) {
	return new Promise((resolve, reject) => {
		const child = fork(path.join(ROOT, 'scripts/bench/worker.mjs'), [], {
			execArgv: ['--expose-gc'],
			env: { ...process.env, N8N_LOG_LEVEL: process.env.HARNESS_DEBUG ? 'debug' : 'silent' },
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		let answer;
		child.on('message', (message) => {
			answer = message;
		});
		child.on('error', reject);
		child.on('exit', (code) => {
			if (answer?.ok) resolve(answer.result);
			else
				reject(new Error(`worker ${job.scenario}/${job.side} failed (exit ${code}): ${answer?.error ?? 'no answer'}`));
		});
		child.send(job);
	});
}

const fmt = (value, digits = 1) => {
	if (value === undefined || value === null || Number.isNaN(value)) return '–';
	if (typeof value !== 'number') return String(value);
	if (Number.isInteger(value)) return String(value);
	return value.toFixed(digits);
};
/** Median of every numeric field over the runs (one run: that run); other fields from the first run. */
function median(runs) {
	const out = { ...runs[0] };
	for (const [key, value] of Object.entries(runs[0])) {
		if (typeof value !== 'number') continue;
		const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
		const mid = Math.floor(sorted.length / 2);
		out[key] = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
		if (runs.length > 1) out[`${key}Range`] = [sorted[0], sorted.at(-1)];
	}
	return out;
}
const range = (x, key, scale = 1, digits = 1) =>
	x[`${key}Range`] ? ` (${x[`${key}Range`].map((v) => (v * scale).toFixed(digits)).join('–')})` : '';
const ratio = (ours, builtin) => (builtin ? `${(ours / builtin).toFixed(2)}×` : ours === 0 ? '–' : '∞');

async function main() {
	const baseDir = findBase();
	if (!existsSync(path.join(ROOT, 'dist/nodes/HaloPsa/HaloPsa.node.js'))) {
		console.error('dist/ is missing: run "npm run build" first (npm run bench does).');
		process.exit(2);
	}
	const n8nVersion = JSON.parse(readFileSync(path.join(baseDir, 'package.json'), 'utf8')).version;
	const sim = await startSimulator({ port: 0, ticketCount: 300 });
	const simInfo = { url: sim.url, tenant: sim.tenant, clientId: sim.clientId, clientSecret: sim.clientSecret };
	const S = SETTINGS;
	const rows = [];
	const raw = {};
	const log = (text) => process.stderr.write(`[bench] ${text}\n`);

	/**
	 * Runs both sides `repeats` times, alternating (built-in, ours, built-in, ...) so that load from other
	 * processes hits both alike. Numbers are the median over the repeats; `runs` keeps every run.
	 */
	async function sides(scenario, prepare, params, repeats = 1) {
		const runs = { builtin: [], ours: [] };
		for (let i = 0; i < repeats; i++) {
			for (const side of ['builtin', 'ours']) {
				await prepare();
				log(`${scenario}: ${side}${repeats > 1 ? ` (run ${i + 1}/${repeats})` : ''}…`);
				const result = await runWorker({
					scenario,
					side,
					sim: simInfo,
					baseDir,
					whatIfConcurrency,
					params: typeof params === 'function' ? params(side) : params,
				});
				runs[side].push(result);
				log(`${scenario}: ${side} done in ${(result.wallMs / 1000).toFixed(1)} s`);
			}
		}
		const out = { builtin: median(runs.builtin), ours: median(runs.ours) };
		raw[scenario] = { median: out, runs };
		return out;
	}
	const row = (scenario, figure, builtin, ours, goal = '', met = '', builtinRange = '', oursRange = '') =>
		rows.push({
			scenario,
			figure,
			builtin,
			ours,
			builtinRange,
			oursRange,
			ratio: typeof builtin === 'number' && typeof ours === 'number' ? ratio(ours, builtin) : '',
			goal,
			met,
		});
	const yes = (ok) => (ok ? 'yes' : '**no**');

	// 1. Enrichment event ---------------------------------------------------------------------------
	if (!only || only.includes(1)) {
		const prepare = async () => {
			sim.control.reset({ ticketCount: 300 });
			sim.control.config({ latencyMs: S.latencyMs, rateLimit: null });
		};
		await prepare();
		const ticketIds = sim.control
			.state('tickets')
			.filter((t) => t.user_id && t.client_id)
			.slice(0, S.events)
			.map((t) => t.id);
		const r = await sides('enrichment', prepare, { ticketIds });
		const n = ticketIds.length;
		const label = `1. Enrichment, ${n} events (${n} executions)`;
		const steady = (x) => x.afterFirst.requests / (n - 1);
		row(
			label,
			'Halo requests per event, token alive (events 2…n)',
			steady(r.builtin),
			steady(r.ours),
			'ours ≤ 0.5× built-in',
			yes(steady(r.ours) <= 0.5 * steady(r.builtin)),
		);
		row(
			label,
			'Halo requests per event, all events (incl. the first token request)',
			r.builtin.requests / n,
			r.ours.requests / n,
		);
		row(label, 'API requests per event', r.builtin.apiRequests / n, r.ours.apiRequests / n);
		row(label, 'token requests per event, all events', r.builtin.tokenRequests / n, r.ours.tokenRequests / n);
		row(
			label,
			'token requests in events 2…n (token alive)',
			r.builtin.afterFirst.tokenRequests,
			r.ours.afterFirst.tokenRequests,
			'0',
			yes(r.ours.afterFirst.tokenRequests === 0),
		);
		row(label, 'failed events', r.builtin.failed, r.ours.failed, '0', yes(r.ours.failed === 0));
		row(label, 'wall time per event (ms)', r.builtin.wallMs / n, r.ours.wallMs / n);
	}

	// 2. Full pull ------------------------------------------------------------------------------------
	if (!only || only.includes(2)) {
		const prepare = async () => {
			sim.control.reset({ ticketCount: S.pullTickets });
			sim.control.config({ latencyMs: S.latencyMs, rateLimit: null });
		};
		const r = await sides('pull', prepare, { warmupPull: true, sampleMemory: true }, S.repeats);
		const label = `2. Full pull (Get Many, Return All, full records), ${S.pullTickets} tickets, ${S.latencyMs} ms latency`;
		const pages = Math.ceil(S.pullTickets / 100);
		row(
			label,
			'tickets returned (in id order)',
			`${r.builtin.items}${r.builtin.ordered ? '' : ' (unordered)'}`,
			`${r.ours.items}${r.ours.ordered ? '' : ' (unordered)'}`,
		);
		row(
			label,
			'requests (API + token)',
			r.builtin.requests,
			r.ours.requests,
			`${pages} + ≤ 1 token`,
			yes(
				r.ours.apiRequests === pages && r.ours.tokenRequests <= 1 && r.ours.items === S.pullTickets && r.ours.ordered,
			),
		);
		row(
			label,
			`wall time (s)${S.repeats > 1 ? `, median of ${S.repeats}` : ''}`,
			r.builtin.wallMs / 1000,
			r.ours.wallMs / 1000,
			'ours ≤ 0.33× built-in',
			yes(r.ours.wallMs <= 0.33 * r.builtin.wallMs),
			range(r.builtin, 'wallMs', 1 / 1000, 2),
			range(r.ours, 'wallMs', 1 / 1000, 2),
		);
		row(
			label,
			`peak RSS of the worker process (MB)${S.repeats > 1 ? `, median of ${S.repeats}` : ''}`,
			r.builtin.peakRssMB,
			r.ours.peakRssMB,
			'ours ≤ built-in',
			yes(r.ours.peakRssMB <= r.builtin.peakRssMB),
			range(r.builtin, 'peakRssMB', 1, 0),
			range(r.ours, 'peakRssMB', 1, 0),
		);
		row(label, 'RSS before the pull (MB)', r.builtin.rssBeforeMB, r.ours.rssBeforeMB);
		row(
			label,
			'peak V8 heap in use during the pull, sampled every 5 ms (MB)',
			r.builtin.peakHeapUsedMB,
			r.ours.peakHeapUsedMB,
			'',
			'',
			range(r.builtin, 'peakHeapUsedMB', 1, 0),
			range(r.ours, 'peakHeapUsedMB', 1, 0),
		);
		row(
			label,
			'V8 heap held after the pull, after GC (MB; before: ' +
				fmt(r.builtin.heapBeforeMB) +
				' / ' +
				fmt(r.ours.heapBeforeMB) +
				')',
			r.builtin.retainedHeapMB,
			r.ours.retainedHeapMB,
		);
		row(label, 'CPU time of the worker (s; includes the heap sampler)', r.builtin.cpuMs / 1000, r.ours.cpuMs / 1000);
	}

	// 3. Updates under a rate budget ------------------------------------------------------------------
	if (!only || only.includes(3)) {
		const windowMs = HOSTED_WINDOW_MS / S.timeScale;
		const prepare = async () => {
			sim.control.reset({ ticketCount: Math.max(300, S.updates) });
			sim.control.config({
				latencyMs: S.updateLatencyMs,
				rateLimit: { limit: HOSTED_LIMIT, windowMs, retryAfter: true },
			});
		};
		const ids = Array.from({ length: S.updates }, (_, i) => 1001 + i);
		const r = await sides('updates', prepare, {
			ids,
			timeScale: S.timeScale,
			oursCredential: { requestBudget: HOSTED_LIMIT, backoffSeconds: 30 },
		});
		const label = `3. ${S.updates} ticket updates (one execution), limit ${HOSTED_LIMIT} per ${windowMs / 1000} s (hosted 300/5 min, time ÷ ${S.timeScale}), ${S.updateLatencyMs} ms latency`;
		row(label, 'failed items', r.builtin.failed, r.ours.failed, '0', yes(r.ours.failed === 0 && !r.ours.error));
		row(label, 'first failed item (0-based)', r.builtin.firstFailedItem ?? '–', r.ours.firstFailedItem ?? '–');
		row(label, '429 responses received', r.builtin.status429, r.ours.status429);
		row(label, 'requests (API + token)', r.builtin.requests, r.ours.requests);
		row(label, 'wall time (s)', r.builtin.wallMs / 1000, r.ours.wallMs / 1000);
	}

	// 4. Per-item overhead ----------------------------------------------------------------------------
	if (!only || only.includes(4)) {
		const total = S.perItem + S.warmup;
		const prepare = async () => {
			sim.control.reset({ ticketCount: total });
			sim.control.config({ latencyMs: 0, rateLimit: null });
		};
		const ids = Array.from({ length: S.perItem }, (_, i) => 1001 + i);
		const warmupIds = Array.from({ length: S.warmup }, (_, i) => 1001 + S.perItem + i);
		const r = await sides('perItem', prepare, { ids, warmupIds }, S.repeats);
		const label = `4. Per-item overhead, ${S.perItem} Get-by-ID items, 0 ms latency (after ${S.warmup}-item warm-up)`;
		const us = (x) => (x.cpuMs * 1000) / S.perItem;
		row(
			label,
			`CPU time per item (µs, worker process)${S.repeats > 1 ? `, median of ${S.repeats}` : ''}`,
			us(r.builtin),
			us(r.ours),
			'ours ≤ 1.0× built-in',
			yes(us(r.ours) <= us(r.builtin)),
			range(r.builtin, 'cpuMs', 1000 / S.perItem, 0),
			range(r.ours, 'cpuMs', 1000 / S.perItem, 0),
		);
		row(label, 'wall time per item (ms)', r.builtin.wallMs / S.perItem, r.ours.wallMs / S.perItem);
		row(label, 'requests (API + token)', r.builtin.requests, r.ours.requests);
		row(
			label,
			'items returned / wrong',
			`${r.builtin.items} / ${r.builtin.wrong}`,
			`${r.ours.items} / ${r.ours.wrong}`,
		);
	}

	// 5. Dropdowns / locators -------------------------------------------------------------------------
	if (!only || only.includes(5)) {
		const prepare = async () => {
			sim.control.reset({ ticketCount: 300 });
			sim.control.config({ latencyMs: S.latencyMs, rateLimit: null });
		};
		const r = await sides('dropdowns', prepare, { times: S.dropdownRounds });
		const label = `5. Dropdowns, ${DROPDOWNS.ours.length} lookups × ${S.dropdownRounds} opens`;
		row(
			label,
			'lookups opened',
			DROPDOWNS.builtin.map((d) => d.label).join(', '),
			DROPDOWNS.ours.map((d) => d.label).join(', '),
		);
		row(label, 'token requests', r.builtin.tokenRequests, r.ours.tokenRequests);
		row(
			label,
			'token requests after the first open',
			r.builtin.afterFirst.tokenRequests,
			r.ours.afterFirst.tokenRequests,
			'0',
			yes(r.ours.afterFirst.tokenRequests === 0),
		);
		row(label, 'API requests', r.builtin.apiRequests, r.ours.apiRequests);
		row(label, 'empty lists', r.builtin.empty, r.ours.empty);
	}

	// 6. Upload memory (this node only: the built-in has no attachment upload) -------------------------------
	if (!only || only.includes(6)) {
		sim.control.reset({ ticketCount: 300 });
		sim.control.config({ latencyMs: 0, rateLimit: null });
		const megabytes = quick ? 10 : 40;
		log(`upload memory: ${megabytes} MB file…`);
		const runs = [];
		for (let i = 0; i < S.repeats; i++) runs.push(await runUploadMemory(simInfo, megabytes));
		const r = median(runs);
		raw.uploadMemory = { median: r, runs };
		const label = `6. Attachment upload of one ${megabytes} MB file (filesystem binary mode), peak RSS growth of the process`;
		row(
			label,
			`RSS growth / file size${S.repeats > 1 ? `, median of ${S.repeats}` : ''}`,
			'–',
			r.growthPerFileSize,
			'≤ 3×',
			yes(r.growthPerFileSize <= 3),
			'',
			range(r, 'growthPerFileSize', 1, 2),
		);
		row(label, 'RSS growth (MB)', '–', r.growthMB);
	}

	// 7. Reconciliation read: Get Many vs one report (both this node; see report.mjs) -------------------
	if (!only || only.includes(7)) raw.report = await benchReport({ sim, settings: S, repeats: S.repeats, row, log });

	// 9. Appointments in a date range (this node only; res-ops, issue 23) --------------------------------
	if (!only || only.includes(9))
		raw.appointments = await benchAppointments({ sim, settings: S, repeats: S.repeats, row, log });

	// 10. What an AI agent reads per tool call (this node only; issue 25) ---------------------------------
	if (!only || only.includes(10)) raw.toolOutput = await benchToolOutput({ sim, row, log });

	const violations = sim.control.specViolations();
	await sim.close();
	// 8. Queue mode: separate n8n processes (PostgreSQL + Redis, main + 1 or 2 workers), its own table
	const queueTable = !only || only.includes(8) ? await queueScenario({ quick, log }) : [];
	// 11. A burst of Halo webhooks: one main vs main + webhook processes + workers, and the expression engines
	const burstTable = !only || only.includes(11) ? await queueScenario({ quick, burst: true, log }) : [];

	const lines = [];
	lines.push(
		`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model?.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}`,
	);
	lines.push(
		`Node ${process.version}, n8n-nodes-base ${n8nVersion}, simulator latency ${S.latencyMs} ms (scenario 4: 0 ms), ${S.repeats} run(s) per side for scenarios 2 and 4 (median; range in brackets)${quick ? ', QUICK MODE (reduced counts)' : ''}`,
	);
	if (whatIfConcurrency) lines.push(`WHAT-IF: our pages fetched ${whatIfConcurrency} at a time (shipped default: 4)`);
	lines.push(`Spec violations recorded by the simulator (both sides): ${violations.length}`);
	lines.push('');
	lines.push('| Scenario | Figure | Built-in | Ours | Ours / built-in | Goal | Met |');
	lines.push('|---|---|---|---|---|---|---|');
	let last;
	for (const r of rows) {
		lines.push(
			`| ${r.scenario === last ? '' : r.scenario} | ${r.figure} | ${fmt(r.builtin, 2)}${r.builtinRange} | ${fmt(r.ours, 2)}${r.oursRange} | ${r.ratio} | ${r.goal} | ${r.met} |`,
		);
		last = r.scenario;
	}
	console.log(lines.join('\n'));
	if (violations.length) console.log(`\nFirst spec violation: ${JSON.stringify(violations[0])}`);
	if (queueTable.length) console.log(`\n${queueTable.join('\n')}`);
	if (burstTable.length) console.log(`\n${burstTable.join('\n')}`);
	if (jsonOut)
		writeFileSync(
			jsonOut,
			JSON.stringify(
				{ settings: S, quick, n8nVersion, node: process.version, cpus: os.cpus().length, rows, raw, violations },
				null,
				2,
			),
		);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
