// Feedback (CSAT) resource: Get Many of Halo's /Feedback, a bare list that ignores paging and takes no filters:
// one request, the date range and the client checked here, Return All refused without a range.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const feedback = (extra = {}) => ({ resource: 'feedback', operation: 'getAll', ...extra });
const DAY = 86_400_000;

describe('feedback', () => {
	const t = haloSuite({ sim: { ticketCount: 120 } });
	let rows;
	let tickets;
	before(async () => {
		rows = await t.ctl.state('feedback');
		tickets = await t.ctl.state('tickets');
	});

	it('a date range: one request without parameters; the rows given in the range, simplified', async () => {
		const end = Date.parse(new Date().toISOString().slice(0, 10)) + DAY;
		const start = end - 30 * DAY;
		const res = await t.run(
			feedback({ startDate: new Date(start).toISOString(), endDate: new Date(end).toISOString(), returnAll: true }),
		);
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]),
			[['GET', '/api/Feedback', {}]],
		);
		const expected = rows.filter((r) => Date.parse(r.date) >= start && Date.parse(r.date) < end);
		assert.ok(expected.length > 3 && expected.length < rows.length, `${expected.length} of ${rows.length}`);
		assert.deepEqual(res.items.map((i) => i.json.id).sort(), expected.map((r) => r.id).sort());
		assert.deepEqual(Object.keys(res.items[0].json), [
			'id',
			'ticket_id',
			'date',
			'score',
			'score_band',
			'comment',
			'feedback_faultid',
		]);
	});

	it("a client: its tickets are read first (pages of 100), then the feedback on them; Limit counts the client's rows", async () => {
		const clientOf = new Map(tickets.map((ticket) => [ticket.id, ticket.client_id]));
		const clientId = clientOf.get(rows[0].ticket_id);
		const res = await t.run(feedback({ filters: { clientId: String(clientId) }, limit: 2 }));
		assert.equal(res.error, undefined, res.error?.message);
		const requests = await t.ctl.apiRequests();
		assert.deepEqual(requests.at(-1).path, '/api/Feedback');
		assert.ok(requests.slice(0, -1).every((r) => r.path === '/api/Tickets' && r.query.client_id === String(clientId)));
		// Halo's order here: by date (then id)
		const expected = rows
			.filter((r) => clientOf.get(r.ticket_id) === clientId)
			.sort((x, y) => Date.parse(x.date) - Date.parse(y.date) || x.id - y.id);
		assert.deepEqual(
			res.items.map((i) => i.json.id),
			expected.slice(0, 2).map((r) => r.id),
		);
	});

	it('Return All without both ends of the range fails before anything is sent; End before Start too', async () => {
		const a = await t.run(feedback({ returnAll: true, filters: { clientId: '1' } }));
		assert.match(
			a.error.message,
			/^Return All: Halo sends feedback in one reply, all of them \(it ignores paging\), so Return All needs a date range \(both Start and End\).*\[item 0\]$/,
		);
		const b = await t.run(feedback({ startDate: '2026-05-02', endDate: '2026-05-01' }));
		assert.match(b.error.message, /^End: is before Start \[item 0\]$/);
		assert.deepEqual(await t.ctl.apiRequests(), []);
	});
});
