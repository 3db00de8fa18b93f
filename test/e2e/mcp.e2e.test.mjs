// The MCP tier: examples/08-halo-tools-over-mcp.json (n8n's MCP Server Trigger with bearer auth and six
// HaloPSA tools) imported as it is into a real n8n, activated, and driven by the official MCP TypeScript SDK
// client over Streamable HTTP — what Claude Desktop or an IDE does. It lists the tools (names, descriptions and
// input schemas as the node gives them), calls each one and reads back what Halo (the simulator) received.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

import { haloClient } from './examples/halo.mjs';
import { DEMO_CREDENTIAL, loadExample } from './examples/validate.mjs';
import { expectedToolDescription, fromAiParams, haloToolNodes, toolName } from './lib/halo-tools.mjs';
import {
	activateWorkflow,
	AI_NODE_TYPES,
	createCredential,
	createWorkflow,
	deactivateWorkflow,
	sleep,
	startServer,
	waitForExecutions,
} from './lib/n8n.mjs';
import { startSim } from './lib/sim.mjs';

const EXAMPLE = loadExample('08-halo-tools-over-mcp.json');
const TRIGGER = EXAMPLE.nodes.find((n) => n.type === AI_NODE_TYPES.mcpTrigger);
const TOKEN = 'e2e-mcp-token-2f9c41d7a0b34e4c';
const tools = Object.fromEntries(haloToolNodes(EXAMPLE).map((n) => [n.name, n]));

/** The JSON a tool call returned (n8n puts the node's output items into one text part). */
function resultJson(result) {
	const text = (result.content ?? []).map((c) => c.text ?? '').join('');
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
/** The workflow with each node's credential of a type replaced by `byType[type]` ({id, name}). */
function withCredentials(workflow, byType) {
	const nodes = workflow.nodes.map((node) => ({
		...node,
		...(node.credentials && {
			credentials: Object.fromEntries(Object.keys(node.credentials).map((type) => [type, byType[type]])),
		}),
	}));
	return { ...workflow, nodes };
}

/** Activation registers the trigger's webhooks a moment after the API answers: wait until the path stops 404ing. */
async function waitForRegistration(url, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const res = await fetch(url, { method: 'DELETE' });
		await res.arrayBuffer();
		if (res.status !== 404 || Date.now() > deadline) return;
		await sleep(250);
	}
}
const rows = (json) => (Array.isArray(json) ? json : [json]).flatMap((r) => (Array.isArray(r) ? r : [r]));
/** The records a tool answered, without the closing "more available" note a capped list carries in tool mode. */
const records = (json) => rows(json).filter((r) => !(r && typeof r === 'object' && 'more_available' in r));
/** That closing note, if any. */
const moreNote = (json) => rows(json).find((r) => r && typeof r === 'object' && 'more_available' in r)?.more_available;

