// The n8n processes of queue mode besides the main instance: `n8n worker` (runs queued executions) and
// `n8n webhook` (receives production webhooks and queues their executions). Each gets its own ports (its task
// broker's too), logs to a file and is ready once its health endpoint answers.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort, n8nEnv, sleep } from '../../e2e/lib/n8n.mjs';
import { required } from './services.mjs';

/**
 * Starts `n8n worker --concurrency=<concurrency>` (role 'worker') or `n8n webhook` (role 'webhook') with the
 * queue environment `extra`. Returns `{role, index, pid, port, baseUrl, file, logs(), executionIds(), stop()}`;
 * `port`/`baseUrl` are the webhook process's HTTP server (a worker's is its health server). Four processes
 * starting at once on a loaded 2-core machine took up to ~2 minutes: hence the generous timeout.
 */
export async function startQueueProcess({ role, index, concurrency = 1, extra, timeoutMs = 300_000 }) {
	const port = await freePort();
	const brokerPort = await freePort();
	const logDir = process.env.E2E_LOG_DIR || os.tmpdir();
	const file = path.join(logDir, `${role}-${index}-${process.pid}-${Date.now()}.log`);
	const out = createWriteStream(file);
	await new Promise((resolve) => out.once('open', resolve));
	const health = role === 'worker' ? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port) } : {};
	const env = n8nEnv({
		port: role === 'worker' ? await freePort() : port,
		brokerPort,
		extra: { ...extra, ...health },
	});
	const args = role === 'worker' ? ['worker', `--concurrency=${concurrency}`] : ['webhook'];
	const main = path.join(required('E2E_N8N_MODULES'), 'n8n', 'bin', 'n8n');
	const child = spawn(process.execPath, [main, ...args], {
		env,
		stdio: ['ignore', out, out],
		cwd: required('E2E_USER_FOLDER'),
	});
	child.unref();
	let exited = null;
	const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	const proc = {
		role,
		index,
		pid: child.pid,
		port,
		baseUrl: `http://127.0.0.1:${port}`,
		file,
		logs: () => readFileSync(file, 'utf8'),
		/** Execution ids a worker ran, from its log. */
		executionIds() {
			return [...proc.logs().matchAll(/Worker (?:started|finished) execution (\d+)/g)]
				.map((m) => m[1])
				.filter((id, i, all) => all.indexOf(id) === i);
		},
		async stop() {
			if (exited) return exited;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
			const result = await exit;
			clearTimeout(timer);
			out.end();
			return result;
		},
	};
	const started = Date.now();
	for (;;) {
		if (exited)
			throw new Error(
				`n8n ${role} ${index} exited (${JSON.stringify(exited)}) before it was ready:\n${proc.logs().slice(-3000)}`,
			);
		if (Date.now() - started > timeoutMs) {
			await proc.stop();
			throw new Error(`n8n ${role} ${index} not ready after ${timeoutMs} ms (log ${file})`);
		}
		try {
			const res = await fetch(`${proc.baseUrl}/healthz/readiness`, { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			if (res.status === 200) break;
		} catch {
			/* not listening yet */
		}
		await sleep(250);
	}
	return proc;
}
