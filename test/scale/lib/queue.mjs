// n8n in queue mode for the scale tier (scripts/scale.sh) and the queue-mode benchmark: a scratch
// PostgreSQL and Redis on free loopback ports, an n8n main instance and N workers sharing one user folder
// (the packed package installed in .n8n/nodes), all with the same encryption key. Builds on the e2e
// helpers (test/e2e/lib/n8n.mjs) for the environment, the main server and its APIs.
//
// Environment (set by scripts/scale.sh, besides the E2E_* variables n8n.mjs reads):
//   SCALE_PG_BIN       folder holding initdb / pg_ctl
//   SCALE_CLEANUP_LIST file this module appends every PostgreSQL data folder and Redis pid file to, so
//                      the script's trap can stop them even if this process dies first
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chownSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort, n8nEnv, sleep, startServer } from '../../e2e/lib/n8n.mjs';

const TIME_SCALE_PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'time-scale.cjs');

function required(name) {
	const value = process.env[name];
	if (!value) throw new Error(`${name} is not set: run this tier through \`npm run test:scale\` (scripts/scale.sh)`);
	return value;
}

function noteForCleanup(kind, value) {
	const list = process.env.SCALE_CLEANUP_LIST;
	if (list) appendFileSync(list, `${kind} ${value}\n`);
}

/** Runs a command as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
function asPostgres(command, args) {
	const bin = path.join(required('SCALE_PG_BIN'), command);
	// cwd: a folder the postgres user may enter (the project folder may not be)
	const options = { stdio: 'pipe', cwd: os.tmpdir() };
	if (process.getuid?.() === 0) return execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], options);
	return execFileSync(bin, args, options);
}

/** A throw-away PostgreSQL cluster (trust auth, user `n8n`, no durability: it is deleted afterwards). */
export async function startPostgres() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'halopsa-scale-pg-'));
	if (process.getuid?.() === 0) {
		const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
		chownSync(dir, uid, gid);
	}
	const data = path.join(dir, 'data');
	const port = await freePort();
	asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'n8n', '--no-sync']);
	noteForCleanup('pg', data);
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
	asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
	return {
		port,
		dir,
		stop() {
			try {
				asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
			} catch {
				/* already stopped */
			}
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** A throw-away Redis (no persistence). */
export async function startRedis() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'halopsa-scale-redis-'));
	const port = await freePort();
	const pidFile = path.join(dir, 'redis.pid');
	execFileSync('redis-server', [
		'--port',
		String(port),
		'--bind',
		'127.0.0.1',
		'--daemonize',
		'yes',
		'--save',
		'',
		'--appendonly',
		'no',
		'--pidfile',
		pidFile,
		'--dir',
		dir,
		'--logfile',
		path.join(dir, 'redis.log'),
	]);
	noteForCleanup('redis', pidFile);
	// --daemonize returns before the server listens
	for (let i = 0; i < 100; i++) {
		try {
			if (
				execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'pipe' })
					.toString()
					.trim() === 'PONG'
			)
				break;
		} catch {
			/* not yet */
		}
		await sleep(100);
	}
	return {
		port,
		stop() {
			try {
				execFileSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { stdio: 'pipe' });
			} catch {
				/* already stopped */
			}
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Environment shared by the main instance and every worker. */
function queueEnv({ pg, redis, pacingDivisor }) {
	const env = {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(pg.port),
		DB_POSTGRESDB_USER: 'n8n',
		DB_POSTGRESDB_DATABASE: 'postgres',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
	};
	if (pacingDivisor > 1) {
		env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${TIME_SCALE_PRELOAD}`.trim();
		env.HALOPSA_PACING_DIVISOR = String(pacingDivisor);
	}
	return env;
}

/** `n8n worker`, ready once its health endpoint answers. */
async function startWorker({ index, concurrency, extra, timeoutMs = 120_000 }) {
	const healthPort = await freePort();
	const brokerPort = await freePort();
	const logDir = process.env.E2E_LOG_DIR || os.tmpdir();
	const file = path.join(logDir, `worker-${index}-${process.pid}-${Date.now()}.log`);
	const out = createWriteStream(file);
	await new Promise((resolve) => out.once('open', resolve));
	const env = n8nEnv({
		port: await freePort(),
		brokerPort,
		extra: { ...extra, QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort) },
	});
	const main = path.join(required('E2E_N8N_MODULES'), 'n8n', 'bin', 'n8n');
	const child = spawn(process.execPath, [main, 'worker', `--concurrency=${concurrency}`], {
		env,
		stdio: ['ignore', out, out],
		cwd: required('E2E_USER_FOLDER'),
	});
	child.unref();
	let exited = null;
	const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	const worker = {
		index,
		pid: child.pid,
		file,
		logs: () => readFileSync(file, 'utf8'),
		/** Execution ids this worker ran, from its log. */
		executionIds() {
			return [...worker.logs().matchAll(/Worker (?:started|finished) execution (\d+)/g)]
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
				`n8n worker ${index} exited (${JSON.stringify(exited)}) before it was ready:\n${worker.logs().slice(-3000)}`,
			);
		if (Date.now() - started > timeoutMs) {
			await worker.stop();
			throw new Error(`n8n worker ${index} not ready after ${timeoutMs} ms (log ${file})`);
		}
		try {
			const res = await fetch(`http://127.0.0.1:${healthPort}/healthz/readiness`, {
				signal: AbortSignal.timeout(2000),
			});
			if (res.status === 200) break;
		} catch {
			/* not listening yet */
		}
		await sleep(250);
	}
	return worker;
}

