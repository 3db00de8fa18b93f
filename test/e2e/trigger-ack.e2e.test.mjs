// A burst of signed deliveries from the simulator's sender into the HaloPSA Trigger inside a real n8n: every
// accepted delivery is answered by n8n only once its execution exists (its start time is not after the moment
// the 200 reached Halo), forged deliveries get 401 and replays are answered without an execution, the
// execution count is exact; and n8n main's peak memory is compared with the same burst into n8n's own
// Webhook node. Loopback only; bounded: BURST deliveries in waves of IN_FLIGHT.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import {
	activateWorkflow,
	createCredential,
	deactivateWorkflow,
	listExecutions,
	n8nMajor,
	randomUuid,
	sleep,
	startServer,
	webhookNodeWorkflow,
} from './lib/n8n.mjs';
import { startSim } from './lib/sim.mjs';
import { triggerWorkflow, untilSecretSaved } from './lib/trigger.mjs';

const BURST = 200;
const IN_FLIGHT = 20;

/** n8n main's resident memory, sampled every 50 ms until stop() (MB). */
function sampleRss(pid) {
	const read = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
	const before = read();
	let peak = before;
	const timer = setInterval(() => (peak = Math.max(peak, read())), 50);
	return {
		stop: () => {
			clearInterval(timer);
			return { before: Math.round(before), peak: Math.round(Math.max(peak, read())) };
		},
	};
}

/** BURST new tickets in Halo, IN_FLIGHT at a time: each wave's deliveries are answered before the next. */
async function burst(sim) {
	for (let sent = 0; sent < BURST; sent += IN_FLIGHT) {
		await Promise.all(
			Array.from({ length: IN_FLIGHT }, (_, i) =>
				sim.controlRequest('POST', '/act', {
					type: 'ticket.create',
					ticket: { summary: `Burst ${sent + i}`, client_id: 1 },
				}),
			),
		);
		await untilSent(sim);
	}
	if (process.env.E2E_DEBUG) console.log(`[trigger-ack] burst sent`);
}

/** Until the sender has nothing in flight (each call waits at most 8 s: the control client gives up at 10). */
async function untilSent(sim, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	while (!(await sim.controlRequest('POST', '/webhooks/wait', { timeoutMs: 8000 })).idle) {
		if (Date.now() > deadline) throw new Error(`deliveries still in flight after ${timeoutMs} ms`);
	}
}

const deliveriesTo = async (sim, url) =>
	(await sim.controlRequest('GET', '/webhooks/deliveries')).filter((d) => d.url === url && !d.redelivery_of);

/** How long Halo waited for its answers: median and slowest (ms). */
function latency(deliveries) {
	const sorted = deliveries.map((d) => d.durationMs).sort((a, b) => a - b);
	return `answer time median ${sorted[Math.floor(sorted.length / 2)]} ms, slowest ${sorted.at(-1)} ms`;
}

async function untilExecutions(server, workflowId, count, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	let list = [];
	while (Date.now() < deadline) {
		list = await listExecutions(server, workflowId, { limit: 250 });
		if (list.length >= count && list.every((e) => e.stoppedAt)) return list;
		await sleep(500);
	}
	return list;
}

