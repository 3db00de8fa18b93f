// Self-test of test/harness/engine.mjs against the plain-JS fixture package in test/harness/fixture
// and a tiny local HTTP server (no HaloPSA code involved).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../harness/engine.mjs';

const fixtureDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../harness/fixture');
const FILE_BYTES = Buffer.from([0, 1, 2, 250, 251, 252, 10, 13, 0x89, 0x50, 0x4e, 0x47]);

// ---- fake API: OAuth-ish token endpoint + bearer-protected resources ---------------------------
const api = { tokensIssued: 0, validToken: undefined, hits: [], uploads: [], hooks: [] };
const server = http.createServer((req, res) => {
	const chunks = [];
	req.on('data', (c) => chunks.push(c));
	req.on('end', () => {
		const url = new URL(req.url, 'http://x');
		const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : undefined;
		api.hits.push(`${req.method} ${url.pathname}`);
		const send = (status, json) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(json));
		};
		if (url.pathname === '/token') {
			if (body?.client_secret !== 'secret') return send(401, { error: 'invalid_client' });
			api.validToken = `tok-${++api.tokensIssued}`;
			return send(200, { access_token: api.validToken, token_type: 'Bearer' });
		}
		if (!api.validToken || req.headers.authorization !== `Bearer ${api.validToken}`)
			return send(401, { error: 'invalid token' });
		if (url.pathname === '/me') return send(200, { id: 7, name: 'Harness User' });
		if (url.pathname === '/fail') return send(500, { error: 'boom' });
		if (url.pathname === '/things') {
			const page = Number(url.searchParams.get('page') ?? 1);
			const all = [
				{ id: 1, name: 'printer' },
				{ id: 2, name: 'laptop' },
				{ id: 3, name: 'printer 2' },
			];
			const search = url.searchParams.get('search');
			return send(
				200,
				all.filter((t) => !search || t.name.includes(search)).map((t) => ({ ...t, id: t.id * page })),
			);
		}
		if (url.pathname === '/file') {
			res.writeHead(200, { 'content-type': 'application/octet-stream' });
			return res.end(FILE_BYTES);
		}
		if (url.pathname === '/upload') {
			api.uploads.push(Buffer.from(body.base64, 'base64'));
			return send(200, { received: Buffer.from(body.base64, 'base64').length });
		}
		if (url.pathname === '/hooks') {
			api.hooks.push(body);
			return send(200, { id: `hook-${api.hooks.length}` });
		}
		return send(404, { error: 'not found' });
	});
});

