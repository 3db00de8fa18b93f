// Real n8n + packed package + simulator: the ticket list and the credential's token handling as the n8n
// server really runs them (preAuthentication, the stored expirable token, the 401 → refresh → retry path).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
	executeWorkflow,
	halo401sPerExpiry,
	importCredentials,
	importWorkflows,
	manualWorkflow,
	nodeError,
	nodeItems,
} from './lib/n8n.mjs';
import { isTokenRequest, startSim } from './lib/sim.mjs';

const GET_FIVE_TICKETS = { resource: 'ticket', operation: 'getAll', returnAll: false, limit: 5 };

function queryValue(entry, key) {
	const q = entry.query;
	if (!q) return undefined;
	if (typeof q === 'string') return new URLSearchParams(q.replace(/^\?/, '')).get(key) ?? undefined;
	return q[key];
}

function assertFiveTickets(result) {
	assert.deepEqual(result.loadErrors, [], 'n8n could not load the package');
	assert.equal(
		result.code,
		0,
		`n8n execute exited ${result.code}: ${JSON.stringify(result.error ?? nodeError(result.run, 'HaloPSA'))}`,
	);
	assert.ok(result.ok, `execution failed: ${JSON.stringify(result.error)}`);
	const items = nodeItems(result.run, 'HaloPSA');
	assert.ok(items, 'the HaloPSA node produced no output');
	assert.equal(items.length, 5, `expected 5 tickets, got ${items.length}`);
	for (const ticket of items) {
		assert.ok(ticket.id !== undefined && ticket.id !== null, `ticket without id: ${JSON.stringify(ticket)}`);
		assert.equal(typeof ticket.summary, 'string', `ticket without summary: ${JSON.stringify(ticket)}`);
	}
	assert.equal(new Set(items.map((t) => t.id)).size, 5, 'ticket ids are not distinct');
}

describe('tickets through a real n8n', () => {
	let sim;
	// One workflow with its own credential per test (a fresh credential has no stored token yet); imported
	// up front in two CLI runs, since every n8n CLI start costs seconds.
	const flows = {};
	before(async () => {
		sim = await startSim();
		const names = ['shared-token', 'expired-token'];
		const credentials = await importCredentials(names.map(() => ({ data: sim.credentialFields() })));
		const ids = await importWorkflows(
			credentials.map((credential, i) => ({
				...manualWorkflow({ parameters: GET_FIVE_TICKETS, credential }),
				name: `e2e tickets ${names[i]}`,
			})),
		);
		names.forEach((name, i) => (flows[name] = ids[i]));
	});
	after(async () => {
		await sim?.close();
	});

	test('getAll returns 5 tickets; two executions share one token', async () => {
		await sim.reset();
		const workflowId = flows['shared-token'];
		assertFiveTickets(await executeWorkflow(workflowId));
		assertFiveTickets(await executeWorkflow(workflowId));

		const log = await sim.requests();
		const tokens = log.filter(isTokenRequest);
		assert.equal(
			tokens.length,
			1,
			`expected one token request for two executions, got ${tokens.length}: ${JSON.stringify(log)}`,
		);
		assert.equal(tokens[0].method, 'POST');
		assert.equal(
			queryValue(tokens[0], 'tenant'),
			sim.tenant,
			`token URL lacks ?tenant=${sim.tenant}: ${JSON.stringify(tokens[0])}`,
		);
		assert.ok(tokens[0].status >= 200 && tokens[0].status < 300, `token request answered ${tokens[0].status}`);

		const api = log.filter((r) => !tokens.includes(r));
		assert.ok(api.length >= 2, `expected at least one API call per execution: ${JSON.stringify(api)}`);
		for (const r of api) {
			assert.match(r.path, /\/api\/tickets/i, `unexpected call ${r.method} ${r.path}`);
			assert.equal(r.status, 200, `${r.method} ${r.path} answered ${r.status}`);
		}
		assert.deepEqual(await sim.specViolations(), []);
	});

	test('an expired token: one 401 (two on n8n 1.x), one new token, the run succeeds', async () => {
		await sim.reset();
		const workflowId = flows['expired-token'];
		assertFiveTickets(await executeWorkflow(workflowId));
		const countBefore = (await sim.requests()).length;
		await sim.expireTokens();
		assertFiveTickets(await executeWorkflow(workflowId));

		const log = await sim.requests();
		const second = log.slice(countBefore);
		const unauthorized = second.filter((r) => r.status === 401);
		const tokens = second.filter(isTokenRequest);
		assert.equal(unauthorized.length, halo401sPerExpiry(), `401s after expiry: ${JSON.stringify(second)}`);
		assert.equal(tokens.length, 1, `expected exactly one new token request after expiry: ${JSON.stringify(second)}`);
		assert.equal(queryValue(tokens[0], 'tenant'), sim.tenant);
		// Order: the API call is refused, a token is fetched, the same call is retried and succeeds.
		const i401 = second.indexOf(unauthorized[0]);
		const iToken = second.indexOf(tokens[0]);
		assert.ok(i401 < iToken, 'the new token was requested before the 401');
		const retried = second.slice(iToken + 1).find((r) => r.path === unauthorized[0].path);
		assert.ok(retried, 'the refused request was not retried');
		assert.equal(retried.status, 200);
		assert.equal(log.filter(isTokenRequest).length, 2, 'two tokens in total');
		assert.deepEqual(await sim.specViolations(), []);
	});
});