describe('HaloPSA tools over n8n MCP Server Trigger', () => {
	let sim;
	let halo;
	let server;
	let workflowId;
	let client;
	let url;

	before(async () => {
		assert.equal(Object.keys(tools).length, 6, 'the example should expose six HaloPSA tools');
		assert.equal(TRIGGER.parameters.authentication, 'bearerAuth');
		sim = await startSim();
		halo = haloClient(sim);
		server = await startServer();
		// Credentials and workflow through the running server (each CLI import would start n8n once more); the
		// public API picks the credential ids, so the example's references are pointed at them.
		const haloCredential = await createCredential(server, { name: DEMO_CREDENTIAL.name, data: sim.credentialFields() });
		const bearer = await createCredential(server, {
			name: TRIGGER.credentials.httpBearerAuth.name,
			type: 'httpBearerAuth',
			data: { token: TOKEN },
		});
		workflowId = await createWorkflow(
			server,
			withCredentials(EXAMPLE, { haloPsaApi: haloCredential, httpBearerAuth: bearer }),
		);
		await activateWorkflow(server, workflowId);
		url = new URL(`${server.baseUrl}/mcp/${TRIGGER.parameters.path}`);
		await waitForRegistration(url);
		client = new Client({ name: 'halopsa-e2e', version: '1.0.0' });
		await client.connect(
			new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
		);
	});

	after(async () => {
		await client?.close().catch(() => {});
		// Nothing stays active in the shared n8n database (a later file's server would serve it again).
		if (server && workflowId) await deactivateWorkflow(server, workflowId).catch(() => {});
		await server?.stop();
		await sim?.close();
	});

	/** Call a tool by its node's name; returns the JSON it answered and the Halo API requests it caused. */
	async function call(nodeName, args) {
		const before = (await sim.apiRequests()).length;
		const result = await client.callTool({ name: toolName(nodeName), arguments: args });
		const requests = (await sim.apiRequests()).slice(before);
		assert.ok(!result.isError, `${nodeName} failed: ${JSON.stringify(result.content)}`);
		return { json: resultJson(result), requests };
	}

	test('lists the six tools with the node’s descriptions and the $fromAI inputs as their schema', async () => {
		assert.deepEqual(server.loadErrors(), [], 'n8n could not load the package');
		const { tools: listed } = await client.listTools();
		assert.deepEqual(listed.map((t) => t.name).sort(), Object.keys(tools).map(toolName).sort());
		for (const [name, node] of Object.entries(tools)) {
			const tool = listed.find((t) => t.name === toolName(name));
			assert.ok(tool.description?.trim(), `${name}: empty description`);
			assert.equal(tool.description, expectedToolDescription(node.parameters), `${name}: description`);
			const properties = tool.inputSchema?.properties ?? {};
			const inputs = fromAiParams(node);
			assert.ok(inputs.length > 0, `${name}: the example gives the model nothing to fill`);
			for (const { key, type } of inputs) {
				assert.equal(properties[key]?.type, type, `${name}: input "${key}" in ${JSON.stringify(tool.inputSchema)}`);
			}
		}
	});

	test('search tickets: one Halo search, the matching tickets come back', async () => {
		const { json, requests } = await call('Search tickets', { search: 'Outlook', limit: 3 });
		const searches = requests.filter((r) => r.method === 'GET' && /\/Tickets$/i.test(r.path));
		assert.equal(searches.length, 1, JSON.stringify(requests.map((r) => `${r.method} ${r.path}`)));
		assert.equal(searches[0].query.search, 'Outlook');
		const found = records(json);
		assert.ok(found.length >= 1 && found.length <= 3, `expected 1–3 tickets, got ${JSON.stringify(json)}`);
		for (const t of found) assert.match(`${t.summary} ${t.details ?? ''}`, /outlook/i);
		if (found.length === 3) assert.match(moreNote(json) ?? '', /narrow/, 'a full page tells the model how to narrow');
	});

	test('get ticket context: the ticket Halo holds with its client, in at most 4 requests', async () => {
		const ticket = await halo.state('tickets', 1001);
		const { json, requests } = await call('Get ticket context', { ticketId: 1001 });
		assert.ok(
			requests.some((r) => r.method === 'GET' && /\/Tickets\/1001$/i.test(r.path)),
			JSON.stringify(requests.map((r) => `${r.method} ${r.path}`)),
		);
		assert.ok(requests.length <= 4, `at most 4 Halo requests, got ${requests.length}`);
		const [context] = records(json);
		assert.equal(context.ticket.id, 1001);
		assert.equal(context.ticket.summary, ticket.summary);
		assert.equal(context.client?.id, ticket.client_id, `the ticket's client comes with it: ${JSON.stringify(context)}`);
	});

	test('add private note: a private action on the ticket, nothing else written', async () => {
		const note = `MCP e2e: called the user back ${Date.now()}`;
		const { requests } = await call('Add private note', { ticketId: 1001, note });
		const writes = requests.filter((r) => r.method === 'POST');
		assert.deepEqual(
			writes.map((r) => r.path.replace(/^.*\/api/i, '')),
			['/Actions'],
		);
		const actions = (await halo.actionsOf(1001)).filter((a) => a.note === note);
		assert.equal(actions.length, 1, 'the note is on ticket 1001 once');
		assert.equal(actions[0].hiddenfromuser, true, 'the note must be private');
	});

	test('log ticket: a new ticket with the summary, details and client given', async () => {
		const summary = `MCP e2e: scanner offline ${Date.now()}`;
		const { json } = await call('Log ticket', { summary, details: 'The scanner on floor 2 is offline.', client: '1' });
		const created = (await halo.state('tickets')).filter((t) => t.summary === summary);
		assert.equal(created.length, 1, 'one ticket logged');
		assert.equal(created[0].client_id, 1);
		assert.match(created[0].details, /scanner on floor 2/);
		assert.equal(records(json)[0].id, created[0].id, 'the tool answers with the new ticket');
	});

	test('find asset by hostname: the asset with that hostname', async () => {
		const asset = (await halo.state('assets')).find((a) => a.client_id === 1 && !a.inactive);
		const { json, requests } = await call('Find asset by hostname', { hostname: asset.inventory_number });
		assert.ok(
			requests.every((r) => r.method === 'GET'),
			'finding an asset writes nothing',
		);
		const [answer] = records(json);
		assert.equal(answer.found, true, JSON.stringify(json));
		assert.equal(answer.asset.id, asset.id);
	});

	test('search KB: the matching article', async () => {
		const { json, requests } = await call('Search KB', { search: 'VPN' });
		const search = requests.find((r) => r.method === 'GET' && /\/KBArticle$/i.test(r.path));
		assert.equal(search?.query.search, 'VPN');
		assert.ok(
			records(json).some((a) => a.name === 'Connecting to the VPN'),
			JSON.stringify(json),
		);
	});

	test('every tool call is an execution of the workflow (n8n’s execution list is the audit trail)', async (t) => {
		// The last call's execution finishes a moment after its answer (n8n 1.x: still "running" right after it).
		const executions = await waitForExecutions(
			server,
			workflowId,
			(list) => list.length >= 6 && list.every((e) => e.stoppedAt),
			{ timeoutMs: 15_000 },
		);
		t.diagnostic(`executions: ${JSON.stringify(executions.map((e) => e.status))}`);
		assert.deepEqual(
			executions.map((e) => e.status),
			Array(6).fill('success'),
			'one successful execution per tool call so far',
		);
	});

	test('a client without the bearer token is refused, and no tool runs', async () => {
		const before = (await sim.apiRequests()).length;
		for (const headers of [{}, { authorization: 'Bearer not-the-token' }]) {
			const res = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
				body: JSON.stringify({
					jsonrpc: '2.0',
					id: 1,
					method: 'tools/call',
					params: { name: toolName('Add private note'), arguments: { ticketId: 1001, note: 'not allowed' } },
				}),
			});
			await res.arrayBuffer();
			assert.equal(res.status, 403, `${JSON.stringify(headers)} → ${res.status}`); // n8n's bearer check, both lines
		}
		const stranger = new Client({ name: 'stranger', version: '1.0.0' });
		await assert.rejects(stranger.connect(new StreamableHTTPClientTransport(url)));
		assert.equal((await sim.apiRequests()).length, before, 'Halo received nothing');
	});
});
