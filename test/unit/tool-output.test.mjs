// The node as an AI tool (n8n's tool variant, type `haloPsaTool`): what the agent gets back is compact
// (Simplify on, custom fields once, long text as capped plain text, lists capped with "more available"),
// while a workflow run of the same node returns exactly what it returned before.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { TOOL_OUTPUT_TICKET_ROUTE, toolOutputCalls } from '../harness/tool-output-calls.mjs';
import { ROOT, haloSuite, simToken } from './support.mjs';

const GOLDEN = path.join(ROOT, 'test/fixtures/tool-output/workflow-output.json');
// A fixed seed date, so the records (and their dates) are the same on every run.
const ANCHOR = '2026-11-02T00:00:00Z';

/** One record by ID, as a locator in By ID mode gives it. */
const byId = (resource, locator, id, extra = {}) => ({
	resource,
	operation: 'get',
	[locator]: { mode: 'id', value: id },
	...extra,
});

/** Read operations whose workflow output is pinned byte for byte (by its SHA-256). */
const WORKFLOW_RUNS = {
	'ticket get': byId('ticket', 'ticketId', '1001'),
	'ticket get, Simplify off': byId('ticket', 'ticketId', '1002', { simplify: false }),
	'ticket get many (5)': { resource: 'ticket', operation: 'getAll', limit: 5 },
	'ticket get many (5), Simplify off': { resource: 'ticket', operation: 'getAll', limit: 5, simplify: false },
	'action get many': byId('action', 'ticketId', '1001', { operation: 'getAll', returnAll: true }),
	'asset get many (3)': { resource: 'asset', operation: 'getAll', limit: 3 },
	'client get': byId('client', 'clientId', '2'),
	'user get': byId('user', 'userId', '13'),
	'kb article get many (3)': { resource: 'kbArticle', operation: 'getAll', limit: 3 },
};

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const chars = (items) => JSON.stringify(items.map((item) => item.json)).length;

