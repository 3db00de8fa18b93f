// Several n8n processes on one Halo application (queue mode): each process paces to its share of the
// budget ("Processes Sharing the Budget"), and a 429 caused by the others makes it pace to what it got
// through instead of colliding every window. The other process is played by the test itself: requests
// straight to the simulator, paced to the same share. Windows are scaled down as in pacing.test.mjs.
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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Another process using the same application: `perWindow` requests, then a quiet window, until stopped. */
function otherProcess(sim, perWindow) {
	let running = true;
	const done = (async () => {
		const tokenRes = await fetch(`${sim.url}/auth/token?tenant=${sim.tenant}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: sim.clientId,
				client_secret: sim.clientSecret,
				scope: 'all',
			}),
		});
		const { access_token: token } = await tokenRes.json();
		let sent = 0;
		while (running) {
			for (let i = 0; i < perWindow; i++) {
				await (
					await fetch(`${sim.url}/api/Tickets/1500`, { headers: { authorization: `Bearer ${token}` } })
				).arrayBuffer();
				sent++;
			}
			await sleep(WINDOW_MS + 20);
		}
		return sent;
	})();
	return {
		stop: async () => {
			running = false;
			return await done;
		},
	};
}

describe('request budget shared by several processes', () => {
	const t = haloSuite();
	const refusedUpdates = async () => (await t.ctl.apiRequests()).filter((r) => r.method === 'POST' && r.status === 429);
	const shared = async ({ limit, budget, processes, otherPerWindow, updates }) => {
		await t.ctl.config({ rateLimit: { limit, windowMs: WINDOW_MS, retryAfter: false } });
		t.engine.setCredentials('haloPsaApi', {
			...t.credentialData,
			requestBudget: budget,
			processesSharingBudget: processes,
			backoffSeconds: 0.1,
		});
		const other = otherProcess(t.sim, otherPerWindow);
		try {
			const ids = Array.from({ length: updates }, (_, i) => 1001 + i);
			const result = await runUpdates(t.engine, OURS, { ids, continueOnFail: true });
			const otherSent = await other.stop();
			const writes = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST' && r.status !== 429);
			return { result, ids, otherSent, writes, refused: (await refusedUpdates()).length };
		} finally {
			await other.stop();
			await t.ctl.config({ rateLimit: null });
		}
	};

	it('"Processes Sharing the Budget" 2: each process paces to half, and Halo never answers 429', async () => {
		const run = await shared({ limit: 10, budget: 10, processes: 2, otherPerWindow: 5, updates: 20 });
		assert.equal(run.result.failed, 0, run.result.error);
		assert.ok(run.otherSent >= 10, `the other process kept sending (${run.otherSent})`);
		assert.equal(run.refused, 0, '429 responses to the node');
		const otherRefused = (await t.ctl.apiRequests()).filter((r) => r.method === 'GET' && r.status === 429).length;
		assert.equal(otherRefused, 0, '429 responses to the other process');
		assert.deepEqual(
			run.writes.map((r) => r.body[0].id),
			run.ids,
			'each update sent once, in item order',
		);
	});

	it('left at 1 while another process uses half: after a 429 the node paces to what got through, so only a few 429s', async (ctx) => {
		const run = await shared({ limit: 10, budget: 10, processes: 1, otherPerWindow: 5, updates: 40 });
		assert.equal(run.result.failed, 0, run.result.error);
		assert.deepEqual(
			run.writes.map((r) => r.body[0].id),
			run.ids,
			'each update written once, in item order',
		);
		// Without learning, the node spends its whole budget every window and half of it comes back 429.
		ctx.diagnostic(`${run.refused} 429 responses (the pacer before this change: 11)`);
		assert.ok(run.refused <= 7, `${run.refused} 429 responses for 40 updates over ~8 windows`);
	});
});
