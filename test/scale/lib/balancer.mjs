// The load balancer in front of n8n's webhook processes (haproxy, a Debian package; scripts/scale.sh installs
// it): production webhook paths go round-robin to the `n8n webhook` processes, everything else (editor, REST,
// public API, /webhook-test/) to the main instance. Runs in the foreground as a child of the test process (so
// the runner's process-group kill stops it) and is also listed in $SCALE_CLEANUP_LIST by its pid file.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort, sleep } from '../../e2e/lib/n8n.mjs';
import { noteForCleanup } from './services.mjs';

/**
 * Paths n8n serves only from processes that receive production webhooks: with
 * N8N_DISABLE_PRODUCTION_MAIN_PROCESS=true the main instance answers them with 404.
 */
export const PRODUCTION_WEBHOOK_PATHS = ['/webhook/', '/webhook-waiting/', '/form/', '/form-waiting/', '/mcp/'];

/** Names the webhook process that answered (a test-only response header: which process got a delivery). */
export const SERVED_BY_HEADER = 'x-served-by';

/** The haproxy configuration: `webhookPorts` round-robin for PRODUCTION_WEBHOOK_PATHS, `mainPort` for the rest. */
export function haproxyConfig({ port, mainPort, webhookPorts }) {
	return [
		'global',
		'  maxconn 4096',
		'defaults',
		'  mode http',
		'  option http-server-close',
		'  timeout connect 5s',
		// Halo waits for its answer; under a burst n8n may take a while to hold the execution.
		'  timeout client 120s',
		'  timeout server 120s',
		'frontend n8n',
		`  bind 127.0.0.1:${port}`,
		`  acl production_webhook path_beg ${PRODUCTION_WEBHOOK_PATHS.join(' ')}`,
		'  use_backend webhook_processes if production_webhook',
		'  default_backend main',
		'backend webhook_processes',
		'  balance roundrobin',
		`  http-response set-header ${SERVED_BY_HEADER} %s`,
		...webhookPorts.map((p, i) => `  server webhook-${i} 127.0.0.1:${p}`),
		'backend main',
		`  server main 127.0.0.1:${mainPort}`,
		'',
	].join('\n');
}

/**
 * Starts haproxy on a free port (or `port`) in front of the given n8n ports. Returns
 * `{port, baseUrl, config, stop()}`; `baseUrl` is what WEBHOOK_URL points at.
 */
export async function startBalancer({ port, mainPort, webhookPorts }) {
	port ??= await freePort();
	const dir = mkdtempSync(path.join(os.tmpdir(), 'halopsa-scale-haproxy-'));
	const config = haproxyConfig({ port, mainPort, webhookPorts });
	const configFile = path.join(dir, 'haproxy.cfg');
	const pidFile = path.join(dir, 'haproxy.pid');
	writeFileSync(configFile, config);
	const logFile = path.join(process.env.E2E_LOG_DIR || dir, `haproxy-${process.pid}-${Date.now()}.log`);
	const out = createWriteStream(logFile);
	await new Promise((resolve) => out.once('open', resolve));
	// -db: stay in the foreground; -p: pid file for the cleanup list
	const child = spawn('haproxy', ['-db', '-f', configFile, '-p', pidFile], { stdio: ['ignore', out, out] });
	child.unref();
	noteForCleanup('haproxy', pidFile);
	let exited = null;
	const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	child.on('error', (error) => (exited = { error: error.message }));
	const balancer = {
		port,
		baseUrl: `http://127.0.0.1:${port}`,
		config,
		async stop() {
			if (!exited) {
				child.kill('SIGTERM');
				await Promise.race([exit, sleep(5000)]);
				if (!exited) child.kill('SIGKILL');
			}
			out.end();
			rmSync(dir, { recursive: true, force: true });
		},
	};
	// Listening once a request through it reaches main (any answer but haproxy's own 503 or a refused connection).
	for (let i = 0; ; i++) {
		if (exited || i > 100) {
			await balancer.stop();
			throw new Error(`haproxy did not start (${JSON.stringify(exited)}):\n${readFileSync(logFile, 'utf8')}`);
		}
		try {
			const res = await fetch(`${balancer.baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			if (res.status === 200) break;
		} catch {
			/* not listening yet */
		}
		await sleep(100);
	}
	return balancer;
}
