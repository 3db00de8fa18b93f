// The HaloPSA Trigger inside a real n8n server: automatic registration in Halo on activation, a ticket
// created in Halo starts exactly one execution, deactivation leaves nothing behind in Halo, and a forged
// delivery to the production URL starts nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
	activateWorkflow,
	callWebhook,
	createCredential,
	deactivateWorkflow,
	listExecutions,
	randomUuid,
	sleep,
	startServer,
	TRIGGER_TYPE,
	waitForExecutions,
} from './lib/n8n.mjs';
import { startSim } from './lib/sim.mjs';

function triggerWorkflow(credential) {
	return {
		name: 'e2e HaloPSA trigger',
		nodes: [
			{
				id: randomUuid(),
				name: 'HaloPSA Trigger',
				type: TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				webhookId: randomUuid(),
				parameters: { registration: 'automatic', events: ['ticketCreated'], fetchFullRecord: true },
				credentials: { haloPsaApi: { id: credential.id, name: credential.name } },
			},
		],
		connections: {},
		settings: { saveDataSuccessExecution: 'all' },
	};
}

async function ourWebhooks(sim) {
	const webhooks = await sim.controlRequest('GET', '/state/webhooks');
	const notifications = await sim.controlRequest('GET', '/state/notifications');
	return { webhooks, notifications };
}

describe('HaloPSA Trigger in a real n8n', () => {
	let sim;
	let server;
	let workflowId;
	before(async () => {
		sim = await startSim();
		server = await startServer();
		const credential = await createCredential(server, { data: sim.credentialData() });
		workflowId = await importWorkflowViaApi(server, triggerWorkflow(credential));
	});
	after(async () => {
		await server?.stop();
		await sim?.close();
	});

	test('activation registers one Halo webhook with Basic auth pointing at n8n; a new ticket runs the workflow once', async () => {
		await activateWorkflow(server, workflowId);
		// n8n 2.x registers a published workflow's webhooks a moment after the API answers.
		let registered = await ourWebhooks(sim);
		for (let i = 0; i < 50 && registered.webhooks.length === 0; i++) {
			await sleep(200);
			registered = await ourWebhooks(sim);
		}
		const { webhooks, notifications } = registered;
		assert.equal(webhooks.length, 1, `one webhook registered in Halo; requests: ${JSON.stringify(await sim.requests())}`);
		const [webhook] = webhooks;
		assert.match(webhook.url, new RegExp(`^${server.baseUrl}/webhook/`));
		assert.equal(webhook.authentication_type, 1);
		assert.equal(notifications.filter((n) => n.webhook_id === webhook.id).length, 1);

		const created = await sim.controlRequest('POST', '/act', { type: 'ticket.create', ticket: { summary: 'E2E: laptop will not boot', client_id: 1 } });
		const executions = await waitForExecutions(server, workflowId, (list) => list.some((e) => e.finished || e.stoppedAt));
		await sleep(1500);
		const all = await listExecutions(server, workflowId);
		assert.equal(all.length, 1, 'exactly one execution');
		assert.equal(executions[0].status, 'success');
		const items = executions[0].data.resultData.runData['HaloPSA Trigger'][0].data.main[0];
		assert.equal(items.length, 1);
		assert.equal(items[0].json.object_id, created.id);
		assert.equal(items[0].json.ticket.summary, 'E2E: laptop will not boot');
		const deliveries = await sim.controlRequest('GET', '/webhooks/deliveries');
		assert.ok(deliveries.length >= 1 && deliveries.every((d) => d.responseStatus === 200), JSON.stringify(deliveries));
	});

	test('a forged delivery to the production URL gets 401 and starts nothing', async () => {
		const [webhook] = (await ourWebhooks(sim)).webhooks;
		const path = webhook.url.replace(`${server.baseUrl}/webhook/`, '');
		const before = (await listExecutions(server, workflowId)).length;
		for (const headers of [{}, { authorization: `Basic ${Buffer.from('n8n-x:guess').toString('base64')}` }]) {
			const res = await callWebhook(server, path, { body: { id: randomUuid(), event: 'new ticket logged', object_id: 1001 }, headers });
			assert.equal(res.status, 401);
		}
		await sleep(1500);
		assert.equal((await listExecutions(server, workflowId)).length, before);
	});

	test('deactivation deletes the Halo webhook and its subscriptions', async () => {
		await deactivateWorkflow(server, workflowId);
		let left = await ourWebhooks(sim);
		for (let i = 0; i < 50 && (left.webhooks.length || left.notifications.length); i++) {
			await sleep(200);
			left = await ourWebhooks(sim);
		}
		const { webhooks, notifications } = left;
		assert.deepEqual(webhooks, []);
		assert.deepEqual(notifications, []);
		assert.deepEqual(await sim.specViolations(), []);
	});
});

/** Workflows with a webhook id import fine through the CLI too, but the server is already running here. */
async function importWorkflowViaApi(server, workflow) {
	const res = await server.api('POST', '/workflows', { name: workflow.name, nodes: workflow.nodes, connections: workflow.connections, settings: workflow.settings });
	if (res.status !== 200) throw new Error(`POST /api/v1/workflows → ${res.status}: ${JSON.stringify(res.body)}`);
	return res.body.id;
}
