// The package in n8n's queue mode: PostgreSQL + Redis, a main instance, two workers (concurrency 1, so two
// executions started together run one on each worker) and two `n8n webhook` processes behind haproxy, which
// receive every production webhook (main has them disabled; WEBHOOK_URL is the balancer). Halo's 300-per-5-minutes budget is played
// 30× faster: the simulator allows 300 requests per rolling 10 s and sends no Retry-After (as hosted Halo),
// and the package's pacing window is scaled the same way in every n8n process (lib/time-scale.cjs). Not
// faster: two workers send ~60-130 updates/s here, and the budget must be the bottleneck (a 3 s window lets
// 100/s through, which they never reach, so the test would pass without any pacing).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
	activateWorkflow,
	callWebhook,
	createCredential,
	listExecutions,
	randomUuid,
	sleep,
	NODE_TYPE,
	waitForExecutions,
	webhookNode,
} from '../e2e/lib/n8n.mjs';
import { EVENTS } from '../../simulator/index.mjs';
import { isTokenRequest, startSim } from '../e2e/lib/sim.mjs';
import { triggerWorkflow, untilSecretSaved } from '../e2e/lib/trigger.mjs';
import { burstSender } from './lib/burst.mjs';
import { createWorkflow, startQueueStack } from './lib/queue.mjs';

const TIME_SCALE = 30;
const HALO_LIMIT = 300;
const WORKERS = 2;
const WEBHOOK_PROCESSES = 2;
const UPDATES = 1000;

function updatesWorkflow(credential) {
	return {
		name: 'scale: ticket updates',
		nodes: [
			webhookNode('scale-updates'),
			{
				id: randomUuid(),
				name: 'Items',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [200, 0],
				parameters: { fieldToSplitOut: 'body.items', options: {} },
			},
			{
				id: randomUuid(),
				name: 'HaloPSA',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [400, 0],
				onError: 'continueRegularOutput',
				parameters: {
					resource: 'ticket',
					operation: 'update',
					ticketId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					updateFields: { summary: '=Scale update {{ $json.id }}' },
				},
				credentials: { haloPsaApi: { id: credential.id, name: credential.name } },
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'HaloPSA', type: 'main', index: 0 }]] },
		},
	};
}

/** The trigger with its defaults (automatic registration, default event), so it survives option changes. */
const range = (from, count) => Array.from({ length: count }, (_, i) => from + i);