/**
 * PostgreSQL + Redis + `n8n start` (main) + `workers` × `n8n worker --concurrency=<concurrency>`.
 * `pacingDivisor` shrinks the package's 5-minute pacing window in every n8n process (see time-scale.cjs).
 * Returns `{main, workers, restartMain(), stop()}`; `main` is test/e2e/lib/n8n.mjs's server handle.
 * stop() is safe to call twice and also after a failed start.
 */
export async function startQueueStack({ workers = 2, concurrency = 1, pacingDivisor = 1 } = {}) {
	const parts = { pg: null, redis: null, main: null, workers: [] };
	const stop = async () => {
		await Promise.all([parts.main?.stop(), ...parts.workers.map((w) => w.stop())]);
		parts.redis?.stop();
		parts.pg?.stop();
	};
	try {
		parts.pg = await startPostgres();
		parts.redis = await startRedis();
		const extra = queueEnv({ pg: parts.pg, redis: parts.redis, pacingDivisor });
		// The main instance migrates the database; workers start after it.
		parts.main = await startServer({ env: extra });
		parts.workers = await Promise.all(
			Array.from({ length: workers }, (_, index) => startWorker({ index, concurrency, extra })),
		);
		const stack = {
			get main() {
				return parts.main;
			},
			workers: parts.workers,
			/** Stops the main instance and starts it again on the same port (webhook URLs stay valid). */
			async restartMain() {
				const port = parts.main.port;
				await parts.main.stop();
				parts.main = await startServer({ env: extra, port });
				return parts.main;
			},
			/** Starts one more worker like the others. */
			async addWorker() {
				const worker = await startWorker({ index: parts.workers.length, concurrency, extra });
				parts.workers.push(worker);
				return worker;
			},
			/** Which worker ran an execution (by the workers' logs), or undefined. */
			workerOf(executionId) {
				return parts.workers.find((w) => w.executionIds().includes(String(executionId)))?.index;
			},
			stop,
		};
		return stack;
	} catch (error) {
		await stop();
		throw error;
	}
}

/** Create a workflow through the public API of a running main instance. Returns its id. */
export async function createWorkflow(server, { name, nodes, connections = {}, settings = {} }) {
	const res = await server.api('POST', '/workflows', {
		name,
		nodes,
		connections,
		settings: { executionOrder: 'v1', ...settings },
	});
	if (res.status !== 200) throw new Error(`POST /api/v1/workflows → ${res.status}: ${JSON.stringify(res.body)}`);
	return res.body.id;
}