let engine;
let baseUrl;
before(async () => {
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${server.address().port}`;
	engine = await createEngine({
		packageDir: fixtureDir,
		credentials: { fixtureApi: { baseUrl, clientId: 'id', clientSecret: 'secret' } },
	});
});
after(() => server.close());

const count = (what) => api.hits.filter((h) => h === what).length;
const getMe = (extra = {}) =>
	engine.runNode({ type: 'fixtureHttp', parameters: { operation: 'get', path: '/me' }, ...extra });

test('token is fetched once and persisted into the credential store across runs', async () => {
	const first = await getMe();
	assert.equal(first.error, undefined);
	assert.deepEqual(
		first.items.map((i) => i.json),
		[{ id: 7, name: 'Harness User' }],
	);
	const second = await getMe();
	assert.equal(second.error, undefined);
	assert.equal(api.tokensIssued, 1);
	assert.equal(engine.credentialStore.get('fixtureApi').accessToken, 'tok-1');
	assert.deepEqual(
		engine.credentialStore.updates.map((u) => u.data.accessToken),
		['tok-1'],
	);
});

test('a 401 makes n8n refresh the token once and retry once', async () => {
	api.validToken = 'rotated-elsewhere';
	const mesBefore = count('GET /me');
	const res = await getMe();
	assert.equal(res.error, undefined);
	assert.equal(res.items[0].json.id, 7);
	assert.equal(api.tokensIssued, 2);
	assert.equal(count('GET /me') - mesBefore, 2); // the 401 and the retry
	assert.equal(engine.credentialStore.get('fixtureApi').accessToken, 'tok-2');
});

test('node errors: failed run without continueOnFail, error item with it', async () => {
	const failing = await engine.runNode({ type: 'fixtureHttp', parameters: { operation: 'get', path: '/fail' } });
	assert.ok(failing.error, 'expected a workflow error');
	assert.equal(failing.error.httpCode, '500');
	assert.equal(failing.items.length, 0);
	const continued = await engine.runNode({
		type: 'fixtureHttp',
		parameters: { operation: 'get', path: '/fail' },
		continueOnFail: true,
		items: [{ json: { n: 1 } }, { json: { n: 2 } }],
	});
	assert.equal(continued.error, undefined);
	assert.equal(continued.items.length, 2);
	assert.equal(continued.items[0].json.error, failing.error.message);
});

test('loadOptions and listSearch methods run with credentials and current parameters', async () => {
	const options = await engine.loadOptions({ type: 'fixtureHttp', method: 'getThings', parameters: { path: '/x' } });
	assert.deepEqual(
		options.map((o) => o.name),
		['printer', 'laptop', 'printer 2'],
	);
	const page1 = await engine.listSearch({ type: 'fixtureHttp', method: 'searchThings', filter: 'printer' });
	assert.deepEqual(
		page1.results.map((r) => r.value),
		[1, 3],
	);
	assert.equal(page1.paginationToken, '2');
	const page2 = await engine.listSearch({
		type: 'fixtureHttp',
		method: 'searchThings',
		filter: 'printer',
		paginationToken: '2',
	});
	assert.deepEqual(
		page2.results.map((r) => r.value),
		[2, 6],
	);
	assert.equal(page2.paginationToken, undefined);
});

test('webhook(): rejects, ignores and accepts requests; static data persists', async () => {
	const spec = { type: 'fixtureTrigger', parameters: { secret: 's3', event: 'created' }, workflowId: 'wh-test' };
	const rejected = await engine.runWebhook({
		...spec,
		request: { headers: { 'X-Secret': 'nope' }, body: { event: 'created' } },
	});
	assert.equal(rejected.noWebhookResponse, true);
	assert.equal(rejected.responseStatus, 401);
	assert.equal(rejected.workflowData, undefined);

	const ignored = await engine.runWebhook({
		...spec,
		request: { headers: { 'X-Secret': 's3' }, body: { event: 'other' } },
	});
	assert.equal(ignored.workflowData, undefined);
	assert.equal(ignored.responseBody, 'ignored');

	const accepted = await engine.runWebhook({
		...spec,
		request: { headers: { 'x-secret': 's3' }, body: { event: 'created', id: 5 }, query: { a: '1' } },
	});
	assert.equal(accepted.responseStatus, 200);
	assert.deepEqual(accepted.workflowData[0][0].json, { event: 'created', id: 5, count: 2, query: { a: '1' } });
	assert.equal(engine.getStaticData('wh-test')['node:Trigger'].count, 2);

	// continue the execution like n8n does: the trigger node's webhook output starts the workflow
	const wf = {
		id: 'wh-test',
		nodes: [
			{
				name: 'Trigger',
				type: 'CUSTOM.fixtureTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: spec.parameters,
				credentials: { fixtureApi: { id: '1', name: 'x' } },
			},
			{
				name: 'Label',
				type: 'CUSTOM.fixtureVersioned',
				typeVersion: 2,
				position: [200, 0],
				parameters: { label: '={{ $json.event }}-{{ $json.id }}' },
			},
		],
		connections: { Trigger: { main: [[{ node: 'Label', type: 'main', index: 0 }]] } },
	};
	const run = await engine.runWorkflow(wf, { startNode: 'Trigger', startItems: accepted.workflowData[0] });
	assert.equal(run.error, undefined);
	assert.equal(run.lastNode, 'Label');
	assert.equal(run.items[0].json.label, 'created-5');
});

test('webhookMethods: checkExists/create/delete with static data and the webhook URL', async () => {
	const spec = { type: 'fixtureTrigger', parameters: { event: 'created' }, workflowId: 'wh-methods' };
	assert.equal(await engine.runWebhookMethod({ ...spec, method: 'checkExists' }), false);
	assert.equal(
		await engine.runWebhookMethod({ ...spec, method: 'create', webhookUrl: 'https://n8n.example/webhook/abc' }),
		true,
	);
	assert.deepEqual(api.hooks.at(-1), { url: 'https://n8n.example/webhook/abc', event: 'created' });
	assert.equal(engine.getStaticData('wh-methods')['node:Trigger'].webhookId, 'hook-1');
	assert.equal(await engine.runWebhookMethod({ ...spec, method: 'checkExists' }), true);
	await engine.runWebhookMethod({ ...spec, method: 'create' });
	assert.match(api.hooks.at(-1).url, /^http:\/\/127\.0\.0\.1:5678\/webhook\/harness-webhook-id\/fixture$/);
	assert.equal(await engine.runWebhookMethod({ ...spec, method: 'delete' }), true);
	assert.equal(await engine.runWebhookMethod({ ...spec, method: 'checkExists' }), false);
});

test('binary helpers round-trip (prepareBinaryData -> getBinaryDataBuffer) across nodes and runs', async () => {
	const downloaded = await engine.runNode({
		type: 'fixtureHttp',
		parameters: { operation: 'download', path: '/file' },
	});
	assert.equal(downloaded.error, undefined);
	const binary = downloaded.items[0].binary.data;
	assert.equal(binary.bytes, FILE_BYTES.length);
	assert.equal(binary.mimeType, 'application/octet-stream');
	// stored like a default n8n 2.x install (a file, not inline base64) unless HARNESS_BINARY_MODE=memory
	if (process.env.HARNESS_BINARY_MODE !== 'memory') assert.match(binary.id, /^filesystem/);
	const uploaded = await engine.runNode({
		type: 'fixtureHttp',
		parameters: { operation: 'upload', path: '/upload' },
		items: downloaded.items,
	});
	assert.equal(uploaded.error, undefined);
	assert.deepEqual(api.uploads.at(-1), FILE_BYTES);

	const wf = {
		nodes: [
			{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				name: 'Download',
				type: 'CUSTOM.fixtureHttp',
				typeVersion: 1,
				position: [200, 0],
				parameters: { operation: 'download', path: '/file' },
				credentials: { fixtureApi: { id: '1', name: 'x' } },
			},
			{
				name: 'Upload',
				type: 'n8n-nodes-harness-fixture.fixtureHttp',
				typeVersion: 1,
				position: [400, 0],
				parameters: { operation: 'upload', path: '/upload' },
				credentials: { fixtureApi: { id: '1', name: 'x' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Download', type: 'main', index: 0 }]] },
			Download: { main: [[{ node: 'Upload', type: 'main', index: 0 }]] },
		},
	};
	const run = await engine.runWorkflow(wf);
	assert.equal(run.error, undefined);
	assert.deepEqual(
		run.output('Upload').map((i) => i.json),
		[{ received: FILE_BYTES.length }],
	);
});

test('versioned node types resolve the requested or default version', async () => {
	const v1 = await engine.runNode({ type: 'fixtureVersioned', typeVersion: 1, items: [{ json: { a: 1 } }] });
	assert.deepEqual(v1.items[0].json, { a: 1, label: 'v1', version: 1 });
	const latest = await engine.runNode({ type: 'fixtureVersioned', parameters: { label: 'x' } });
	assert.deepEqual(latest.items[0].json, { label: 'x', version: 2 });
});

test('credential test request: OK, and the error message when authentication fails', async () => {
	assert.deepEqual(await engine.testCredential('fixtureApi'), { status: 'OK', message: 'Connection successful!' });
	const bad = await engine.testCredential('fixtureApi', { baseUrl, clientId: 'id', clientSecret: 'wrong' });
	assert.equal(bad.status, 'Error');
	assert.ok(bad.message.length > 0);
	const down = await engine.testCredential('fixtureApi', {
		baseUrl: 'http://127.0.0.1:9',
		clientId: 'id',
		clientSecret: 'secret',
	});
	assert.equal(down.status, 'Error');
});
