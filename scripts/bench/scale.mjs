// Benchmark scenario 8: the enrichment flow (scenario 1) in n8n's queue mode, on 1 and then 2 workers.
// Each execution is started by a production webhook on the main instance, queued in Redis and run by a
// worker (concurrency 10, n8n's default); PostgreSQL holds workflows, credentials and executions.
//
// Two halves:
//  - queueScenario(): called by run.mjs; runs `scripts/scale.sh --bench` (which installs PostgreSQL/Redis if
//    needed, packs and installs the package) and returns the table lines to print.
//  - measure(): what scale.sh runs (`node scripts/bench/scale.mjs <out.json> [--quick]`); with `--burst`,
//    scenario 11's measureBurst() (webhook-burst.mjs) instead.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { cpuSeconds } from './proc.mjs';
import { OURS, enrichmentWorkflow } from './scenarios.mjs';
import { burstTable, measureBurst } from './webhook-burst.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LATENCY_MS = 30;
const CONCURRENCY = 10;

/** `burst`: scenario 11 (webhook-burst.mjs) instead of scenario 8. */
export async function queueScenario({ quick = false, burst = false, log = () => {} } = {}) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'halopsa-bench-scale-'));
	const out = path.join(dir, 'scale.json');
	const [number, what] = burst ? [11, 'webhook burst'] : [8, 'queue mode'];
	try {
		log(`${number}. ${what}: scripts/scale.sh --bench (PostgreSQL, Redis, n8n processes)…`);
		const code = await new Promise((resolve) => {
			const child = spawn(
				'bash',
				[
					path.join(ROOT, 'scripts/scale.sh'),
					'--bench',
					out,
					...(burst ? ['--burst'] : []),
					...(quick ? ['--quick'] : []),
				],
				{ stdio: ['ignore', 'inherit', 'inherit'] },
			);
			child.on('exit', (c) => resolve(c ?? 1));
		});
		if (code !== 0)
			return [`${number}. ${what}: scripts/scale.sh --bench failed (exit ${code}); see its output above.`];
		const result = JSON.parse(readFileSync(out, 'utf8'));
		return burst ? burstTable(result) : table(result);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function table(result) {
	const { executions, runs } = result;
	const lines = [
		`8. Queue mode (n8n ${result.n8nVersion}, PostgreSQL + Redis, main + workers at concurrency ${CONCURRENCY}): ${executions} enrichment executions started by webhook, ${LATENCY_MS} ms simulated latency, pacing off (budget 0); ${result.cpus} cores, load average before the run ${result.loadBefore}`,
		'',
		'| Figure | 1 worker | 2 workers |',
		'|---|---|---|',
	];
	const cell = (n, key, digits = 2) => {
		const value = runs.find((r) => r.workers === n)?.[key];
		return typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(digits)) : '–';
	};
	for (const [figure, key] of [
		['executions per second (first webhook call → last execution finished)', 'perSecond'],
		['wall time (s)', 'seconds'],
		['Halo requests per execution (API + token)', 'requestsPerExecution'],
		['token requests (whole run, token alive from a warm-up)', 'tokenRequests'],
		['failed executions', 'failed'],
		['CPU time per execution, n8n main + workers (ms)', 'cpuMsPerExecution'],
	]) {
		lines.push(`| ${figure} | ${cell(1, key)} | ${cell(2, key)} |`);
	}
	return lines;
}

// ---- measurement (runs under scripts/scale.sh) ----------------------------------------------------------

