// The HaloPSA API credential: token request, tenant, URL layouts, storage and refresh, credential test.
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import { after, before, beforeEach, describe, it } from 'node:test';

import { assertNoSpecViolations, ROOT, setup } from './support.mjs';

const require = createRequire(import.meta.url);

const getMany = { resource: 'ticket', operation: 'getAll', returnAll: false, limit: 3 };

describe('HaloPSA API credential', () => {
	let t;
	before(async () => {
		t = await setup();
	});
	after(async () => {
		await assertNoSpecViolations(t.ctl);
		await t.close();
	});
	beforeEach(async () => {
		t.engine.setCredentials('haloPsaApi', { ...t.credentialData });
		await t.ctl.clearRequests();
		await t.ctl.clearFaults();
	});

	it('fetches one token for many requests, items and executions, with the tenant on the token URL', async () => {
		const items = [{ json: { n: 1 } }, { json: { n: 2 } }, { json: { n: 3 } }];
		const first = await t.run(getMany, items);
		assert.equal(first.error, undefined);
		assert.equal(first.items.length, 9);
		const second = await t.run(getMany);
		assert.equal(second.items.length, 3);
		const tokens = await t.ctl.tokenRequests();
		assert.equal(tokens.length, 1, 'one token request in total');
		assert.equal(tokens[0].path, '/auth/token');
		assert.equal(tokens[0].query.tenant, t.sim.tenant);
		assert.equal(tokens[0].body.grant_type, 'client_credentials');
		assert.equal(tokens[0].body.scope, 'all');
		assert.equal((await t.ctl.apiRequests()).length, 4);
		assert.ok(t.engine.credentialStore.get('haloPsaApi').accessToken, 'token stored in the credential');
	});

	it('uses separate Authorisation and Resource Server URLs (self-hosted layout)', async () => {
		t.engine.setCredentials('haloPsaApi', {
			...t.credentialData,
			haloUrl: 'https://halo.example.invalid',
			authUrl: `${t.sim.url}/sso`,
			resourceUrl: `${t.sim.url}/halo/api`,
			tenant: t.sim.tenant,
		});
		const res = await t.run(getMany);
		assert.equal(res.error, undefined, res.error?.message);
		const log = await t.ctl.requests();
		assert.deepEqual(
			log.map((r) => r.path),
			['/sso/token', '/halo/api/Tickets'],
		);
	});

	it('after a 401 fetches exactly one new token and repeats the request once', async () => {
		await t.run(getMany);
		await t.ctl.expireTokens();
		await t.ctl.clearRequests();
		const res = await t.run(getMany);
		assert.equal(res.error, undefined, res.error?.message);
		assert.equal(res.items.length, 3);
		const log = await t.ctl.requests();
		assert.deepEqual(
			log.map((r) => `${r.method} ${r.path} ${r.status}`),
			['GET /api/Tickets 401', 'POST /auth/token 200', 'GET /api/Tickets 200'],
		);
	});

	it("shows Halo's words when the client secret is wrong, without the secret", async () => {
		t.engine.setCredentials('haloPsaApi', { ...t.credentialData, clientSecret: 'wrong-secret-value' });
		const res = await t.run(getMany);
		assert.match(res.error.message, /Credentials rejected by Halo/);
		assert.match(res.error.message, /client credentials are invalid/i);
		assert.doesNotMatch(JSON.stringify(res.error), /wrong-secret-value/);
		const tokens = await t.ctl.tokenRequests();
		assert.ok(tokens.length <= 2, `no retry storm (${tokens.length} token requests)`);
	});

	it("shows Halo's reply for a tenant typo", async () => {
		t.engine.setCredentials('haloPsaApi', { ...t.credentialData, tenant: 'acmee' });
		const res = await t.run(getMany);
		assert.match(res.error.message, /tenant/i);
		assert.match(res.error.message, /acmee/);
	});

	it('explains an HTML error page from /auth/token as a missing login agent', async () => {
		await t.ctl.fault({ match: { path: '/auth/token' }, kind: 'html', times: -1 });
		const res = await t.run(getMany);
		assert.match(res.error.message, /HTML error page/);
		assert.match(res.error.message, /login agent|Agent to log in as/);
	});

	it('rejects an Authorisation Server URL that is not a URL, naming the field', async () => {
		t.engine.setCredentials('haloPsaApi', { ...t.credentialData, authUrl: 'not a url' });
		const res = await t.run(getMany);
		assert.match(res.error.message, /Authorisation Server URL "not a url" is not a valid URL/);
	});

	it('rejects a Halo URL without scheme and plain http to a remote host', async () => {
		t.engine.setCredentials('haloPsaApi', { ...t.credentialData, haloUrl: 'acme.halopsa.com' });
		let res = await t.run(getMany);
		assert.match(res.error.message, /Halo URL "acme.halopsa.com" is not a valid URL/);
		t.engine.setCredentials('haloPsaApi', { ...t.credentialData, haloUrl: 'http://acme.halopsa.com' });
		res = await t.run(getMany);
		assert.match(res.error.message, /plain http/);
		assert.equal((await t.ctl.requests()).length, 0, 'nothing was sent');
	});

	it("credential test proves token and API access, and reports a wrong secret in Halo's words", async () => {
		const ok = await t.engine.testCredential('haloPsaApi');
		assert.equal(ok.status, 'OK', ok.message);
		const paths = (await t.ctl.requests()).map((r) => r.path);
		assert.deepEqual(paths, ['/auth/token', '/api/Agent/me']);
		const bad = await t.engine.testCredential('haloPsaApi', { ...t.credentialData, clientSecret: 'nope' });
		assert.equal(bad.status, 'Error');
		assert.match(bad.message, /client credentials are invalid/i);
	});

	it('credential test works with a Halo URL typed with a trailing slash and spaces', async () => {
		const ok = await t.engine.testCredential('haloPsaApi', { ...t.credentialData, haloUrl: `  ${t.sim.url}/  ` });
		assert.equal(ok.status, 'OK', ok.message);
		const paths = (await t.ctl.requests()).map((r) => r.path);
		assert.deepEqual(paths, ['/auth/token', '/api/Agent/me']);
	});

	// The test request is declarative: n8n resolves its address from an expression, not from the code the node
	// uses (transport/urls.ts). Both must name the same resource server for every way the URLs can be typed.
	it('credential test calls the same resource server as the node, for every URL layout', () => {
		const { Workflow } = require('n8n-workflow');
		const { haloEndpoints } = require(`${ROOT}/dist/nodes/HaloPsa/transport/urls.js`);
		const { HaloPsaApi } = require(`${ROOT}/dist/credentials/HaloPsaApi.credentials.js`);
		const { baseURL } = new HaloPsaApi().test.request;
		const node = { id: 'n', name: 'n', type: 'test.noOp', typeVersion: 1, position: [0, 0], parameters: {} };
		const type = {
			description: { name: 'test.noOp', version: 1, properties: [], inputs: ['main'], outputs: ['main'] },
		};
		const nodeTypes = { getByName: () => type, getByNameAndVersion: () => type, getKnownTypes: () => ({}) };
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
		const layouts = [
			{ haloUrl: 'https://acme.halopsa.com' },
			{ haloUrl: 'https://acme.halopsa.com/' },
			{ haloUrl: 'https://acme.halopsa.com///' },
			{ haloUrl: '  https://acme.halopsa.com/  ' },
			{ haloUrl: 'https://halo.example.com/halo' },
			{ haloUrl: 'https://acme.halopsa.com', resourceUrl: 'https://api.example.com/halo/api' },
			{ haloUrl: 'https://acme.halopsa.com', resourceUrl: 'https://api.example.com/halo/api/' },
			{ haloUrl: 'https://acme.halopsa.com/', resourceUrl: ' https://api.example.com/api// ' },
			{ haloUrl: 'https://acme.halopsa.com', resourceUrl: '' },
			{ haloUrl: 'https://acme.halopsa.com', authUrl: 'https://sso.example.com/auth', tenant: 'acme' },
		];
		for (const fields of layouts) {
			const resolved = workflow.expression.getSimpleParameterValue(node, baseURL, 'internal', { $credentials: fields });
			assert.equal(resolved, haloEndpoints(fields).apiUrl, JSON.stringify(fields));
		}
	});
});