describe('HaloPSA Trigger: n8n answers Halo once it holds the execution', () => {
	let sim;
	let server;
	let credential;
	const memory = {};
	before(async () => {
		// Halo's own time-out is not known; on a shared 2-core machine n8n may take a while under a burst, and this
		// test is about the order of answer and execution, not latency.
		sim = await startSim({ webhookSender: { timeoutMs: 60_000 } });
		server = await startServer();
		credential = await createCredential(server, { data: sim.credentialFields() });
	});
	after(async () => {
		if (memory.trigger && memory.webhookNode) {
			console.log(
				`[trigger-ack] n8n ${n8nMajor()}.x main RSS, ${BURST} deliveries ${IN_FLIGHT} in flight: HaloPSA Trigger ${memory.trigger.before} → peak ${memory.trigger.peak} MB; built-in Webhook node ${memory.webhookNode.before} → peak ${memory.webhookNode.peak} MB`,
			);
		}
		await server?.stop();
		await sim?.close();
	});

	test(`${BURST} signed deliveries: exact executions, each existing before its 200; forgeries and replays refused`, async () => {
		const created = await server.api(
			'POST',
			'/workflows',
			triggerWorkflow(credential, {
				name: 'e2e trigger burst',
				parameters: { registration: 'automatic', eventSource: 'list', events: ['3'], fetchFullRecord: true },
			}),
		);
		const workflowId = created.body.id;
		await activateWorkflow(server, workflowId);
		await untilSecretSaved(server, workflowId);
		const [webhook] = await sim.controlRequest('GET', '/state/webhooks');
		assert.ok(webhook, 'registered in Halo');

		const rss = sampleRss(server.pid);
		const started = Date.now();
		await burst(sim);
		memory.trigger = rss.stop();
		const deliveries = await deliveriesTo(sim, webhook.url);
		console.log(`[trigger-ack] HaloPSA Trigger: ${latency(deliveries)}`);
		assert.equal(deliveries.length, BURST);
		assert.deepEqual(
			deliveries.filter((d) => d.responseStatus !== 200).map((d) => [d.responseStatus, d.error]),
			[],
			'every delivery answered 200',
		);
		for (const d of deliveries.slice(0, 3)) assert.deepEqual(JSON.parse(d.responseBody), { received: 1, accepted: 1 });

		// Forgeries (a wrong signature) and replays (Halo re-sending a delivery) start nothing.
		for (let i = 0; i < 5; i++) {
			const res = await fetch(webhook.url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', token: 'forged' },
				body: JSON.stringify(deliveries[i].body),
			});
			assert.equal(res.status, 401);
		}
		for (const d of deliveries.slice(0, 5)) {
			const again = await sim.controlRequest('POST', '/webhooks/redeliver', { delivery_id: d.delivery_id });
			assert.equal(again.responseStatus, 200);
			assert.deepEqual(JSON.parse(again.responseBody), { received: 1, accepted: 0 });
		}

		const executions = await untilExecutions(server, workflowId, BURST);
		await sleep(1000);
		assert.equal((await listExecutions(server, workflowId, { limit: 250 })).length, BURST, 'exactly one per delivery');
		const startedAt = new Map(
			executions.map((e) => [
				e.data.resultData.runData['HaloPSA Trigger'][0].data.main[0][0].json.id,
				Date.parse(e.startedAt),
			]),
		);
		const early = deliveries.filter((d) => !(startedAt.get(d.envelope_ids[0]) <= d.answeredAt));
		console.log(
			`[trigger-ack] n8n ${n8nMajor()}.x: ${BURST} deliveries in ${Date.now() - started} ms; answered before their execution started: ${early.length}`,
		);
		// n8n 1.x answers an onReceived webhook before it creates the execution (webhook-helpers: the response
		// goes out, then WorkflowRunner.run), for its own Webhook node as for this trigger: only 2.x can hold it.
		if (n8nMajor() < 2) return await deactivateWorkflow(server, workflowId);
		assert.deepEqual(
			early.map((d) => ({
				id: d.envelope_ids[0],
				answeredAt: d.answeredAt,
				startedAt: startedAt.get(d.envelope_ids[0]),
			})),
			[],
			'no delivery answered before its execution existed',
		);
		await deactivateWorkflow(server, workflowId);
	});

	test(`the same burst into n8n's built-in Webhook node (memory reference)`, async () => {
		const path = `burst-${randomUuid()}`;
		const created = await server.api('POST', '/workflows', {
			...webhookNodeWorkflow(path, 'e2e webhook-node burst'),
			settings: { saveDataSuccessExecution: 'all' },
		});
		const workflowId = created.body.id;
		await activateWorkflow(server, workflowId);
		const url = `${server.baseUrl}/webhook/${path}`;
		await sim.controlRequest('POST', '/webhooks/ui', { name: 'Built-in node', url, events: [{ eventno: 3 }] });
		for (let i = 0; i < 50; i++) {
			const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
			if (res.status === 200) break;
			await sleep(200);
		}
		await sleep(500);
		const warmup = (await listExecutions(server, workflowId, { limit: 250 })).length;

		const rss = sampleRss(server.pid);
		await burst(sim);
		memory.webhookNode = rss.stop();
		const deliveries = await deliveriesTo(sim, url);
		console.log(`[trigger-ack] built-in Webhook node: ${latency(deliveries)}`);
		assert.deepEqual(
			deliveries.filter((d) => d.responseStatus !== 200).map((d) => [d.responseStatus, d.error]),
			[],
			'every delivery answered 200',
		);
		assert.equal(deliveries.length, BURST);
		const executions = await untilExecutions(server, workflowId, BURST + warmup);
		assert.equal(executions.length, BURST + warmup);
		const startedAt = new Map(
			executions.map((e) => [
				e.data.resultData.runData.Webhook[0].data.main[0][0].json.body?.id,
				Date.parse(e.startedAt),
			]),
		);
		const early = deliveries.filter((d) => !(startedAt.get(d.envelope_ids[0]) <= d.answeredAt)).length;
		console.log(`[trigger-ack] built-in Webhook node: answered before their execution started: ${early}`);
		await deactivateWorkflow(server, workflowId);
		// On a shared 2-core machine the figures move with load: the comparison is printed, and only a gross
		// excess (more than twice the built-in node's peak) fails.
		assert.ok(
			memory.trigger.peak <= 2 * memory.webhookNode.peak,
			`trigger peak ${memory.trigger.peak} MB vs Webhook node ${memory.webhookNode.peak} MB`,
		);
	});
});
