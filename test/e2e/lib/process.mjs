// Running n8n processes for the real-n8n tier: the environment every n8n process gets (quiet, local,
// REAL-N8N.md), free ports (the task broker's too, so a CLI run never collides with a running server),
// output in log files (never a pipe that could fill up or be closed early) and a timeout per CLI run.
// E2E_DEBUG=1 echoes the n8n commands and their log file names to stderr.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { installConfig } from './install.mjs';
import { lineTraits } from './lines.mjs';

export function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** The environment every n8n process of this tier runs with. */
export function n8nEnv({ port, brokerPort, extra = {} } = {}) {
	const cfg = installConfig();
	const env = { ...process.env };
	// Never let an outer n8n configuration leak in.
	for (const key of Object.keys(env)) if (key.startsWith('N8N_') || key.startsWith('DB_')) delete env[key];
	Object.assign(env, {
		N8N_USER_FOLDER: cfg.userFolder,
		N8N_ENCRYPTION_KEY: cfg.encryptionKey,
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PORT: String(port ?? 5678),
		N8N_PROTOCOL: 'http',
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		...lineTraits().env,
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL || 'info',
		N8N_LOG_OUTPUT: 'console',
		N8N_SSRF_ALLOWED_IP_RANGES: '127.0.0.0/8',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		DB_TYPE: 'sqlite',
		NODE_ENV: 'production',
		...extra,
	});
	return env;
}

export function debug(msg) {
	if (process.env.E2E_DEBUG) process.stderr.write(`[e2e] ${msg}\n`);
}

let runCounter = 0;
function logFiles(label) {
	const { logDir } = installConfig();
	const base = path.join(logDir, `${String(++runCounter).padStart(3, '0')}-${process.pid}-${label}`);
	return { stdout: `${base}.out.log`, stderr: `${base}.err.log` };
}

function once(emitter, event) {
	return new Promise((resolve, reject) => {
		emitter.once(event, resolve);
		emitter.once('error', reject);
	});
}
function closeStream(stream) {
	return new Promise((resolve) => stream.end(resolve));
}

/**
 * Start one n8n process (`args` follow the n8n binary) with its stdout/stderr written to log files.
 * Returns `{child, files, closeLogs(), readLogs()}`; `readLogs()` gives `{stdout, stderr}` so far.
 */
export async function spawnN8n(args, { env, label }) {
	const cfg = installConfig();
	const files = logFiles(label);
	const out = createWriteStream(files.stdout);
	const err = createWriteStream(files.stderr);
	await Promise.all([once(out, 'open'), once(err, 'open')]);
	const child = spawn(process.execPath, [...lineTraits().nodeArgs, cfg.n8nMain, ...args], {
		env,
		stdio: ['ignore', out, err],
		cwd: cfg.userFolder,
	});
	return {
		child,
		files,
		closeLogs: () => Promise.all([closeStream(out), closeStream(err)]),
		readLogs: () => ({ stdout: readFileSync(files.stdout, 'utf8'), stderr: readFileSync(files.stderr, 'utf8') }),
	};
}

/**
 * Run one n8n CLI command to completion. The result carries both output texts. Rejects only on spawn
 * failure or timeout.
 */
export async function runN8n(args, { timeoutMs = 120_000, env: extra = {}, label } = {}) {
	const brokerPort = await freePort();
	const port = await freePort();
	const env = n8nEnv({ port, brokerPort, extra });
	const { child, files, closeLogs, readLogs } = await spawnN8n(args, {
		env,
		label: label || args[0].replace(/[^a-z]+/gi, '-'),
	});
	debug(`n8n ${args.join(' ')}  (logs ${files.stdout})`);
	const started = Date.now();
	let exitSignal = null;
	const code = await new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms (logs: ${files.stdout})`));
		}, timeoutMs);
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('exit', (c, signal) => {
			clearTimeout(timer);
			exitSignal = signal;
			resolve(c ?? (signal ? 128 : 1));
		});
	});
	await closeLogs();
	const result = { code, signal: exitSignal, ...readLogs(), files, ms: Date.now() - started };
	debug(`n8n ${args[0]} exited ${code}${exitSignal ? ` (${exitSignal})` : ''} in ${result.ms} ms`);
	return result;
}

/** The error for a failed n8n run `{code, files, stdout, stderr}`, with the end of both logs. */
export function describeFailure(what, run) {
	const tail = (s) => s.split('\n').slice(-40).join('\n');
	return new Error(
		`${what} failed (exit ${run.code}).\n--- stdout (${run.files.stdout}) ---\n${tail(run.stdout)}\n--- stderr ---\n${tail(run.stderr)}`,
	);
}
