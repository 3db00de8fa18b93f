// The HaloPSA Trigger inside a real n8n server: activation registers a signed webhook plus Notification rows in
// Halo; a ticket logged in Halo starts exactly one execution; a delivery with a wrong or missing signature gets
// 401 and starts nothing; when n8n's URL changes the old webhook is deleted; copy mode subscribes what a webhook
// made in Halo's UI had; deactivation leaves nothing behind.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import {
	activateWorkflow,
	callWebhook,
	createCredential,
	createWorkflow,
	deactivateWorkflow,
	listExecutions,
	randomUuid,
	sleep,
	startServer,
	waitForExecutions,
} from './lib/n8n.mjs';
import { startSim } from './lib/sim.mjs';
import { triggerWorkflow, untilSecretSaved } from './lib/trigger.mjs';

const state = async (sim) => ({
	webhooks: await sim.controlRequest('GET', '/state/webhooks'),
	notifications: await sim.controlRequest('GET', '/state/notifications'),
});

/** n8n 2.x registers (and removes) a published workflow's webhooks a moment after the API answers. */
async function until(sim, done) {
	let current = await state(sim);
	for (let i = 0; i < 75 && !done(current); i++) {
		await sleep(200);
		current = await state(sim);
	}
	return current;
}

describe('HaloPSA Trigger in a real n8n', () => {
	let sim;
	let server;
	let credential;
	let workflowId;
	before(async () => {
		sim = await startSim();
		server = await startServer();
		credential = await createCredential(server, { data: sim.credentialFields() });
		workflowId = await createWorkflow(
			server,
			triggerWorkflow(credential, {
				name: 'e2e HaloPSA trigger',
				parameters: { registration: 'automatic', eventSource: 'list', events: ['3'], fetchFullRecord: true },
			}),
		);
	});
	after(async () => {
		await server?.stop();
		await sim?.close();
	});

	test('activation registers one signed webhook and its Notification rows; a new ticket runs the workflow once', async () => {
		await activateWorkflow(server, workflowId);
		const { webhooks, notifications } = await until(sim, (s) => s.webhooks.length > 0 && s.notifications.length > 0);
		assert.equal(
			webhooks.length,
			1,
			`one webhook registered in Halo; requests: ${JSON.stringify(await sim.requests())}`,
		);
		const [webhook] = webhooks;
		assert.match(webhook.url, new RegExp(`^${server.baseUrl}/webhook/`));
		assert.equal(webhook.authentication_type, 3);
		assert.equal(webhook.authentication_header, 'Token');
		assert.match(webhook.basic_password, /^[0-9a-f]{64}$/);
		const rows = notifications.filter((n) => n.webhook_id === webhook.id);
		assert.equal(rows.length, 1);
		assert.deepEqual(
			{
				type: rows[0].type,
				delivery_method: rows[0].delivery_method,
				eventno: rows[0].eventno,
				name: rows[0].name,
				filter_type: rows[0].filter_type,
				restriction_type: rows[0].restriction_type,
				conditions: rows[0].conditions,
			},
			{
				type: -2,
				delivery_method: 6,
				eventno: 3,
				name: 'New Ticket Logged',
				filter_type: 2,
				restriction_type: 0,
				conditions: [],
			},
		);
		const webhookPost = (await sim.apiRequests()).find((r) => r.method === 'POST' && r.path === '/api/Webhook');
		assert.equal(webhookPost.body[0].events, undefined);
		await untilSecretSaved(server, workflowId);

		const created = await sim.controlRequest('POST', '/act', {
			type: 'ticket.create',
			ticket: { summary: 'E2E: laptop will not boot', client_id: 1 },
		});
		await sim.controlRequest('POST', '/webhooks/wait', { timeoutMs: 10_000 });
		const delivered = await sim.controlRequest('GET', '/webhooks/deliveries');
		assert.equal(delivered[0]?.responseStatus, 200, JSON.stringify(delivered));
		const executions = await waitForExecutions(server, workflowId, (list) =>
			list.some((e) => e.finished || e.stoppedAt),
		);
		await sleep(1500);
		assert.equal((await listExecutions(server, workflowId)).length, 1, 'exactly one execution');
		assert.equal(executions[0].status, 'success');
		const items = executions[0].data.resultData.runData['HaloPSA Trigger'][0].data.main[0];
		assert.equal(items.length, 1);
		assert.equal(items[0].json.object_id, created.id);
		assert.equal(items[0].json.ticket.summary, 'E2E: laptop will not boot');
		const deliveries = await sim.controlRequest('GET', '/webhooks/deliveries');
		assert.ok(deliveries.length === 1 && deliveries[0].responseStatus === 200, JSON.stringify(deliveries));
	});

	test('a delivery with a wrong or missing signature gets 401 and starts nothing', async () => {
		const [webhook] = (await state(sim)).webhooks;
		const path = webhook.url.replace(`${server.baseUrl}/webhook/`, '');
		const before = (await listExecutions(server, workflowId)).length;
		const body = { id: randomUuid(), event: 'New Ticket Logged', object_id: 1001 };
		const wrongSignature = createHmac('sha256', 'not-the-secret').update(JSON.stringify(body)).digest('base64');
		for (const headers of [{}, { token: wrongSignature }, { authorization: `Bearer ${webhook.basic_password}` }]) {
			const res = await callWebhook(server, path, { body, headers });
			assert.equal(res.status, 401, JSON.stringify(headers));
		}
		await sleep(1500);
		assert.equal((await listExecutions(server, workflowId)).length, before);
	});

	test("n8n's webhook URL changed (a new webhook path, published): the old webhook is deleted, one at the new URL", async () => {
		const [old] = (await state(sim)).webhooks;
		const current = await server.api('GET', `/workflows/${workflowId}`);
		const nodes = current.body.nodes.map((node) => ({ ...node, webhookId: randomUuid() }));
		const updated = await server.api('PUT', `/workflows/${workflowId}`, {
			name: current.body.name,
			nodes,
			connections: current.body.connections,
			settings: { saveDataSuccessExecution: 'all' },
		});
		assert.equal(updated.status, 200, JSON.stringify(updated.body));
		await activateWorkflow(server, workflowId);
		// The new webhook and its row: n8n may activate twice here (on the update and on activation), and the
		// second activation removes the first one's rows before its webhook, so a webhook alone is not the end state.
		const { webhooks, notifications } = await until(
			sim,
			(s) =>
				s.webhooks.length === 1 &&
				s.webhooks[0].id !== old.id &&
				s.notifications.some((n) => n.webhook_id === s.webhooks[0].id),
		);
		assert.equal(webhooks.length, 1, JSON.stringify(webhooks.map((w) => w.url)));
		assert.notEqual(webhooks[0].id, old.id);
		assert.equal(webhooks[0].url, `${server.baseUrl}/webhook/${nodes[0].webhookId}/halopsa`);
		assert.deepEqual(
			notifications.filter((n) => n.webhook_id === old.id),
			[],
			'the old rows are gone too',
		);
		assert.equal(notifications.filter((n) => n.webhook_id === webhooks[0].id).length, 1);
	});

	test('deactivation deletes the Halo webhook and its subscriptions', async () => {
		await deactivateWorkflow(server, workflowId);
		const { webhooks, notifications } = await until(sim, (s) => !s.webhooks.length && !s.notifications.length);
		assert.deepEqual(webhooks, []);
		assert.deepEqual(notifications, []);
	});

	test("copy mode subscribes the events and conditions of a webhook made in Halo's UI", async () => {
		const condition = {
			fieldname: 'symptom',
			tablename: 'faults',
			type: 1,
			value_type: 'string',
			value_display: 'Incident',
		};
		const ui = await sim.controlRequest('POST', '/webhooks/ui', {
			name: 'Made in Halo',
			url: 'https://example.invalid/hook',
			authentication: 'basic',
			basic_username: 'u',
			basic_password: 'p',
			events: [{ eventno: 61, conditions: [condition] }, { eventno: 3 }],
		});
		const copyId = await createWorkflow(
			server,
			triggerWorkflow(credential, {
				name: 'e2e HaloPSA trigger copy',
				parameters: { registration: 'automatic', eventSource: 'copy', sourceWebhookId: ui.id },
			}),
		);
		await activateWorkflow(server, copyId);
		const registered = await until(sim, (s) => s.webhooks.length === 2 && s.notifications.length === 4);
		const ours = registered.webhooks.find((w) => w.id !== ui.id);
		assert.ok(ours, JSON.stringify(registered.webhooks));
		const rows = registered.notifications.filter((n) => n.webhook_id === ours.id).sort((a, b) => a.eventno - b.eventno);
		assert.deepEqual(
			rows.map((r) => r.eventno),
			[3, 61],
		);
		assert.equal(rows[1].conditions[0].value_display, 'Incident');
		assert.equal(
			registered.notifications.filter((n) => n.webhook_id === ui.id).length,
			2,
			'the UI webhook keeps its rows',
		);
		await untilSecretSaved(server, copyId);

		await sim.controlRequest('POST', '/act', {
			type: 'ticket.update',
			id: 1001,
			changes: { summary: 'E2E: copied subscription' },
		});
		const executions = await waitForExecutions(server, copyId, (list) => list.some((e) => e.finished || e.stoppedAt));
		assert.equal(
			executions[0].data.resultData.runData['HaloPSA Trigger'][0].data.main[0][0].json.ticket.summary,
			'E2E: copied subscription',
		);

		await deactivateWorkflow(server, copyId);
		const left = await until(sim, (s) => s.webhooks.length === 1);
		assert.deepEqual(
			left.webhooks.map((w) => w.id),
			[ui.id],
		);
		assert.deepEqual(
			left.notifications.map((n) => n.webhook_id),
			[ui.id, ui.id],
		);
		assert.deepEqual(await sim.specViolations(), []);
	});
});
