// The simulator answers as a production tenant did (EVIDENCE §11): /Agent paged as `results`, /Agent/me as claims,
// actions numbered within their ticket, 404s with empty bodies, ModelState for a bad id, lists that ignore paging,
// and unknown query parameters ignored by Halo but kept as violations so a suite fails on a misspelled filter.
import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';

import { startSimulator, API_AGENT_ID } from '../../simulator/index.mjs';
import { defineResource, handleList } from '../../simulator/collection.mjs';
import { LIST_PAGING, listReply } from '../../simulator/paging.mjs';
import { assertNoSpecViolations, haloSuite, simControl, simToken } from './support.mjs';

let sim;
let token;

async function api(method, path, body) {
	const res = await fetch(`${sim.url}/api${path}`, {
		method,
		headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await res.text();
	return { status: res.status, text, json: text ? JSON.parse(text) : undefined };
}

before(async () => {
	sim = await startSimulator({ port: 0 });
	token = await simToken(sim);
});
after(async () => await sim.close());
beforeEach(() => sim.control.reset());

describe('agents (EVIDENCE 11.1)', () => {
	it('GET /Agent with pageinate is wrapped as results and ignores page_size; without it a bare array', async () => {
		const bare = await api('GET', '/Agent');
		assert.ok(Array.isArray(bare.json));
		const paged = await api('GET', '/Agent?pageinate=true&page_size=1&page_no=1');
		assert.equal(paged.status, 200);
		assert.deepEqual(Object.keys(paged.json).sort(), ['record_count', 'results']);
		assert.equal(paged.json.results.length, bare.json.length, 'every agent, though one was asked for');
		assert.equal(paged.json.record_count, bare.json.length);
		assert.deepEqual(sim.control.specViolations(), [], 'pageinate on /Agent is what a live Halo answers');
	});

	it("GET /Agent/me answers the token's claims, the login agent's id among them", async () => {
		const me = await api('GET', '/Agent/me');
		assert.equal(me.status, 200);
		assert.deepEqual(Object.keys(me.json), ['claims']);
		for (const claim of me.json.claims) assert.deepEqual(Object.keys(claim).sort(), ['type', 'value']);
		assert.ok(me.json.claims.some((claim) => claim.type === 'agent_id' && claim.value === String(API_AGENT_ID)));
		assert.equal(me.json.name, undefined, 'not an agent record');
	});
});

describe('actions are numbered within their ticket (EVIDENCE 11.13)', () => {
	it('ids start at 1 on each ticket; get and delete find an action by ticket and number', async () => {
		const [first, second] = [1001, 1002];
		const before = (await api('GET', `/Actions?ticket_id=${first}`)).json.actions.map((a) => a.id);
		assert.deepEqual(
			before,
			before.map((_, index) => index + 1),
			'seeded actions are 1, 2, … on their ticket',
		);
		const note = (ticketId, text) => api('POST', '/Actions', [{ ticket_id: ticketId, note: text, outcome_id: 7 }]);
		const a = (await note(first, 'on the first')).json;
		const b = (await note(second, 'on the second')).json;
		assert.equal(a.id, before.length + 1, 'the next number on that ticket');
		const secondCount = (await api('GET', `/Actions?ticket_id=${second}`)).json.actions.length;
		assert.equal(b.id, secondCount);
		const got = await api('GET', `/Actions/${a.id}?ticket_id=${first}`);
		assert.equal(got.json.note, 'on the first');
		// the same number on another ticket is another action, or none
		const other = await api('GET', `/Actions/${a.id}?ticket_id=${second}`);
		assert.notEqual(other.json?.note, 'on the first');
		assert.equal((await api('GET', `/Actions/${a.id}`)).status, 404, 'without its ticket no action is found');
		const deleted = await api('DELETE', `/Actions/${a.id}?ticket_id=${first}`);
		assert.deepEqual(deleted.json, { id: a.id, deleted: true });
		assert.equal((await api('GET', `/Actions/${a.id}?ticket_id=${first}`)).status, 404);
	});

	it('GET /Actions without ticket_id answers no rows', async () => {
		const all = await api('GET', '/Actions?count=50');
		assert.deepEqual(all.json, { record_count: 0, actions: [] });
	});

	it("an attachment names its action by ticket and number; the action's attachment_count follows", async () => {
		const ticketId = 1003;
		const action = (await api('POST', '/Actions', [{ ticket_id: ticketId, note: 'with a file', outcome_id: 7 }])).json;
		const file = { filename: 'a.txt', data_base64: 'data:text/plain;base64,aGk=' };
		const wrong = await api('POST', '/Attachment', [{ ...file, ticket_id: 1004, action_id: action.id + 50 }]);
		assert.equal(wrong.status, 400);
		const ok = await api('POST', '/Attachment', [{ ...file, ticket_id: ticketId, action_id: action.id }]);
		assert.equal(ok.status, 201);
		const read = await api('GET', `/Actions/${action.id}?ticket_id=${ticketId}`);
		assert.equal(read.json.attachment_count, 1);
	});
});

describe('errors (EVIDENCE 11.4, 11.23)', () => {
	it('an unknown id or route: 404 with an empty body, for records and configuration alike', async () => {
		for (const [method, path, body] of [
			['GET', '/Tickets/999999'],
			['GET', '/Status/999'],
			['GET', '/Agent/999'],
			['DELETE', '/Client/99999'],
			['POST', '/Tickets', [{ id: 999999, summary: 'x' }]],
			['GET', '/NoSuchThing'],
		]) {
			const res = await api(method, path, body);
			assert.deepEqual([method, path, res.status, res.text], [method, path, 404, '']);
		}
	});

	it('a non-numeric id: 400 ModelState {id: ["The value \'…\' is not valid."]}', async () => {
		const res = await api('GET', '/Tickets/probe');
		assert.equal(res.status, 400);
		assert.deepEqual(res.json, { id: ["The value 'probe' is not valid."] });
	});

	it('field validation answers ModelState arrays', async () => {
		const res = await api('POST', '/Tickets', [{ details: 'no summary' }]);
		assert.deepEqual(res.json, { '[0].summary': ['The Summary field is required.'] });
	});
});

describe('unknown query parameters (EVIDENCE 11.7)', () => {
	it('are ignored as Halo ignores them — a misspelled filter returns the whole list — and recorded', async () => {
		const all = await api('GET', '/Tickets?pageinate=true&page_size=100');
		const misspelled = await api('GET', '/Tickets?pageinate=true&page_size=100&assigned_to=3');
		assert.equal(misspelled.status, 200);
		assert.equal(misspelled.json.record_count, all.json.record_count, 'not filtered');
		const [violation] = sim.control.specViolations();
		assert.match(violation.violations[0], /'assigned_to' is not declared for GET \/Tickets: Halo ignores it/);
		const entry = sim.control.requests().find((request) => request.query.assigned_to);
		assert.match(entry.specViolation, /assigned_to/);
	});

	it("fail a resource suite's end-of-suite check", async () => {
		const ctl = simControl(sim.url);
		await assertNoSpecViolations(ctl);
		await api('GET', '/Tickets?agentid=3');
		await assert.rejects(assertNoSpecViolations(ctl), /agentid/);
	});
});

describe('lists that ignore paging (EVIDENCE 11.5)', () => {
	const rows = Array.from({ length: 7 }, (_, index) => ({ id: index + 1 }));
	const reply = (query, options) =>
		listReply(rows, query, { wrapper: null, pageCap: 100, present: (row) => row, ...options });

	it('IGNORES_PAGING: every row whatever count, page_size and pageinate say, bare or wrapped', () => {
		const ignoring = { listPaging: LIST_PAGING.IGNORES_PAGING };
		assert.equal(reply({ pageinate: 'true', page_size: '1', count: '1' }, ignoring).length, 7);
		assert.equal(reply({ count: '2' }, ignoring).length, 7);
		const wrapped = reply({ pageinate: 'true', page_size: '1' }, { ...ignoring, wrapper: 'appointments' });
		assert.deepEqual([wrapped.record_count, wrapped.appointments.length], [7, 7]);
		assert.equal(reply({ pageinate: 'true', page_size: '1' }, {}).length, 1, 'the default still pages');
		assert.equal(reply({ count: '2' }, {}).length, 2);
	});

	it('a resource flagged IGNORES_PAGING answers its whole list through the collection handler', () => {
		const def = defineResource({ name: 'Status', collection: 'statuses', listPaging: LIST_PAGING.IGNORES_PAGING });
		const all = sim.store.coll('statuses').size;
		const model = { store: sim.store, config: { pageCap: 100 } };
		const res = handleList(def, model, { query: { pageinate: 'true', page_size: '1', count: '1' } });
		assert.equal(res.body.length, all);
	});
});

describe('the node reads "me" from the claims (EVIDENCE 11.1)', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });
	const me = { resource: 'agent', operation: 'get', agentTarget: 'me', simplify: false };
	const answerMe = (body) =>
		t.ctl.fault({ match: { method: 'GET', path: '/api/Agent/me' }, kind: 'status', status: 200, body });

	it('Agent → Get "me" outputs the login agent, read by the id its claim holds', async () => {
		const res = await t.run(me);
		assert.equal(res.error, undefined, res.error?.message);
		const paths = (await t.ctl.apiRequests()).map((request) => request.path);
		assert.deepEqual(paths, ['/api/Agent/me', `/api/Agent/${API_AGENT_ID}`]);
		assert.equal(res.items[0].json.name, 'n8n API Agent');
		assert.equal(res.items[0].json.claims, undefined);
	});

	it('tolerates another claim type for the id, and an agent record (both shapes)', async () => {
		await answerMe({ claims: [{ type: 'http://schemas.xmlsoap.org/claims/nameidentifier', value: '4' }] });
		const byClaim = await t.run(me);
		assert.equal(byClaim.items[0].json.name, 'Priya Sharma');
		await answerMe({ id: 5, name: 'Tom Becker' });
		const byRecord = await t.run(me);
		assert.equal(byRecord.items[0].json.id, 5);
	});

	it('claims without an agent id: the error says so and lists the claim types', async () => {
		await answerMe({
			claims: [
				{ type: 'client_id', value: 'abc' },
				{ type: 'scope', value: 'all' },
			],
		});
		const res = await t.run(me);
		assert.equal(res.error.message, "Halo's /Agent/me did not say which agent the API application is");
		assert.match(res.error.description, /client_id, scope/);
	});
});
