// The transport: paging, error shapes, rate limits and which failures are retried.
import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';

import { assertNoSpecViolations, setup } from './support.mjs';

const getAll = (extra = {}) => ({ resource: 'ticket', operation: 'getAll', returnAll: true, ...extra });

describe('transport', () => {
	let t;
	before(async () => {
		t = await setup({ sim: { ticketCount: 250 } });
	});
	after(async () => {
		await assertNoSpecViolations(t.ctl);
		await t.close();
	});
	beforeEach(async () => {
		await t.ctl.clearFaults();
		await t.run({ resource: 'ticket', operation: 'getAll', returnAll: false, limit: 1 }); // token in place
		await t.ctl.clearRequests();
	});

	it('pulls 250 tickets in 3 page requests of at most 100, in order, without duplicates', async () => {
		const res = await t.run(getAll({ simplify: false }));
		assert.equal(res.error, undefined, res.error?.message);
		assert.equal(res.items.length, 250);
		const ids = res.items.map((i) => i.json.id);
		assert.equal(new Set(ids).size, 250);
		assert.deepEqual(
			ids,
			[...ids].sort((a, b) => a - b),
		);
		const pages = await t.ctl.apiRequests();
		assert.equal(pages.length, 3);
		for (const page of pages) {
			assert.equal(page.query.pageinate, 'true');
			assert.ok(Number(page.query.page_size) <= 100);
		}
		assert.deepEqual(pages.map((p) => p.query.page_no).sort(), ['1', '2', '3']);
	});

	it('with a Limit fetches only the pages it needs', async () => {
		const res = await t.run({ resource: 'ticket', operation: 'getAll', returnAll: false, limit: 120 });
		assert.equal(res.items.length, 120);
		assert.equal((await t.ctl.apiRequests()).length, 2);
	});

	it('stops at the empty page when record_count claims more rows than exist, with an error: rows are missing', async () => {
		await t.ctl.fault({
			match: { method: 'GET', path: '/api/Tickets' },
			kind: 'lieRecordCount',
			extra: 500,
			times: -1,
		});
		const res = await t.run(getAll());
		assert.match(res.error?.message ?? '', /reported 750 matches but its pages held only 250 rows/);
		assert.equal(res.items.length, 0, 'no part of the list');
		const pages = await t.ctl.apiRequests();
		assert.ok(pages.length <= 8, `stopped after ${pages.length} requests`);
	});

	const shapes = [
		[
			'validation map',
			400,
			{ '[0].summary': 'The Summary field is required.' },
			/summary: The Summary field is required\./,
		],
		['Message', 400, { Message: 'Invalid filter combination' }, /Invalid filter combination/],
		[
			'ClassName + Message',
			404,
			{ ClassName: 'HaloException', Message: 'Ticket 999 not found' },
			/Ticket 999 not found/,
		],
		['OAuth error', 400, { error: 'invalid_request', error_description: 'Bad scope' }, /invalid_request: Bad scope/],
		['resultCode', 400, { resultCode: 7, errorMessage: 'Licence expired' }, /Licence expired/],
		['plain text', 403, 'You do not have access to this area', /You do not have access to this area/],
	];
	for (const [name, status, body, expected] of shapes) {
		it(`turns a ${name} error body into Halo's message with the status`, async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'status', status, body });
			const res = await t.run(getAll());
			assert.match(res.error.message, expected);
			assert.equal(String(res.error.httpCode), String(status));
		});
	}

	it('waits as told by Retry-After on a 429, then succeeds', async () => {
		await t.ctl.fault({
			match: { method: 'GET', path: '/api/Tickets' },
			kind: 'status',
			status: 429,
			headers: { 'Retry-After': '1' },
			body: 'Rate Limit Reached - 300 Requests per rolling 5 minute window',
		});
		const started = Date.now();
		const res = await t.run(getAll());
		assert.equal(res.error, undefined, res.error?.message);
		assert.equal(res.items.length, 250);
		assert.ok(Date.now() - started >= 900, 'waited about the Retry-After time');
		const statuses = (await t.ctl.apiRequests()).map((r) => r.status);
		assert.equal(statuses.filter((s) => s === 429).length, 1);
	});

	it('retries a GET after 502/503 and a dropped connection', async () => {
		await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'status', status: 503, times: 1 });
		await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'reset', times: 1 });
		const res = await t.run({ resource: 'ticket', operation: 'getAll', returnAll: false, limit: 5 });
		assert.equal(res.error, undefined, res.error?.message);
		assert.equal(res.items.length, 5);
	});

	it('never re-sends a POST that failed with a 500', async () => {
		await t.ctl.fault({
			match: { method: 'POST', path: '/api/Tickets' },
			kind: 'status',
			status: 500,
			body: { Message: 'Internal error' },
		});
		const res = await t.run({ resource: 'ticket', operation: 'create', summary: 'Printer on fire' });
		assert.match(res.error.message, /Internal error/);
		const posts = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
		assert.equal(posts.length, 1);
	});

	it('names the item and field for a non-numeric ticket ID', async () => {
		const res = await t.run(
			{ resource: 'ticket', operation: 'get', ticketId: { mode: 'id', value: '={{ $json.ticket }}' } },
			[{ json: { ticket: 'abc' } }],
		);
		assert.match(res.error.message, /Ticket: must be a Halo ID.*"abc".*\[item 0\]/);
		assert.equal((await t.ctl.apiRequests()).length, 0);
	});

	it('reports malformed JSON from Halo clearly', async () => {
		await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'truncated' });
		const res = await t.run({ resource: 'ticket', operation: 'getAll', returnAll: false, limit: 5 });
		assert.match(res.error.message, /malformed JSON/);
	});
});
