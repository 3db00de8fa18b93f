// The fault matrix: what a user notices when Halo rate-limits, fails, drops connections, expires tokens,
// sends broken bodies or answers slowly — items output, error text, and the simulator's request log and
// state showing that nothing was lost and nothing was written twice.
// (transport.test.mjs has the basic cases: one 429 with Retry-After, one 503 + one reset, one 500 on POST,
// a truncated GET, a record_count lie with a short last page; hardening-transport.test.mjs runs a cut-off
// reply through each kind of operation.)
import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';

import { assertNoSpecViolations, setup } from './support.mjs';

const TICKETS = 5000;
const FIRST_ID = 1001;
const RATE_LIMIT_TEXT = 'Rate Limit Reached - 300 Requests per rolling 5 minute window';

const getMany = (extra = {}) => ({
	resource: 'ticket',
	operation: 'getAll',
	returnAll: true,
	simplify: false,
	...extra,
});
const getOne = (id) => ({ resource: 'ticket', operation: 'get', ticketId: { mode: 'id', value: String(id) } });
const create = (summary) => ({ resource: 'ticket', operation: 'create', summary });
const ids = (res) => res.items.map((i) => i.json.id);
const unique = (prefix) => `${prefix} ${Date.now()}-${Math.random().toString(16).slice(2, 8)}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('fault matrix', () => {
	let t;
	const log = async (filter = () => true) => (await t.ctl.requests()).filter(filter);
	const apiLog = async (method, pathPrefix) =>
		(await t.ctl.apiRequests()).filter((r) => r.method === method && (!pathPrefix || r.path.startsWith(pathPrefix)));
	// read Halo's state straight from the in-process simulator (5,000 tickets are slow to serialise)
	const ticketsWithSummary = async (summary) =>
		t.sim.store
			.coll('tickets')
			.all()
			.filter((x) => x.summary === summary);
	/** Every row exactly once, in id order: nothing lost, nothing duplicated. `expected`: a count of seeded rows or the ids. */
	const assertCompletePull = (res, expected) => {
		assert.equal(res.error, undefined, res.error?.message);
		const want = Array.isArray(expected) ? expected : Array.from({ length: expected }, (_, i) => FIRST_ID + i);
		const got = ids(res);
		assert.equal(got.length, want.length, 'row count');
		assert.equal(new Set(got).size, want.length, 'no duplicate rows');
		assert.deepEqual(got, want, 'every row, in order');
	};
	/** The ids Halo holds now (other tests add tickets), in the order a pull returns them. */
	const allTicketIds = async () =>
		t.sim.store
			.coll('tickets')
			.all()
			.map((x) => x.id)
			.sort((a, b) => a - b);

	before(async () => {
		// Small waits so the matrix runs in seconds: first 429 backoff 0.1 s, request timeout 1 s.
		t = await setup({ sim: { ticketCount: TICKETS }, credentials: { backoffSeconds: 0.1, timeoutSeconds: 1 } });
	});
	after(async () => {
		await assertNoSpecViolations(t.ctl);
		await t.close();
	});
	beforeEach(async () => {
		await t.ctl.clearFaults();
		t.engine.setCredentials('haloPsaApi', { ...t.credentialData });
		const warm = await t.run({ resource: 'ticket', operation: 'getAll', returnAll: false, limit: 1 }); // token in place
		assert.equal(warm.error, undefined, warm.error?.message);
		await t.ctl.clearRequests();
	});

	describe('429 rate limit', () => {
		it('a burst of three 429s with Retry-After: waits as told each time, then the create goes through exactly once', async () => {
			await t.ctl.fault({
				match: { method: 'POST', path: '/api/Tickets' },
				kind: 'status',
				status: 429,
				times: 3,
				headers: { 'Retry-After': '1' },
				body: RATE_LIMIT_TEXT,
			});
			const summary = unique('Rate limited create');
			const started = Date.now();
			const res = await t.run(create(summary));
			assert.equal(res.error, undefined, res.error?.message);
			assert.equal(res.items.length, 1);
			assert.equal(res.items[0].json.summary, summary);
			assert.ok(Date.now() - started >= 2900, `waited ~3 s in total (${Date.now() - started} ms)`);
			const posts = await apiLog('POST');
			assert.deepEqual(
				posts.map((p) => p.status),
				[429, 429, 429, 201],
			);
			for (let i = 1; i < posts.length; i++) {
				const gap = Date.parse(posts[i].at) - Date.parse(posts[i - 1].at);
				assert.ok(gap >= 950, `retry ${i} came ${gap} ms after the 429 (Retry-After: 1)`);
			}
			// A 429 is refused, not applied: repeating it was safe and created one ticket.
			assert.equal((await ticketsWithSummary(summary)).length, 1);
		});

		it('429s with Retry-After in the middle of a 1,000-row pull: every row arrives once', async () => {
			await t.ctl.fault({
				match: { method: 'GET', path: '/api/Tickets' },
				kind: 'status',
				status: 429,
				times: 3,
				after: 1,
				headers: { 'Retry-After': '1' },
				body: RATE_LIMIT_TEXT,
			});
			const started = Date.now();
			const res = await t.run(getMany({ returnAll: false, limit: 1000 }));
			assertCompletePull(res, 1000);
			assert.ok(Date.now() - started >= 950, 'the pull paused for the Retry-After time');
			const pages = await apiLog('GET', '/api/Tickets');
			assert.equal(pages.filter((p) => p.status === 429).length, 3);
			const served = pages
				.filter((p) => p.status === 200)
				.map((p) => Number(p.query.page_no))
				.sort((a, b) => a - b);
			assert.deepEqual(served, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'each page served once');
		});

		it("429s without Retry-After: backs off 0.1, 0.2, 0.4 s (doubling from the credential's backoff), then finishes", async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'status', status: 429, times: 3 });
			const res = await t.run(getMany({ returnAll: false, limit: 250 }));
			assertCompletePull(res, 250);
			const firstPage = (await apiLog('GET', '/api/Tickets')).filter((r) => r.query.page_no === '1');
			assert.deepEqual(
				firstPage.map((r) => r.status),
				[429, 429, 429, 200],
			);
			const gaps = firstPage.slice(1).map((r, i) => Date.parse(r.at) - Date.parse(firstPage[i].at));
			[100, 200, 400].forEach((expected, i) => {
				assert.ok(gaps[i] >= expected - 10, `wait ${i + 1} was ${gaps[i]} ms, expected ≥ ${expected}`);
				assert.ok(gaps[i] < expected + 900, `wait ${i + 1} was ${gaps[i]} ms, expected about ${expected}`);
			});
		});

		it('a 429 burst that outlasts the 4 retries fails naming the rate limit and listing the waits', async () => {
			// no body and no Retry-After: the message must name the rate limit by itself
			await t.ctl.fault({
				match: { method: 'GET', path: '/api/Tickets' },
				kind: 'status',
				status: 429,
				times: -1,
				body: '',
			});
			const started = Date.now();
			const res = await t.run(getOne(1001));
			const elapsed = Date.now() - started;
			assert.equal(
				res.error.message,
				'Halo: HTTP 429 (rate limit still reached after 4 retries; waited 0.1 s, 0.2 s, 0.4 s, 0.8 s). Try again in a few minutes.',
			);
			assert.equal(String(res.error.httpCode), '429');
			assert.match(res.error.description, /rate limit was reached/);
			assert.match(res.error.description, /Retries: 429 rate limit, waited 0\.1 s; .*waited 0\.8 s/);
			assert.equal((await apiLog('GET')).length, 5, 'one request and 4 retries, no more');
			assert.ok(elapsed >= 1400 && elapsed < 6000, `bounded: ${elapsed} ms`);
		});
	});

	describe('gateway errors and dropped connections', () => {
		it('502 and 504 on two pages of a pull: both retried after 1 s, every row arrives once', async () => {
			await t.ctl.fault({
				match: { method: 'GET', path: '/api/Tickets' },
				kind: 'status',
				status: 502,
				body: 'Bad Gateway',
				after: 1,
			});
			await t.ctl.fault({
				match: { method: 'GET', path: '/api/Tickets' },
				kind: 'status',
				status: 504,
				body: 'Gateway Timeout',
				after: 2,
			});
			const res = await t.run(getMany({ returnAll: false, limit: 400 }));
			assertCompletePull(res, 400);
			const pages = await apiLog('GET', '/api/Tickets');
			assert.deepEqual(pages.map((p) => p.status).sort(), [200, 200, 200, 200, 502, 504]);
			for (const failed of pages.filter((p) => p.status !== 200)) {
				const retry = pages.find((p) => p.status === 200 && p.query.page_no === failed.query.page_no);
				const gap = Date.parse(retry.at) - Date.parse(failed.at);
				assert.ok(gap >= 950 && gap < 2000, `page ${failed.query.page_no} retried after ${gap} ms`);
			}
		});

		it('502, 503, 504 and a reset in a row: 3 retries (1 + 2 + 4 s), then a clear error listing them', async () => {
			const match = { method: 'GET', path: '/api/Tickets/1001' };
			await t.ctl.fault({ match, kind: 'status', status: 502 });
			await t.ctl.fault({ match, kind: 'status', status: 503 });
			await t.ctl.fault({ match, kind: 'status', status: 504 });
			await t.ctl.fault({ match, kind: 'reset' });
			const started = Date.now();
			const res = await t.run(getOne(1001));
			const elapsed = Date.now() - started;
			assert.match(res.error.message, /Could not reach Halo \((ECONNRESET|socket hang up)\)/);
			assert.match(
				res.error.description,
				/Retries: HTTP 502, retried after 1 s; HTTP 503, retried after 2 s; HTTP 504, retried after 4 s/,
			);
			assert.deepEqual(
				(await apiLog('GET')).map((r) => r.status),
				[502, 503, 504, 0],
			);
			assert.ok(elapsed >= 6900 && elapsed < 9500, `bounded: ${elapsed} ms`);
		});
	});

	describe('writes are never repeated after a failure Halo may have applied', () => {
		it('500 after Halo applied a create: the item errors, says so, and Halo has exactly one ticket', async () => {
			await t.ctl.fault({
				match: { method: 'POST', path: '/api/Tickets' },
				kind: 'status',
				status: 500,
				applyAfterHandling: true,
			});
			const summary = unique('Applied then 500');
			const res = await t.run(create(summary));
			assert.match(res.error.message, /Halo: An error has occurred/);
			assert.match(res.error.description, /may have applied this change/);
			assert.equal((await apiLog('POST')).length, 1, 'one POST, not retried');
			assert.equal((await ticketsWithSummary(summary)).length, 1, 'exactly one write');
		});

		it('with Continue On Fail the other items go through; each item is written exactly once', async () => {
			await t.ctl.fault({
				match: { method: 'POST', path: '/api/Tickets' },
				kind: 'status',
				status: 500,
				applyAfterHandling: true,
				after: 1,
			});
			const summaries = [unique('Item 0'), unique('Item 1'), unique('Item 2')];
			const res = await t.run(
				create('={{ $json.summary }}'),
				summaries.map((summary) => ({ json: { summary } })),
				{ continueOnFail: true },
			);
			assert.equal(res.items.length, 3);
			assert.deepEqual(
				res.items.map((i) => i.pairedItem.item),
				[0, 1, 2],
			);
			assert.equal(res.items[0].json.summary, summaries[0]);
			assert.match(res.items[1].json.error, /An error has occurred/);
			assert.equal(res.items[1].json.httpCode, '500');
			assert.equal(res.items[2].json.summary, summaries[2]);
			assert.equal((await apiLog('POST')).length, 3);
			for (const summary of summaries) assert.equal((await ticketsWithSummary(summary)).length, 1, summary);
		});

		it('500 after Halo applied a delete: not retried, one DELETE, the ticket is gone', async () => {
			const summary = unique('Delete me');
			const id = (await t.run(create(summary))).items[0].json.id;
			await t.ctl.clearRequests();
			await t.ctl.fault({
				match: { method: 'DELETE', path: '/api/Tickets' },
				kind: 'status',
				status: 500,
				applyAfterHandling: true,
			});
			const res = await t.run({ resource: 'ticket', operation: 'delete', ticketId: { mode: 'id', value: String(id) } });
			assert.match(res.error.message, /An error has occurred/);
			assert.equal((await apiLog('DELETE')).length, 1);
			assert.equal((await ticketsWithSummary(summary)).length, 0);
		});

		it('503 or a dropped connection on a POST: not retried, the error says to check Halo', async () => {
			await t.ctl.fault({ match: { method: 'POST', path: '/api/Tickets' }, kind: 'status', status: 503 });
			let res = await t.run(create(unique('503')));
			assert.match(res.error.message, /An error has occurred/);
			assert.match(res.error.description, /may have applied this change/);
			await t.ctl.fault({ match: { method: 'POST', path: '/api/Tickets' }, kind: 'reset' });
			res = await t.run(create(unique('reset')));
			assert.match(res.error.message, /Could not reach Halo .*may or may not have been applied/);
			assert.equal((await apiLog('POST')).length, 2, 'one attempt each');
		});

		it('a POST that times out (Halo slow, applies it later): error after ~1 s, exactly one write', async () => {
			await t.ctl.fault({ match: { method: 'POST', path: '/api/Tickets' }, kind: 'latency', delayMs: 1300 });
			const summary = unique('Slow write');
			const started = Date.now();
			const res = await t.run(create(summary));
			const elapsed = Date.now() - started;
			assert.match(
				res.error.message,
				/Halo did not answer within 1 s \(POST \/Tickets\)\. The write may or may not have been applied/,
			);
			assert.ok(elapsed >= 950 && elapsed < 1500, `failed after ${elapsed} ms`);
			await sleep(1300 - elapsed + 200); // Halo finishes the slow request
			assert.equal((await apiLog('POST')).length, 1, 'not re-sent');
			assert.equal((await ticketsWithSummary(summary)).length, 1);
		});

		it('a truncated reply to a POST that Halo applied: clear error, not re-sent, one write', async () => {
			await t.ctl.fault({ match: { method: 'POST', path: '/api/Tickets' }, kind: 'truncated' });
			const summary = unique('Truncated reply');
			const res = await t.run(create(summary));
			assert.match(res.error.message, /malformed JSON response \(\d+ characters, possibly cut off\)/);
			assert.equal((await apiLog('POST')).length, 1);
			assert.equal((await ticketsWithSummary(summary)).length, 1);
		});
	});

	describe('token expiry', () => {
		it('token expires in the middle of a 5,000-row pull: one new token, every row once', async () => {
			const expected = await allTicketIds();
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'expireTokens', after: 5 });
			const res = await t.run(getMany());
			assertCompletePull(res, expected);
			const tokens = await log((r) => r.tokenRequest);
			assert.equal(tokens.length, 1, `one new token, not one per parallel page (${tokens.length})`);
			const pages = await apiLog('GET', '/api/Tickets');
			const refused = pages.filter((p) => p.status === 401);
			assert.ok(refused.length >= 1, 'the expiry hit the pull');
			const served = pages
				.filter((p) => p.status === 200)
				.map((p) => Number(p.query.page_no))
				.sort((a, b) => a - b);
			assert.deepEqual(
				served,
				Array.from({ length: Math.ceil(expected.length / 100) }, (_, i) => i + 1),
				'each page served once',
			);
			for (const page of refused)
				assert.ok(served.includes(Number(page.query.page_no)), 'a refused page was fetched again');
		});

		it('token expires halfway through 100 items: one new token, 100 results paired in order', async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets/' }, kind: 'expireTokens', after: 50 });
			const items = Array.from({ length: 100 }, (_, i) => ({ json: { id: FIRST_ID + i } }));
			const res = await t.run({ ...getOne(0), ticketId: { mode: 'id', value: '={{ $json.id }}' } }, items);
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(
				ids(res),
				items.map((i) => i.json.id),
			);
			assert.deepEqual(
				res.items.map((i) => i.pairedItem.item),
				items.map((_, i) => i),
			);
			assert.equal((await log((r) => r.tokenRequest)).length, 1);
			assert.equal((await apiLog('GET')).filter((r) => r.status === 401).length, 1);
		});

		it('secret revoked while the token expires: "Credentials rejected by Halo", one token request, no storm', async () => {
			await t.ctl.expireTokens();
			await t.ctl.fault({
				match: { path: '/auth/token' },
				kind: 'status',
				status: 401,
				times: -1,
				body: { error: 'invalid_client', error_description: 'The client credentials are invalid' },
			});
			const res = await t.run(getMany());
			assert.match(
				res.error.message,
				/^Credentials rejected by Halo: invalid_client: The client credentials are invalid/,
			);
			assert.equal((await log((r) => r.tokenRequest)).length, 1);
			assert.equal((await apiLog('GET')).length, 1, 'the list request is not repeated');
		});

		it('secret revoked, 20 items with Continue On Fail: 20 clear errors from a single token request', async () => {
			await t.ctl.expireTokens();
			await t.ctl.fault({
				match: { path: '/auth/token' },
				kind: 'status',
				status: 401,
				times: -1,
				body: { error: 'invalid_client', error_description: 'The client credentials are invalid' },
			});
			const items = Array.from({ length: 20 }, (_, i) => ({ json: { id: FIRST_ID + i } }));
			const res = await t.run({ ...getOne(0), ticketId: { mode: 'id', value: '={{ $json.id }}' } }, items, {
				continueOnFail: true,
			});
			assert.equal(res.items.length, 20);
			for (const [i, item] of res.items.entries()) {
				assert.match(item.json.error, /Credentials rejected by Halo/);
				assert.equal(item.pairedItem.item, i);
			}
			assert.equal(
				(await log((r) => r.tokenRequest)).length,
				1,
				"Halo's token endpoint is asked once, not once per item",
			);
		});

		it('HTML error page when refreshing the token: explains the missing login agent, asks once', async () => {
			await t.ctl.expireTokens();
			await t.ctl.fault({ match: { path: '/auth/token' }, kind: 'html', times: -1 });
			const res = await t.run(getOne(1001));
			assert.match(res.error.message, /HTML error page instead of a token.*no login agent.*Agent to log in as/s);
			assert.equal((await log((r) => r.tokenRequest)).length, 1);
		});
	});

	describe('broken bodies', () => {
		it('a truncated page in the middle of a pull fails the run instead of returning part of the rows', async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'truncated', after: 2 });
			const res = await t.run(getMany({ returnAll: false, limit: 800 }));
			assert.match(res.error.message, /Halo sent a malformed JSON response \(\d+ characters, possibly cut off\)/);
			assert.match(res.error.description, /GET \/Tickets/);
			assert.equal(res.items.length, 0, 'no partial list');
		});

		it('an HTML page with status 200 (Resource Server URL pointing at the web app) is an error, not an empty list', async () => {
			const page = '<!DOCTYPE html><html><head><title>HaloPSA</title></head><body>Sign in</body></html>';
			await t.ctl.fault({
				match: { method: 'GET', path: '/api/Tickets' },
				kind: 'status',
				status: 200,
				body: page,
				contentType: 'text/html',
				times: 2,
			});
			let res = await t.run(getMany());
			assert.match(res.error.message, /HTML page instead of JSON.*Resource Server URL/);
			res = await t.run(getOne(1001));
			assert.match(res.error.message, /HTML page instead of JSON/);
		});

		it('a page cut off mid-body (full Content-Length, connection dropped) in a 5,000-row pull: read again, every row once', async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'cutOff', after: 7, times: 2 });
			const res = await t.run(getMany());
			assertCompletePull(res, await allTicketIds());
			const pages = await apiLog('GET', '/api/Tickets');
			assert.equal(pages.filter((p) => p.fault).length, 2);
			const served = pages.filter((p) => !p.fault).map((p) => Number(p.query.page_no));
			assert.equal(new Set(served).size, served.length, 'each page served once');
		});

		it('a POST whose reply is cut off mid-body: error says it may have been applied, not re-sent, one write', async () => {
			await t.ctl.fault({ match: { method: 'POST', path: '/api/Tickets' }, kind: 'cutOff' });
			const summary = unique('Cut-off reply');
			const res = await t.run(create(summary));
			assert.match(res.error.message, /reply to POST \/Tickets was cut off.*may or may not have been applied/);
			assert.equal((await apiLog('POST')).length, 1);
			assert.equal((await ticketsWithSummary(summary)).length, 1);
		});

		it('a truncated token reply: clear error that quotes none of it', async () => {
			t.engine.setCredentials('haloPsaApi', { ...t.credentialData }); // no token yet
			await t.ctl.fault({ match: { path: '/auth/token' }, kind: 'truncated' });
			const res = await t.run(getOne(1001));
			assert.match(res.error.message, /token endpoint .* not valid JSON \(\d+ characters, possibly cut off\)/);
		});
	});

	it('record_count larger than the real rows, last page full: stops at the first empty page with an error', async () => {
		await t.ctl.reset(); // back to exactly 5,000 seeded tickets = 50 full pages, so only an empty page can end the pull
		await t.ctl.fault({
			match: { method: 'GET', path: '/api/Tickets' },
			kind: 'lieRecordCount',
			extra: 100000,
			times: -1,
		});
		const res = await t.run(getMany());
		// a list never ends below record_count without an error (rows deleted under the paging look the same)
		assert.match(res.error?.message ?? '', /reported 105000 matches but its pages held only 5000 rows/);
		assert.equal(res.items.length, 0);
		const pages = (await apiLog('GET', '/api/Tickets')).map((p) => Number(p.query.page_no));
		// page 51 is the first empty one; pages are fetched 4 at a time, so at most 3 beyond it
		assert.ok(pages.includes(51), 'asked for the page after the last');
		assert.ok(Math.max(...pages) <= 54, `stopped at the empty page (asked up to page ${Math.max(...pages)})`);
		assert.equal(new Set(pages).size, pages.length, 'no page asked twice');
	});

	describe('slow Halo', () => {
		it('a GET slower than the 1 s timeout fails after about 1 s with a clear error, once', async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'latency', delayMs: 3000 });
			const started = Date.now();
			const res = await t.run(getOne(1001));
			const elapsed = Date.now() - started;
			assert.match(res.error.message, /^Halo did not answer within 1 s \(GET \/Tickets\/1001\)$/);
			assert.ok(elapsed >= 950 && elapsed < 1800, `gave up after ${elapsed} ms`);
			assert.equal((await apiLog('GET')).length, 1);
		});

		it('a slow token endpoint: the error names the authorisation server and the time, not the API call', async () => {
			t.engine.setCredentials('haloPsaApi', { ...t.credentialData }); // no token yet
			await t.ctl.fault({ match: { path: '/auth/token' }, kind: 'latency', delayMs: 3000 });
			const started = Date.now();
			const res = await t.run(getOne(1001));
			const elapsed = Date.now() - started;
			assert.match(res.error.message, /authorisation server at .*\/auth\/token\?tenant=demo did not answer within 1 s/);
			assert.ok(elapsed < 1800, `gave up after ${elapsed} ms`);
		});

		it('latency under the timeout on every page: the pull completes', async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'latency', delayMs: 300, times: -1 });
			const res = await t.run(getMany({ returnAll: false, limit: 500 }));
			assertCompletePull(res, 500);
		});
	});
});
