// n8n in queue mode for the scale tier (scripts/scale.sh) and the queue-mode benchmark: a scratch
// PostgreSQL and Redis (lib/services.mjs), an n8n main instance, N workers and, optionally, N `n8n webhook`
// processes behind haproxy (lib/balancer.mjs), all sharing one user folder (the packed package installed in
// .n8n/nodes) and one encryption key. Builds on the e2e helpers (test/e2e/lib/n8n.mjs) for the environment,
// the main server and its APIs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort, startServer } from '../../e2e/lib/n8n.mjs';
import { startBalancer } from './balancer.mjs';
import { startQueueProcess } from './n8n-process.mjs';
import { startPostgres, startRedis } from './services.mjs';

const TIME_SCALE_PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'time-scale.cjs');

/** Environment shared by every n8n process of the stack. */
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

/**
 * PostgreSQL + Redis + `n8n start` (main) + `workers` × `n8n worker --concurrency=<concurrency>` and, when
 * `webhookProcesses` > 0, that many `n8n webhook` processes behind haproxy: every process gets WEBHOOK_URL =
 * the balancer (the URL a trigger registers in Halo) and main N8N_DISABLE_PRODUCTION_MAIN_PROCESS=true.
 * `pacingDivisor` shrinks the package's 5-minute pacing window in every n8n process (see time-scale.cjs);
 * `env` is added to every process's environment.
 * Returns `{main, workers, webhookProcesses, balancer, pg, ingress, restartMain(), addWorker(), workerOf(), stop()}`;
 * `main` is test/e2e/lib/n8n.mjs's server handle, `ingress` (`{baseUrl}`) where production webhooks are
 * called: the balancer, or main without webhook processes. stop() is safe to call twice and after a failed start.
 */
export async function startQueueStack({
	workers = 2,
	concurrency = 1,
	webhookProcesses = 0,
	pacingDivisor = 1,
	env = {},
} = {}) {
	const parts = { pg: null, redis: null, main: null, workers: [], webhooks: [], balancer: null };
	const stop = async () => {
		await parts.balancer?.stop();
		await Promise.all([
			parts.main?.stop(),
			...parts.workers.map((w) => w.stop()),
			...parts.webhooks.map((w) => w.stop()),
		]);
		parts.redis?.stop();
		parts.pg?.stop();
	};
	try {
		parts.pg = await startPostgres();
		parts.redis = await startRedis();
		const extra = { ...queueEnv({ pg: parts.pg, redis: parts.redis, pacingDivisor }), ...env };
		const balancerPort = webhookProcesses > 0 ? await freePort() : undefined;
		if (balancerPort) extra.WEBHOOK_URL = `http://127.0.0.1:${balancerPort}/`;
		const mainEnv = balancerPort ? { ...extra, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' } : extra;
		// The main instance migrates the database; the other processes start after it.
		parts.main = await startServer({ env: mainEnv });
		const start = (role, count) =>
			Array.from({ length: count }, (_, index) => startQueueProcess({ role, index, concurrency, extra }));
		[parts.workers, parts.webhooks] = await Promise.all([
			Promise.all(start('worker', workers)),
			Promise.all(start('webhook', webhookProcesses)),
		]);
		if (balancerPort)
			parts.balancer = await startBalancer({
				port: balancerPort,
				mainPort: parts.main.port,
				webhookPorts: parts.webhooks.map((w) => w.port),
			});
		return {
			get main() {
				return parts.main;
			},
			workers: parts.workers,
			webhookProcesses: parts.webhooks,
			balancer: parts.balancer,
			/** the scratch PostgreSQL (`{port}`), for lib/services.mjs sql() */
			pg: parts.pg,
			ingress: { baseUrl: parts.balancer?.baseUrl ?? parts.main.baseUrl },
			/** Stops the main instance and starts it again on the same port (webhook URLs stay valid). */
			async restartMain() {
				const port = parts.main.port;
				await parts.main.stop();
				parts.main = await startServer({ env: mainEnv, port });
				return parts.main;
			},
			/** Starts one more worker like the others. */
			async addWorker() {
				const worker = await startQueueProcess({ role: 'worker', index: parts.workers.length, concurrency, extra });
				parts.workers.push(worker);
				return worker;
			},
			/** Which worker ran an execution (by the workers' logs), or undefined. */
			workerOf(executionId) {
				return parts.workers.find((w) => w.executionIds().includes(String(executionId)))?.index;
			},
			stop,
		};
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
