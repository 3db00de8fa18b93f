// The benchmark's request-count floors for our node, small enough for the unit tier (no timing, no
// n8n-nodes-base): the same scenarios as `npm run bench` (scripts/bench/scenarios.mjs), exact counts only.
import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';

import { recentRange, runAppointmentRange } from '../../scripts/bench/appointments.mjs';
import { OURS, runDropdowns, runEnrichment, runGetById, runPull } from '../../scripts/bench/scenarios.mjs';
import { assertNoSpecViolations, setup } from './support.mjs';

const TICKETS = 2000;

describe('benchmark floors (our node)', () => {
	let t;
	const requests = () => t.sim.control.requests();
	const tokenCount = (log) => log.filter((r) => r.tokenRequest).length;
	const apiCount = (log) => log.filter((r) => !r.tokenRequest).length;

	before(async () => {
		t = await setup({ sim: { ticketCount: TICKETS } });
	});
	after(async () => {
		await assertNoSpecViolations(t.ctl);
		await t.close();
	});
	beforeEach(async () => {
		// every scenario starts like a fresh credential: no token stored yet
		t.engine.setCredentials('haloPsaApi', t.credentialData);
		await t.ctl.clearRequests();
	});

	it('enrichment event: 4 requests (ticket, client, user, note); one token request on the first event, none after', async () => {
		const ticketIds = t.sim.control
			.state('tickets')
			.filter((r) => r.user_id && r.client_id)
			.slice(0, 5)
			.map((r) => r.id);
		const perEvent = [];
		let seen = 0;
		const result = await runEnrichment(t.engine, OURS, {
			sim: t.sim,
			ticketIds,
			after: async () => {
				const log = requests();
				perEvent.push(log.slice(seen));
				seen = log.length;
			},
		});
		assert.equal(result.failed, 0, result.firstError);
		assert.equal(perEvent.length, 5);
		perEvent.forEach((log, i) => {
			assert.equal(apiCount(log), 4, `event ${i}: ${log.map((r) => `${r.method} ${r.path}`).join(', ')}`);
			assert.equal(tokenCount(log), i === 0 ? 1 : 0, `event ${i} token requests`);
			assert.deepEqual(
				log.filter((r) => !r.tokenRequest).map((r) => `${r.method} ${r.path.replace(/\d+$/, '{id}').toLowerCase()}`),
				['GET /api/tickets/{id}', 'GET /api/client/{id}', 'GET /api/users/{id}', 'POST /api/actions'],
			);
		});
		const notes = t.sim.control.state('actions').filter((a) => String(a.note).startsWith('Enrichment: client '));
		assert.equal(notes.length, 5);
		assert.ok(
			notes.every((a) => a.hiddenfromuser === true),
			'private notes',
		);
	});

	it(`full pull of ${TICKETS} tickets: ${TICKETS / 100} page requests and at most one token request`, async () => {
		const result = await runPull(t.engine, OURS);
		assert.equal(result.error, undefined, result.error);
		assert.equal(result.items, TICKETS);
		assert.ok(result.ordered, 'rows in id order');
		const log = requests();
		assert.ok(tokenCount(log) <= 1, `${tokenCount(log)} token requests`);
		const pages = log.filter((r) => !r.tokenRequest);
		assert.equal(pages.length, TICKETS / 100);
		assert.ok(pages.every((r) => r.method === 'GET' && /\/api\/tickets$/i.test(r.path) && r.query.page_size === '100'));
		assert.deepEqual(
			pages.map((r) => Number(r.query.page_no)).sort((a, b) => a - b),
			Array.from({ length: TICKETS / 100 }, (_, i) => i + 1),
			'every page exactly once',
		);
	});

	it('pages that arrive out of order are kept in page order; a slow page does not hold up the next ones', async () => {
		// page 1 passes, page 2 (the first of the concurrent pages) is slow: pages 3, 4, 5, 6, ... overtake it
		await t.ctl.fault({
			match: { method: 'GET', path: '/api/Tickets' },
			kind: 'latency',
			delayMs: 400,
			after: 1,
			times: 1,
		});
		try {
			const result = await runPull(t.engine, OURS);
			assert.equal(result.error, undefined, result.error);
			assert.equal(result.items, TICKETS);
			assert.ok(result.ordered, 'rows in id order');
		} finally {
			await t.ctl.clearFaults();
		}
		const pages = requests().filter((r) => !r.tokenRequest);
		assert.equal(pages.length, TICKETS / 100);
		const page = (n) => pages.find((r) => r.query.page_no === String(n));
		const end = (r) => Date.parse(r.at) + r.durationMs;
		// sliding window: while page 2 waits, the other fetchers move on past page 5 (batches of 4 would stop at 5)
		assert.ok(Date.parse(page(6).at) < end(page(2)), 'page 6 was requested before page 2 had answered');
	});

	it('Get by ID: one request per item and no token request while the token lives', async () => {
		await runGetById(t.engine, OURS, { ids: [1001] }); // token in place
		await t.ctl.clearRequests();
		const ids = Array.from({ length: 50 }, (_, i) => 1001 + i);
		const result = await runGetById(t.engine, OURS, { ids });
		assert.equal(result.error, undefined, result.error);
		assert.equal(result.items, 50);
		assert.equal(result.wrong, 0);
		const log = requests();
		assert.equal(tokenCount(log), 0);
		assert.equal(apiCount(log), 50);
	});

	it('dropdowns and locator search: one request per open; one token request on the first open, none after', async () => {
		const perOpen = [];
		let seen = 0;
		const result = await runDropdowns(t.engine, OURS, {
			times: 3,
			after: async () => {
				const log = requests();
				perOpen.push(log.slice(seen));
				seen = log.length;
			},
		});
		assert.equal(result.opens, 9);
		assert.equal(result.empty, 0);
		perOpen.forEach((log, i) => {
			assert.equal(apiCount(log), 1, `open ${i}`);
			assert.equal(tokenCount(log), i === 0 ? 1 : 0, `open ${i} token requests`);
		});
	});

	// res-ops (issue 23): bench scenario 9
	it('appointments in a date range (Return All): one API request without paging parameters, at most one token request', async () => {
		const range = recentRange();
		const result = await runAppointmentRange(t.engine, OURS, range);
		assert.equal(result.error, undefined, result.error);
		const start = Date.parse(range.startDate);
		const end = Date.parse(range.endDate);
		const expected = t.sim.control
			.state('appointments')
			.filter((a) => Date.parse(a.end_date) > start && Date.parse(a.start_date) < end).length;
		assert.ok(expected > 20, `${expected} seeded appointments in the range`);
		assert.equal(result.items, expected);
		const log = requests();
		assert.ok(tokenCount(log) <= 1);
		assert.deepEqual(
			log.filter((r) => !r.tokenRequest).map((r) => [r.method, r.path, Object.keys(r.query).sort()]),
			[['GET', '/api/Appointment', ['end_date', 'start_date']]],
		);
	});
});