describe('Tool output', () => {
	const t = haloSuite({ sim: { anchor: ANCHOR } });
	const runTool = async (parameters) => {
		const res = await t.engine.runNode({ type: 'haloPsaTool', typeVersion: 1, parameters, items: [{ json: {} }] });
		assert.equal(res.error, undefined, res.error?.message);
		return res.items;
	};
	const halo = async (method, route, body) => {
		const reply = await fetch(`${t.sim.url}/api${route}`, {
			method,
			headers: { authorization: `Bearer ${await simToken(t.sim)}`, 'content-type': 'application/json' },
			body: body && JSON.stringify(body),
		});
		assert.ok(reply.ok, `${method} ${route}: ${reply.status} ${await reply.clone().text()}`);
		return await reply.json();
	};

	it('a workflow run returns the same bytes as before tool shaping existed', async () => {
		const now = {};
		for (const [name, parameters] of Object.entries(WORKFLOW_RUNS)) {
			const res = await t.run(parameters);
			assert.equal(res.error, undefined, `${name}: ${res.error?.message}`);
			const text = JSON.stringify(res.items);
			now[name] = { chars: text.length, sha256: sha256(text) };
		}
		// Regenerate only from the code before a change that may alter workflow output (see the README of this folder).
		if (process.env.WRITE_WORKFLOW_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(now, null, '\t')}\n`);
		assert.deepEqual(now, JSON.parse(readFileSync(GOLDEN, 'utf8')));
	});

	it('Get ticket on a tenant with many custom fields: well under 1,500 characters, custom fields once, details as capped text', async () => {
		// 30 ticket custom fields, 8 of them set on the ticket, and a long HTML mail as its details.
		for (let n = 0; n < 30; n++)
			await halo('POST', '/FieldInfo', [{ name: `CFToolField${n}`, label: `Tool field ${n}`, typeid: 1 }]);
		const fields = await halo('GET', '/FieldInfo?typeid=1');
		const fieldIds = fields.filter((field) => field.name.startsWith('CFToolField')).map((field) => field.id);
		assert.equal(fieldIds.length, 30);
		const paragraph = '<p>The printer on the <b>second floor</b> shows &quot;offline&quot; &amp; will not print.</p>';
		const details = `<html><head><style>p{color:red}</style></head><body>${paragraph.repeat(40)}<script>track()</script></body></html>`;
		await halo('POST', '/Tickets', [
			{
				id: 1003,
				details,
				customfields: fieldIds.slice(0, 8).map((id, n) => ({ id, value: `value ${n}` })),
			},
		]);
		const raw = await halo('GET', '/Tickets/1003?includedetails=true');
		const rawChars = JSON.stringify(raw).length;

		const items = await runTool(byId('ticket', 'ticketId', '1003'));
		const text = JSON.stringify(items.map((item) => item.json));
		assert.ok(text.length < 1350, `tool output is ${text.length} characters (Halo's record: ${rawChars})`);
		const [{ json: ticket }] = items;
		assert.equal(ticket.customfields, undefined, "Halo's customfields rows are left out");
		assert.equal(ticket.custom_fields.CFToolField0, 'value 0');
		assert.equal(ticket.custom_fields.CFToolField20, undefined, 'custom fields without a value are left out');
		assert.match(ticket.details, /^The printer on the second floor shows "offline" & will not print\.\nThe printer/);
		assert.doesNotMatch(ticket.details, /<|track\(\)|color:red/);
		assert.match(ticket.details, /… \[\+[\d,]+ characters: the tool's Text Limit 0 shows all\]$/);
		assert.ok(!Object.values(ticket).includes(null), 'empty fields are left out');
		assert.equal(ticket.status_id, undefined, 'a lookup id beside its name is left out');
		assert.equal(ticket.status_name, 'Closed');
		assert.equal(ticket.id, 1003);

		// The same tool with Text Limit 0 returns the whole text.
		const [{ json: full }] = await runTool(byId('ticket', 'ticketId', '1003', { toolTextLimit: 0 }));
		assert.equal(full.details.split('\n').length, 40);
		assert.doesNotMatch(full.details, /characters:/);
	});

	it('Simplify off on the tool still answers with the compact record', async () => {
		const [{ json }] = await runTool(byId('ticket', 'ticketId', '1001', { simplify: false }));
		assert.equal(json.customfields, undefined);
		assert.equal(typeof json.custom_fields, 'object');
		assert.equal(json.details_html, undefined);
	});

	it('a search at the default Limit answers 10 tickets and says how many more and how to narrow', async () => {
		const items = await runTool({ resource: 'ticket', operation: 'getAll' });
		assert.equal(items.length, 11);
		assert.match(
			items[10].json.more_available,
			/^40 more tickets not shown \(10 of 50\): narrow the request \(filters such as client, status, dates or search text\)/,
		);
		for (const item of items) assert.deepEqual(item.pairedItem, { item: 0 });
		for (const { json } of items.slice(0, 10)) {
			assert.equal(json.customfields, undefined);
			assert.ok(!json.details || json.details.length <= 260, `list details are capped: ${json.details}`);
		}
	});

	it('a 5-ticket search says Halo may hold more when the Limit was reached', async () => {
		const items = await runTool({ resource: 'ticket', operation: 'getAll', limit: 5 });
		assert.equal(items.length, 6);
		assert.match(
			items[5].json.more_available,
			/^Halo may hold more tickets than the Limit returned: narrow the request/,
		);
		const workflow = await t.run({ resource: 'ticket', operation: 'getAll', limit: 5, simplify: false });
		const ratio = chars(items) / chars(workflow.items);
		assert.ok(ratio < 0.5, `tool output is ${Math.round(ratio * 100)}% of Halo's rows`);
	});

	it("measures: characters an agent reads per call against Halo's raw replies", async (ctx) => {
		const measure = async (name, parameters, routes) => {
			let raw = 0;
			for (const route of routes) raw += JSON.stringify(await halo('GET', route)).length;
			const tool = chars(await runTool(parameters));
			ctx.diagnostic(`${name}: tool ${tool} characters, Halo ${raw} (${(tool / raw).toFixed(2)})`);
			return tool / raw;
		};
		const ticket = await halo('GET', TOOL_OUTPUT_TICKET_ROUTE);
		const ratios = [];
		for (const [name, parameters, routes] of toolOutputCalls(ticket))
			ratios.push(await measure(name, parameters, routes));
		for (const ratio of ratios) assert.ok(ratio < 0.5);
	});
});
