// The node on n8n 1.x (and early 2.x), whose HTTP helper reads `ignoreHttpStatusErrors` for truthiness only:
// its `{ ignore: true, except: [401] }` form then returns a 401 as an ordinary response, and n8n never asks the
// credential for a new token. The engine is told to behave that way (`n8nHelpers: '1.x'`); the token must still
// be renewed once and the run succeed. (credential.test.mjs and faults.test.mjs cover today's n8n.)
import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';

import { startSimulator } from '../../simulator/index.mjs';
import { createEngine } from '../harness/engine.mjs';
import { assertNoSpecViolations, ROOT, simControl } from './support.mjs';

const getMany = (extra = {}) => ({ resource: 'ticket', operation: 'getAll', returnAll: false, limit: 3, ...extra });
const summaryOf = (r) => `${r.method} ${r.path} ${r.status}`;

describe('on n8n 1.x HTTP helpers (a 401 comes back as a response)', () => {
	let sim;
	let ctl;
	let engine;
	let credentialData;
	const run = (parameters, items = [{ json: {} }], options = {}) =>
		engine.runNode({ type: 'haloPsa', typeVersion: 1, parameters, items, ...options });

	before(async () => {
		sim = await startSimulator({ port: 0, ticketCount: 1000 });
		ctl = simControl(sim.url);
		credentialData = sim.credentialFields({ requestBudget: 0, backoffSeconds: 1 });
		engine = await createEngine({ packageDir: ROOT, credentials: { haloPsaApi: credentialData }, n8nHelpers: '1.x' });
	});
	after(async () => {
		await assertNoSpecViolations(ctl);
		await sim.close();
	});
	beforeEach(async () => {
		await ctl.clearFaults();
		engine.setCredentials('haloPsaApi', { ...credentialData });
		const warm = await run(getMany({ limit: 1 })); // a token in place
		assert.equal(warm.error, undefined, warm.error?.message);
		await ctl.expireTokens();
		await ctl.clearRequests();
	});

	it('after the token expired: one new token, the request repeated, the run succeeds', async () => {
		const res = await run(getMany());
		assert.equal(res.error, undefined, res.error?.message);
		assert.equal(res.items.length, 3);
		assert.deepEqual((await ctl.requests()).map(summaryOf), [
			'GET /api/Tickets 401', // returned to the node as a response
			'GET /api/Tickets 401', // sent again so that n8n's own refresh runs
			'POST /auth/token 200',
			'GET /api/Tickets 200',
		]);
		const stored = engine.credentialStore.get('haloPsaApi').accessToken;
		const next = await run(getMany());
		assert.equal(next.error, undefined, next.error?.message);
		assert.equal(engine.credentialStore.get('haloPsaApi').accessToken, stored, 'the new token is stored and reused');
		assert.equal((await ctl.tokenRequests()).length, 1);
	});

	it('a token expiring under a 1,000-row pull with parallel pages costs one token request, every row once', async () => {
		const res = await run({ resource: 'ticket', operation: 'getAll', returnAll: true, simplify: false });
		assert.equal(res.error, undefined, res.error?.message);
		const ids = res.items.map((i) => i.json.id);
		assert.equal(ids.length, 1000);
		assert.equal(new Set(ids).size, 1000);
		assert.equal((await ctl.tokenRequests()).length, 1);
	});

	it('a create after the token expired is written once', async () => {
		const summary = `Older n8n ${Date.now()}`;
		const res = await run({ resource: 'ticket', operation: 'create', summary });
		assert.equal(res.error, undefined, res.error?.message);
		assert.equal(
			sim.store
				.coll('tickets')
				.all()
				.filter((x) => x.summary === summary).length,
			1,
		);
		assert.equal((await ctl.tokenRequests()).length, 1);
	});

	it('a 401 that a new token does not cure (missing rights) fails after one token request, no loop', async () => {
		await ctl.fault({
			match: { method: 'GET', path: '/api/Tickets' },
			kind: 'status',
			status: 401,
			times: -1,
			body: '',
		});
		const res = await run(getMany());
		assert.match(res.error.message, /HTTP 401/);
		assert.equal((await ctl.tokenRequests()).length, 1);
		assert.equal((await ctl.apiRequests()).length, 3, 'the 401, the re-send, the retry with the new token');
	});

	it('a revoked secret fails with "Credentials rejected by Halo" after one token request', async () => {
		await ctl.fault({
			match: { path: '/auth/token' },
			kind: 'status',
			status: 401,
			times: -1,
			body: { error: 'invalid_client', error_description: 'The client credentials are invalid' },
		});
		const res = await run(getMany());
		assert.match(res.error.message, /^Credentials rejected by Halo: invalid_client/);
		assert.equal((await ctl.tokenRequests()).length, 1);
	});
});
