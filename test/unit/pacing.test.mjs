// The credential's request budget: the node paces itself so Halo's rolling window never refuses a request.
// Halo's window is 5 minutes; here both sides run it scaled down (the simulator's window is set to
// WINDOW_MS, the node's 5-minute window is divided the same way by wrapping the compiled pacer's export).
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

import { OURS, runUpdates } from '../../scripts/bench/scenarios.mjs';
import { ROOT, haloSuite } from './support.mjs';

const WINDOW_MS = 600;
const pacer = createRequire(import.meta.url)(path.join(ROOT, 'dist/nodes/HaloPsa/transport/pacer.js'));
const takeSlot = pacer.takeSlot;
pacer.takeSlot = (key, budget, windowMs) => takeSlot(key, budget, (windowMs * WINDOW_MS) / 300_000);

describe('request budget (pacing)', () => {
	const t = haloSuite();
	const refused = async () => (await t.ctl.apiRequests()).filter((r) => r.status === 429).length;
	/** Runs `body` with Halo limited to `limit` requests per window and the credential's budget set to `budget`. */
	const limited = async ({ limit, budget }, body) => {
		await t.ctl.config({ rateLimit: { limit, windowMs: WINDOW_MS, retryAfter: true } });
		t.engine.setCredentials('haloPsaApi', { ...t.credentialData, requestBudget: budget });
		try {
			await body();
		} finally {
			await t.ctl.config({ rateLimit: null });
		}
	};

	it('20 updates with a budget of 5 per window: every item succeeds and Halo never answers 429', async () => {
		await limited({ limit: 5, budget: 5 }, async () => {
			const ids = Array.from({ length: 20 }, (_, i) => 1001 + i);
			const result = await runUpdates(t.engine, OURS, { ids, continueOnFail: true });
			assert.equal(result.failed, 0, result.error);
			assert.equal(await refused(), 0, '429 responses');
			const writes = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
			assert.deepEqual(
				writes.map((r) => r.body[0].id),
				ids,
				'each update sent once, in item order',
			);
		});
	});

	it('a request counts from when its answer came back: a slow first request does not cause a 429 at the window edge', async () => {
		// The first request spends 200 ms before Halo counts it, so Halo's count of it ends 200 ms after the
		// send + window; the fourth request must wait for that, not for the send time.
		await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets/1001' }, kind: 'latency', delayMs: 200, times: 1 });
		await limited({ limit: 3, budget: 3 }, async () => {
			const res = await t.run(
				{ resource: 'ticket', operation: 'get', ticketId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
				Array.from({ length: 6 }, (_, i) => ({ json: { id: 1001 + i } })),
			);
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(
				res.items.map((item) => item.json.id),
				[1001, 1002, 1003, 1004, 1005, 1006],
			);
			assert.equal(await refused(), 0, '429 responses');
			assert.equal((await t.ctl.apiRequests()).length, 6);
		});
	});

	it('without a budget (0) the same run is refused by Halo and recovers through Retry-After', async () => {
		await limited({ limit: 5, budget: 0 }, async () => {
			const ids = Array.from({ length: 8 }, (_, i) => 1101 + i);
			const result = await runUpdates(t.engine, OURS, { ids, continueOnFail: true });
			assert.equal(result.failed, 0, result.error);
			assert.ok((await refused()) > 0, 'Halo refused requests once the node stopped pacing');
		});
	});
});
