// The transport's guarantees inside a real n8n, whose HTTP helper hands errors over differently per n8n line
// (n8n 1.x keeps neither the headers nor the network code of a failed request): a 429 waits as Retry-After
// says, a GET is retried after a 503 and a dropped connection, a failed or timed-out write is sent once and
// says so, Halo's plain-text error reaches the user. One workflow, one `n8n execute`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
	executeWorkflow,
	importCredential,
	importWorkflow,
	NODE_TYPE,
	CREDENTIAL_TYPE,
	nodeItems,
	randomUuid,
} from './lib/n8n.mjs';
import { startSim } from './lib/sim.mjs';

// Each step hits its own method + path, so each fault below meets exactly the step it is meant for.
const STEPS = [
	['Rate limited', { resource: 'ticket', operation: 'getAll', returnAll: false, limit: 5 }],
	['Gateway trouble', { resource: 'client', operation: 'getAll', returnAll: false, limit: 5 }],
	['Create fails', { resource: 'ticket', operation: 'create', summary: 'e2e transport: 500 on create' }],
	['Forbidden', { resource: 'site', operation: 'getAll', returnAll: false, limit: 5 }],
	[
		'Write times out',
		{ resource: 'client', operation: 'create', name: 'e2e transport: slow create', toplevel_id: '1' },
	],
];

function workflow(credential) {
	const nodes = [
		{
			id: randomUuid(),
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
	];
	const connections = {};
	let previous = 'Manual';
	STEPS.forEach(([name, parameters], i) => {
		nodes.push({
			id: randomUuid(),
			name,
			type: NODE_TYPE,
			typeVersion: 1,
			position: [220 * (i + 1), 0],
			parameters,
			credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
			onError: 'continueRegularOutput',
			alwaysOutputData: true,
			executeOnce: true, // one request per step, whatever the step before it output
		});
		connections[previous] = { main: [[{ node: name, type: 'main', index: 0 }]] };
		previous = name;
	});
	return { name: 'e2e transport', nodes, connections };
}

describe('transport guarantees in a real n8n', () => {
	let sim;
	let result;
	let log;
	before(async () => {
		sim = await startSim();
		const credential = await importCredential({
			data: sim.credentialFields({ timeoutSeconds: 2, backoffSeconds: 1, requestBudget: 0 }),
		});
		const workflowId = await importWorkflow(workflow(credential));
		const fault = (rule) => sim.controlRequest('POST', '/faults', rule);
		await fault({
			match: { method: 'GET', path: '/api/Tickets' },
			kind: 'status',
			status: 429,
			headers: { 'Retry-After': '1' },
			body: 'Rate Limit Reached - 300 Requests per rolling 5 minute window',
		});
		await fault({
			match: { method: 'GET', path: '/api/Client' },
			kind: 'status',
			status: 503,
			body: 'Service Unavailable',
		});
		await fault({ match: { method: 'GET', path: '/api/Client' }, kind: 'reset' });
		await fault({
			match: { method: 'POST', path: '/api/Tickets' },
			kind: 'status',
			status: 500,
			body: { Message: 'Internal error while saving' },
		});
		await fault({
			match: { method: 'GET', path: '/api/Site' },
			kind: 'status',
			status: 403,
			body: 'You do not have access to this area',
			contentType: 'text/plain',
		});
		await fault({ match: { method: 'POST', path: '/api/Client' }, kind: 'latency', delayMs: 4000 });
		result = await executeWorkflow(workflowId);
		log = (await sim.apiRequests()).map((r) => `${r.method} ${r.path} ${r.status}`);
	});
	after(async () => {
		await sim?.close();
	});

	const output = (name) => nodeItems(result.run, name) ?? [];

	test('the run completes with every step reporting', () => {
		assert.deepEqual(result.loadErrors, []);
		assert.ok(result.run, `no run JSON from n8n execute (exit ${result.code}): ${result.stderr.slice(-2000)}`);
		for (const [name] of STEPS) assert.ok(output(name).length > 0, `${name}: no output`);
	});

	test('a 429 with Retry-After is waited out, then the list arrives', () => {
		assert.equal(output('Rate limited').length, 5, JSON.stringify(output('Rate limited')));
		assert.deepEqual(
			log.filter((l) => l.startsWith('GET /api/Tickets')),
			['GET /api/Tickets 429', 'GET /api/Tickets 200'],
		);
	});

	test('a GET is retried after a 503 and a dropped connection', () => {
		assert.equal(output('Gateway trouble').length, 5, JSON.stringify(output('Gateway trouble')));
		assert.equal(log.filter((l) => l === 'GET /api/Client 200').length, 1);
	});

	test("a create that failed with a 500 is sent once and shows Halo's message", () => {
		assert.match(String(output('Create fails')[0]?.error), /Internal error while saving/);
		assert.equal(log.filter((l) => l.startsWith('POST /api/Tickets')).length, 1);
	});

	test("Halo's plain-text error reaches the user with the status", () => {
		const item = output('Forbidden')[0];
		assert.match(String(item?.error), /You do not have access to this area/);
	});

	test('a write that timed out is not re-sent and says it may have been applied', () => {
		assert.match(
			String(output('Write times out')[0]?.error),
			/did not answer within 2 s.*may or may not have been applied/,
		);
		assert.ok(log.filter((l) => l.startsWith('POST /api/Client')).length <= 1, log.join('\n'));
	});
});