async function measure(outFile, quick) {
	const { activateWorkflow, callWebhook, createCredential, sleep } = await import('../../test/e2e/lib/n8n.mjs');
	const { startSim, isTokenRequest } = await import('../../test/e2e/lib/sim.mjs');
	const { createWorkflow, startQueueStack } = await import('../../test/scale/lib/queue.mjs');
	const executions = quick ? 50 : 200;
	const loadBefore = os.loadavg()[0].toFixed(1);
	const log = (text) => process.stderr.write(`[bench:scale] ${text}\n`);

	const sim = await startSim({ ticketCount: 300, latencyMs: LATENCY_MS });
	const ticketIds = sim.control
		.state('tickets')
		.filter((t) => t.user_id && t.client_id)
		.map((t) => t.id);
	const stack = await startQueueStack({ workers: 1, concurrency: CONCURRENCY });
	const runs = [];
	try {
		const credential = await createCredential(stack.main, { data: sim.credentialFields({ requestBudget: 0 }) });
		const workflow = enrichmentWorkflow(OURS, sim);
		workflow.nodes = workflow.nodes.map((node) => {
			if (node.name === 'Event') {
				return {
					...node,
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					webhookId: crypto.randomUUID(),
					parameters: { httpMethod: 'POST', path: 'bench-enrichment', responseMode: 'onReceived', options: {} },
				};
			}
			const withCredential = { ...node, credentials: { haloPsaApi: { id: credential.id, name: credential.name } } };
			if (node.name === 'Get Ticket')
				withCredential.parameters = {
					...node.parameters,
					ticketId: { ...node.parameters.ticketId, value: '={{ $json.body.ticket_id }}' },
				};
			return withCredential;
		});
		const workflowId = await createWorkflow(stack.main, {
			name: 'bench: enrichment (queue mode)',
			nodes: workflow.nodes,
			connections: workflow.connections,
		});
		await activateWorkflow(stack.main, workflowId);

		const finishedCount = async () => {
			let count = 0;
			let failed = 0;
			let cursor;
			do {
				const qs = new URLSearchParams({ workflowId, limit: '250', ...(cursor ? { cursor } : {}) });
				const res = await stack.main.api('GET', `/executions?${qs}`);
				for (const e of res.body.data) {
					if (e.finished || e.stoppedAt) count++;
					if (e.status === 'error' || e.status === 'crashed') failed++;
				}
				cursor = res.body.nextCursor;
			} while (cursor);
			return { count, failed };
		};
		/** CPU seconds used so far by the main instance and the workers */
		const n8nCpuSeconds = () => cpuSeconds([stack.main.pid, ...stack.workers.map((w) => w.pid)]);
		/** Starts `n` executions (at most 20 webhook calls in flight) and waits until all have finished. */
		const burst = async (n) => {
			const before = (await finishedCount()).count;
			const started = Date.now();
			let next = 0;
			await Promise.all(
				Array.from({ length: 20 }, async () => {
					while (next < n) {
						const ticketId = ticketIds[next++ % ticketIds.length];
						const res = await callWebhook(stack.main, 'bench-enrichment', { body: { ticket_id: ticketId } });
						if (res.status !== 200) throw new Error(`webhook → ${res.status}: ${JSON.stringify(res.body)}`);
					}
				}),
			);
			for (;;) {
				const { count, failed } = await finishedCount();
				if (count - before >= n) return { seconds: (Date.now() - started) / 1000, failedTotal: failed };
				if (Date.now() - started > 600_000)
					throw new Error(`only ${count - before} of ${n} executions finished in 10 minutes`);
				await sleep(250);
			}
		};

		for (const workers of [1, 2]) {
			if (workers === 2) await stack.addWorker();
			log(`${workers} worker(s): warm-up`);
			await burst(10);
			const failedBefore = (await finishedCount()).failed;
			await sim.controlRequest('DELETE', '/requests');
			log(`${workers} worker(s): ${executions} executions`);
			const cpuBefore = n8nCpuSeconds();
			const { seconds, failedTotal } = await burst(executions);
			const cpuMsPerExecution = ((n8nCpuSeconds() - cpuBefore) * 1000) / executions;
			const requests = await sim.requests();
			runs.push({
				workers,
				seconds,
				perSecond: executions / seconds,
				requestsPerExecution: requests.length / executions,
				tokenRequests: requests.filter(isTokenRequest).length,
				failed: failedTotal - failedBefore,
				cpuMsPerExecution,
			});
			log(`${workers} worker(s): ${(executions / seconds).toFixed(2)} executions/s`);
		}
	} finally {
		await stack.stop();
		await sim.close();
	}
	const n8nVersion = JSON.parse(
		readFileSync(path.join(process.env.E2E_N8N_MODULES, 'n8n', 'package.json'), 'utf8'),
	).version;
	const result = { executions, runs, n8nVersion, cpus: os.cpus().length, node: process.version, loadBefore };
	writeFileSync(outFile, JSON.stringify(result, null, 2));
	console.log(table(result).join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [outFile, ...rest] = process.argv.slice(2);
	const run = rest.includes('--burst') ? measureBurst : measure;
	run(outFile, rest.includes('--quick')).catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