describe('queue mode: main + 2 workers + 2 webhook processes behind haproxy, on PostgreSQL and Redis', () => {
	let sim;
	let stack;
	let credential;
	let updatesId;
	before(async () => {
		sim = await startSim({ ticketCount: UPDATES });
		stack = await startQueueStack({
			workers: WORKERS,
			concurrency: 1,
			webhookProcesses: WEBHOOK_PROCESSES,
			pacingDivisor: TIME_SCALE,
		});
		credential = await createCredential(stack.main, {
			// 30 s backoff scaled like the window; two processes (the workers) spend the budget
			data: sim.credentialFields({
				requestBudget: HALO_LIMIT,
				processesSharingBudget: WORKERS,
				backoffSeconds: 30 / TIME_SCALE,
			}),
		});
		updatesId = await createWorkflow(stack.main, updatesWorkflow(credential));
		await activateWorkflow(stack.main, updatesId);
	});
	after(async () => {
		await stack?.stop();
		await sim?.close();
	});

	/** Starts one execution per batch at the same moment; resolves with those executions once all finished. */
	async function runBatches(batches) {
		const before = new Set((await listExecutions(stack.main, updatesId)).map((e) => e.id));
		const answers = await Promise.all(
			batches.map((ids) => callWebhook(stack.ingress, 'scale-updates', { body: { items: ids.map((id) => ({ id })) } })),
		);
		assert.deepEqual(
			answers.map((a) => a.status),
			batches.map(() => 200),
		);
		const done = (list) => list.filter((e) => !before.has(e.id) && (e.finished || e.stoppedAt));
		const list = await waitForExecutions(stack.main, updatesId, (l) => done(l).length >= batches.length, {
			timeoutMs: 300_000,
		});
		return done(list);
	}

	function assertAllUpdated(executions, expectedIds) {
		const items = executions.flatMap((e) => e.data.resultData.runData.HaloPSA[0].data.main[0].map((item) => item.json));
		assert.deepEqual(
			executions.map((e) => e.status),
			executions.map(() => 'success'),
		);
		assert.deepEqual(
			items.filter((json) => json.error),
			[],
			'failed items',
		);
		assert.deepEqual(
			items.map((json) => json.id).sort((a, b) => a - b),
			expectedIds,
		);
		const workers = executions.map((e) => stack.workerOf(e.id));
		assert.deepEqual(
			[...workers].sort(),
			range(0, WORKERS),
			`one execution on each worker (by worker logs: ${workers})`,
		);
	}

	test(`${UPDATES} ticket updates in two concurrent executions, one per worker, under a ${HALO_LIMIT}-per-window budget`, async (t) => {
		await sim.controlRequest('POST', '/config', {
			rateLimit: { limit: HALO_LIMIT, windowMs: 300_000 / TIME_SCALE, retryAfter: false },
		});
		await sim.controlRequest('DELETE', '/requests');
		const ids = range(1001, UPDATES);
		const started = Date.now();
		const executions = await runBatches([ids.slice(0, UPDATES / 2), ids.slice(UPDATES / 2)]);
		const seconds = (Date.now() - started) / 1000;
		assertAllUpdated(executions, ids);

		const log = await sim.requests();
		const writes = log.filter((r) => r.method === 'POST' && r.path.endsWith('/Tickets'));
		const refused = log.filter((r) => r.status === 429);
		const applied = new Map();
		for (const write of writes.filter((r) => r.status !== 429))
			applied.set(write.body[0].id, (applied.get(write.body[0].id) ?? 0) + 1);
		assert.deepEqual(
			[...applied.entries()].filter(([, n]) => n !== 1),
			[],
			'a ticket written more than once',
		);
		assert.equal(applied.size, UPDATES);
		const summary = `${UPDATES} updates on ${WORKERS} workers in ${seconds.toFixed(1)} s: ${refused.length} × 429, ${log.filter(isTokenRequest).length} token requests, ${writes.length} POSTs`;
		t.diagnostic(summary);
		process.stderr.write(`[scale] ${summary}\n`);
		assert.ok(refused.length <= 5, `${refused.length} 429 responses (a handful at most)`);
		await sim.controlRequest('POST', '/config', { rateLimit: null });
	});

	test('after a forced token expiry both workers use the stored token: at most one token request per worker', async (t) => {
		await sim.expireTokens();
		await sim.controlRequest('DELETE', '/requests');
		const first = await runBatches([range(1001, 20), range(1021, 20)]);
		assertAllUpdated(first, range(1001, 40));
		const afterExpiry = (await sim.requests()).filter(isTokenRequest).length;
		await sim.controlRequest('DELETE', '/requests');
		const second = await runBatches([range(1041, 20), range(1061, 20)]);
		assertAllUpdated(second, range(1041, 40));
		const later = (await sim.requests()).filter(isTokenRequest).length;
		t.diagnostic(`token requests: ${afterExpiry} after the expiry (2 executions), ${later} in the next 2 executions`);
		assert.ok(afterExpiry >= 1 && afterExpiry <= WORKERS, `${afterExpiry} token requests after the expiry`);
		assert.equal(later, 0, 'the next executions on both workers reuse the token stored in the database');
	});

	test('HaloPSA Trigger: one execution per delivery (on a worker), none for a redelivery, also on the other webhook process after the main instance restarts', async () => {
		// every parameter at its default: the test is about queue mode, not about which events
		const triggerId = await createWorkflow(stack.main, triggerWorkflow(credential, { name: 'scale: HaloPSA trigger' }));
		await activateWorkflow(stack.main, triggerId);
		const webhooks = async () => sim.controlRequest('GET', '/state/webhooks');
		for (let i = 0; i < 100 && (await webhooks()).length === 0; i++) await sleep(200);
		assert.equal((await webhooks()).length, 1, 'the trigger registered its webhook in Halo');
		assert.ok(
			(await webhooks())[0].url.startsWith(`${stack.balancer.baseUrl}/webhook/`),
			`registered with the balancer's URL (WEBHOOK_URL), not a process's: ${(await webhooks())[0].url}`,
		);
		await untilSecretSaved(stack.main, triggerId);

		const deliveries = async () => sim.controlRequest('GET', '/webhooks/deliveries');
		const settle = async () => {
			await sim.controlRequest('POST', '/webhooks/wait', { timeoutMs: 10_000 });
			await sleep(2000); // an execution that should not exist would be queued by now
		};
		const finished = async (count) =>
			waitForExecutions(
				stack.main,
				triggerId,
				(list) => list.filter((e) => e.finished || e.stoppedAt).length >= count,
				{ timeoutMs: 60_000 },
			);

		await sim.controlRequest('POST', '/act', {
			type: 'ticket.create',
			ticket: { summary: 'Scale: delivery 1', client_id: 1 },
		});
		await settle();
		let executions = await finished(1);
		assert.equal(executions.length, 1, 'one delivery, one execution');
		assert.notEqual(stack.workerOf(executions[0].id), undefined, 'the execution ran on a worker');
		const [original] = (await deliveries()).filter((d) => !d.redelivery_of);
		assert.equal(original.responseStatus, 200);
		// The balancer alternates between the webhook processes: redeliveries go straight to a chosen one.
		const resender = burstSender(sim, { eventno: EVENTS.TICKET_CREATED, processes: stack.webhookProcesses });
		const took = resender.servedBy(original);
		assert.ok(took === 0 || took === 1, `answered by a webhook process (test-only header: ${took})`);

		const again = await resender.resend(original, took);
		await settle();
		assert.equal(
			(await listExecutions(stack.main, triggerId)).length,
			1,
			'a redelivery within the window, to the process that took the delivery, runs nothing',
		);

		await stack.restartMain();
		// n8n 2.41.1 saves the trigger's static data after a request that started nothing (the redelivery above),
		// not after one that started an execution: the other process finds the id in the saved window.
		const elsewhere = await resender.resend(original, 1 - took);
		await settle();
		assert.equal(
			(await listExecutions(stack.main, triggerId)).length,
			1,
			'after a main restart, the same redelivery to the other webhook process still runs nothing',
		);
		assert.deepEqual(
			[again, elsewhere].map((r) => [r.delivery.responseStatus, r.delivery.responseBody]),
			[
				[200, '{"received":1,"accepted":0}'],
				[200, '{"received":1,"accepted":0}'],
			],
			'redeliveries acknowledged, nothing accepted',
		);

		await sim.controlRequest('POST', '/act', {
			type: 'ticket.create',
			ticket: { summary: 'Scale: delivery 2', client_id: 1 },
		});
		await settle();
		executions = await finished(2);
		assert.equal(executions.length, 2, 'a new delivery after the restart runs exactly one execution');
		assert.ok(
			executions.every((e) => stack.workerOf(e.id) !== undefined),
			'on workers',
		);
		assert.equal((await webhooks()).length, 1, 'the restart registered no second webhook in Halo');
		assert.deepEqual(await sim.specViolations(), []);
	});
});
