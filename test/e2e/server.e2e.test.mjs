// The n8n server with the installed package: it loads the node, trigger and credential types, and the
// server-side helpers of this tier work (API key, activation through the public API, webhooks, execution
// listing). Uses only core nodes for the workflow so a failure here points at the tier, not the package.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
	activateWorkflow,
	callWebhook,
	CREDENTIAL_TYPE,
	deactivateWorkflow,
	importWorkflows,
	NODE_TYPE,
	publishWorkflow,
	randomId,
	randomUuid,
	sleep,
	startServer,
	TRIGGER_TYPE,
	waitForExecutions,
	webhookNodeWorkflow,
} from './lib/n8n.mjs';

describe('n8n server with the package installed', () => {
	let server;
	const paths = { published: `e2e-${randomId(8).toLowerCase()}`, activated: `e2e-${randomId(8).toLowerCase()}` };
	const ids = {};
	before(async () => {
		[ids.published, ids.activated] = await importWorkflows([
			webhookNodeWorkflow(paths.published),
			webhookNodeWorkflow(paths.activated),
		]);
		await publishWorkflow(ids.published);
		server = await startServer();
	});
	after(async () => {
		await server?.stop();
	});

	test('loads the HaloPSA node, trigger and credential types', async () => {
		assert.deepEqual(server.loadErrors(), [], 'n8n could not load the package');
		const nodes = await (await server.fetch('/types/nodes.json')).json();
		const names = new Set(nodes.map((n) => n.name));
		assert.ok(names.has(NODE_TYPE), `${NODE_TYPE} not loaded`);
		const pkg = JSON.parse(
			readFileSync(
				path.join(process.env.E2E_USER_FOLDER, '.n8n/nodes/node_modules/n8n-nodes-halopsa/package.json'),
				'utf8',
			),
		);
		if (pkg.n8n.nodes.some((file) => /Trigger\.node\.js$/.test(file))) {
			assert.ok(names.has(TRIGGER_TYPE), `${TRIGGER_TYPE} not loaded`);
		}
		const credentials = await (await server.fetch('/types/credentials.json')).json();
		assert.ok(
			credentials.some((c) => c.name === CREDENTIAL_TYPE),
			`${CREDENTIAL_TYPE} not loaded`,
		);
	});

	test("serves the editor's output schemas and gives both nodes their search aliases (codex)", async () => {
		// the editor asks /schemas/<type>/<padded version>/<resource>/<operation>.json for the schema preview
		const schema = await server.fetch(`/schemas/${NODE_TYPE}/1.0.0/ticket/get.json`);
		assert.equal(schema.status, 200);
		assert.equal((await schema.json()).properties.status_name.type, 'string');
		assert.equal((await server.fetch(`/schemas/${NODE_TYPE}/1.0.0/ticket/noSuchOperation.json`)).status, 404);
		const nodes = await (await server.fetch('/types/nodes.json')).json();
		for (const type of [NODE_TYPE, TRIGGER_TYPE]) {
			const { codex } = nodes.find((n) => n.name === type);
			assert.ok(codex?.alias?.includes('Halo'), `${type}: no "Halo" alias in ${JSON.stringify(codex)}`);
		}
	});

	test('a workflow published before the start (n8n publish:workflow) answers its webhook', async () => {
		const res = await callWebhook(server, paths.published, { body: { published: true } });
		assert.equal(res.status, 200, `webhook answered ${res.status}: ${JSON.stringify(res.body)}`);
		const executions = await waitForExecutions(server, ids.published);
		assert.equal(executions[0].status, 'success');
	});

	test('activate through the public API, call the webhook, list the execution', async () => {
		const path = paths.activated;
		const workflowId = ids.activated;
		await activateWorkflow(server, workflowId);
		const res = await callWebhook(server, path, { body: { hello: 'e2e' } });
		assert.equal(res.status, 200, `webhook answered ${res.status}: ${JSON.stringify(res.body)}`);
		const executions = await waitForExecutions(server, workflowId);
		assert.equal(executions.length, 1);
		assert.equal(executions[0].status, 'success');
		const body = executions[0].data.resultData.runData.Webhook[0].data.main[0][0].json.body;
		assert.deepEqual(body, { hello: 'e2e' });
		await deactivateWorkflow(server, workflowId);
		// Deactivation takes effect a moment after the API answers.
		let status;
		for (let i = 0; i < 40 && status !== 404; i++) {
			if (i) await sleep(250);
			status = (await callWebhook(server, path, { body: {}, timeoutMs: 0 })).status;
		}
		assert.equal(status, 404, 'the webhook still answers 10 s after deactivation');
	});
});
