// Ticket → Get Many → Count Only: one request, Halo's record_count, one item {count}.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

describe('ticket count only', () => {
	const t = haloSuite({ sim: { ticketCount: 450 } });

	it('counts the open tickets of a client in one request, whatever their number', async () => {
		const res = await t.run({
			resource: 'ticket',
			operation: 'getAll',
			countOnly: true,
			filters: { clientId: '1', state: 'open' },
		});
		assert.equal(res.error, undefined, res.error?.message);
		const tickets = await t.ctl.state('tickets');
		const statuses = await t.ctl.state('statuses');
		const closed = new Set(statuses.filter((s) => s.type === 2).map((s) => s.id));
		const expected = tickets.filter((x) => x.client_id === 1 && !closed.has(x.status_id)).length;
		assert.ok(expected > 0);
		assert.deepEqual(
			res.items.map((i) => i.json),
			[{ count: expected }],
		);
		const calls = await t.ctl.apiRequests();
		assert.equal(calls.length, 1);
		assert.equal(calls[0].path, '/api/Tickets');
		assert.equal(String(calls[0].query.client_id), '1');
		assert.equal(String(calls[0].query.open_only), 'true');
	});

	it('counts every ticket (more than a page) with one request', async () => {
		const res = await t.run({ resource: 'ticket', operation: 'getAll', countOnly: true, returnAll: true });
		assert.deepEqual(
			res.items.map((i) => i.json),
			[{ count: 450 }],
		);
		assert.equal((await t.ctl.apiRequests()).length, 1);
	});

	it('a reply without record_count fails instead of guessing', async () => {
		await t.ctl.fault({
			match: { method: 'GET', path: '/api/Tickets' },
			kind: 'status',
			status: 200,
			body: [{ id: 1 }],
		});
		const res = await t.run({ resource: 'ticket', operation: 'getAll', countOnly: true });
		assert.match(res.error?.message ?? '', /no record_count/);
	});
});
