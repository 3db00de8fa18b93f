// HaloPSA Trigger under hostile conditions: a captured signed delivery replayed later, two copies of one
// delivery at once, two activations at once, and a single event that holds a list.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { envelope, sleep, triggerSuite } from './trigger-support.mjs';

const minutesAgo = (minutes) => new Date(Date.now() - minutes * 60_000).toISOString();
const started = (res) => res.workflowData?.[0]?.length ?? 0;

describe('HaloPSA Trigger: replays and races', () => {
	const s = triggerSuite();

	it('a captured delivery replayed after the window, or dated in the future, is refused (4xx, no execution)', async () => {
		const parameters = s.automatic({ options: { dedupeMinutes: 10 } });
		await s.hook('create', parameters);
		const stale = await s.deliver(s.signed(envelope({ timestamp: minutesAgo(11) })), parameters);
		assert.equal(stale.responseStatus, 400, 'older than the window');
		assert.equal(started(stale), 0);
		// Halo's own timestamp shape: seven decimals, Z.
		const halo = minutesAgo(30).replace(/\.\d+Z$/, '.7895915Z');
		assert.equal((await s.deliver(s.signed(envelope({ timestamp: halo })), parameters)).responseStatus, 400);
		const future = await s.deliver(s.signed(envelope({ timestamp: minutesAgo(-30) })), parameters);
		assert.equal(future.responseStatus, 400, 'half an hour ahead');
		assert.equal(started(future), 0);
		const skewed = await s.deliver(s.signed(envelope({ timestamp: minutesAgo(-1) })), parameters);
		assert.equal(started(skewed), 1, "a minute of clock difference is Halo's, not a replay");
		await s.hook('delete', parameters);
	});

	it('a delivery id pushed out by 1,000 newer deliveries still cannot be replayed', async () => {
		await s.hook('create');
		const first = envelope({ timestamp: minutesAgo(5) });
		const body = s.signed(first);
		assert.equal(started(await s.deliver(body)), 1);
		for (let i = 0; i < 1000; i++) {
			const res = await s.deliver(s.signed(envelope({ timestamp: minutesAgo(4) })));
			assert.equal(started(res), 1);
		}
		const replay = await s.deliver(body);
		assert.equal(started(replay), 0, 'the replay starts nothing');
		assert.ok(replay.responseStatus < 500);
		await s.hook('delete');
	});

	it('a delivery without an id is remembered by its body: the same bytes again start nothing', async () => {
		await s.hook('create');
		const { id, ...noId } = envelope();
		assert.ok(id);
		const body = s.signed(noId);
		assert.equal(started(await s.deliver(body)), 1);
		const again = await s.deliver(body);
		assert.equal(again.responseStatus, 200);
		assert.equal(started(again), 0);
		const other = await s.deliver(s.signed({ ...noId, object_id: 1002 }));
		assert.equal(started(other), 1, 'another body is another delivery');
		await s.hook('delete');
	});

	it('two copies of one delivery 50 ms apart with Fetch Full Record: one execution; a failed fetch gives the id back', async () => {
		const parameters = s.automatic({ fetchFullRecord: true });
		await s.hook('create', parameters);
		await s.ctl.fault({ match: { method: 'GET', path: '^/api/Tickets/' }, kind: 'latency', delayMs: 300 });
		const body = s.signed(envelope({ ticket: { id: 1001 } }));
		const first = s.deliver(body, parameters);
		await sleep(50);
		const second = s.deliver(body, parameters);
		const runs = (await Promise.all([first, second])).map(started);
		assert.deepEqual(runs.sort(), [0, 1], 'one of the two copies runs');

		await s.ctl.fault({ match: { method: 'GET', path: '^/api/Tickets/' }, kind: 'status', status: 500 });
		const failing = s.signed(envelope({ ticket: { id: 1002 } }));
		const failed = await s.deliver(failing, parameters);
		assert.ok(failed.workflowData[0][0].json.fetchError, 'the event comes out with fetchError');
		const resent = await s.deliver(failing, parameters);
		assert.equal(started(resent), 1, "Halo's re-send runs");
		assert.equal(resent.workflowData[0][0].json.ticket.id, 1002);
		await s.hook('delete', parameters);
	});

	it('two activations at once leave one webhook whose deliveries are accepted; deactivation removes every one of ours', async () => {
		await Promise.all([s.hook('create'), s.hook('create')]);
		const webhooks = await s.webhooksAt();
		assert.equal(webhooks.length, 1, 'one webhook in Halo');
		const res = await s.deliver(s.signed(envelope()));
		assert.equal(res.responseStatus, 200);
		assert.equal(started(res), 1, 'signed with the secret Halo holds');

		// One more of ours at our URL (another n8n process activated too), and one an admin made there.
		const other = await s.halo('POST', '/Webhook', [{ name: 'n8n: elsewhere', url: s.url, type: 0 }]);
		assert.equal(other.status, 201);
		const admin = await s.halo('POST', '/Webhook', [{ name: 'Admin hook', url: s.url, type: 0 }]);
		await s.hook('delete');
		assert.deepEqual(
			(await s.webhooksAt()).map((webhook) => webhook.id),
			[admin.json.id],
			'every webhook of ours is gone; the admin one stays',
		);
		await s.halo('DELETE', `/Webhook/${admin.json.id}`);
	});

	it('one event holding a list stays one event with all its fields; only a JSON array is a batch', async () => {
		await s.hook('create');
		const ticketWithFiles = {
			ticket: { id: 1001, summary: 'Printer jam' },
			attachments: [
				{ id: 1, filename: 'a.png' },
				{ id: 2, filename: 'b.png' },
			],
		};
		const one = await s.deliver(s.signed(ticketWithFiles));
		assert.equal(started(one), 1);
		assert.deepEqual(one.workflowData[0][0].json, ticketWithFiles);
		const batch = await s.deliver(s.signed([envelope(), envelope()]));
		assert.equal(started(batch), 2);
		await s.hook('delete');
	});
});

describe('HaloPSA Trigger: who answers Halo', () => {
	const s = triggerSuite();

	it('an accepted delivery is answered by n8n once it holds the execution; forgeries and duplicates at once, without one', async () => {
		const parameters = s.automatic({ fetchFullRecord: true });
		await s.hook('create', parameters);
		const body = s.signed(envelope());
		const accepted = await s.deliver(body, parameters);
		assert.notEqual(accepted.noWebhookResponse, true, "the trigger leaves the answer to n8n's webhook helpers");
		assert.equal(accepted.responseStatus, 200);
		assert.deepEqual(accepted.responseBody, { received: 1, accepted: 1 }, 'the answer n8n sends says what was taken');
		assert.equal(started(accepted), 1);

		const duplicate = await s.deliver(body, parameters);
		assert.equal(duplicate.noWebhookResponse, true, 'answered by the trigger itself');
		assert.deepEqual([duplicate.responseStatus, duplicate.responseBody], [200, { received: 1, accepted: 0 }]);
		assert.equal(started(duplicate), 0);
		const forged = await s.deliver({ ...body, headers: { token: 'forged' } }, parameters);
		assert.deepEqual([forged.noWebhookResponse, forged.responseStatus, started(forged)], [true, 401, 0]);
		await s.hook('delete', parameters);
	});
});
