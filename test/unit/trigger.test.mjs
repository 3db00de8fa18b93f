// HaloPSA Trigger, automatic mode: registration as live tenants do it (a signed webhook, then Notification
// rows), a ticket logged in Halo reaching the trigger, the signature check over the raw body, changed URLs,
// leftovers, and deactivation leaving nothing behind.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { envelope, sign, triggerSuite } from './trigger-support.mjs';

describe('HaloPSA Trigger: automatic registration', () => {
	const s = triggerSuite();

	it('activation creates one signed webhook, then one Notification row per event; deactivation removes both', async () => {
		assert.equal(await s.hook('checkExists'), false);
		const chosen = s.automatic({ events: ['3', '76'], customEventNumbers: '512' });
		assert.equal(await s.hook('create', chosen), true);
		const writes = (await s.ctl.apiRequests()).filter((r) => r.method === 'POST');
		assert.deepEqual(
			writes.map((r) => r.path),
			['/api/Webhook', '/api/Notification'],
			'the webhook, then the rows in one call',
		);
		const [webhookBody] = writes[0].body;
		assert.equal(webhookBody.events, undefined, 'no events on the webhook: Halo drops them');
		assert.equal(webhookBody.type, 0);
		assert.equal(webhookBody.method, 0);
		assert.equal(webhookBody.content_type, 'application/json');
		assert.equal(webhookBody.authentication_type, 3);
		assert.equal(webhookBody.authentication_header, 'Token');
		assert.equal(webhookBody.url, s.url);
		assert.match(webhookBody.name, /^n8n: /);
		const [webhook] = await s.webhooksAt();
		assert.match(webhook.id, /^[0-9a-f-]{36}$/);
		assert.match(webhook.basic_password, /^[0-9a-f]{64}$/, '256 random bits');
		assert.equal(s.stored().secret, webhook.basic_password, 'the secret is kept in static data');
		assert.equal(s.stored().webhookId, webhook.id);

		assert.deepEqual(
			writes[1].body,
			[3, 76, 512].map((eventno) => ({
				type: -2,
				delivery_method: 6,
				eventno,
				name: { 3: 'New Ticket Logged', 76: 'Ticket Status Changed', 512: 'Event 512' }[eventno],
				filter_type: 2,
				restriction_type: 0,
				conditions: [],
				webhook_id: webhook.id,
			})),
		);
		const rows = await s.rowsOf(webhook.id);
		assert.deepEqual(
			rows.map((r) => r.eventno).sort((a, b) => a - b),
			[3, 76, 512],
		);
		assert.equal(await s.hook('checkExists', chosen), true);

		assert.equal(await s.hook('delete', chosen), true);
		assert.deepEqual(await s.webhooksAt(), []);
		assert.deepEqual(await s.rowsOf(webhook.id), [], 'the rows are deleted too (Halo does not cascade)');
		assert.equal(s.stored().secret, undefined, 'the secret is forgotten');
	});

	it("a ticket logged through Halo's API reaches the trigger as one signed delivery carrying the ticket", async () => {
		await s.hook('create');
		const created = await s.run({ resource: 'ticket', operation: 'create', summary: 'Scanner offline' });
		const [delivery, ...more] = await s.waitForDeliveries(1);
		assert.equal(more.length, 0, 'exactly one delivery');
		assert.ok(delivery.headers.token, 'Halo signs the delivery in the Token header');
		const res = await s.deliver({ headers: { token: delivery.headers.token }, body: delivery.body });
		assert.equal(res.responseStatus, 200);
		assert.equal(res.workflowData[0].length, 1);
		const item = res.workflowData[0][0].json;
		assert.equal(item.object_id, created.items[0].json.id);
		assert.equal(item.ticket.summary, 'Scanner offline');
		assert.doesNotMatch(JSON.stringify(res.responseBody), new RegExp(s.stored().secret));
		await s.hook('delete');
	});

	it('the signature is checked over the raw body bytes, not over re-serialised JSON; the secret itself is accepted too', async () => {
		await s.hook('create');
		const { secret } = s.stored();
		// Spacing, key order and escapes as Halo might write them: JSON.stringify(JSON.parse(raw)) differs from raw.
		const raw = '{ "object_id" : 1001,\n  "id": "raw-1", "event": "New Ticket Logged", "summary": "caf\\u00e9" }';
		assert.notEqual(JSON.stringify(JSON.parse(raw)), raw);
		const overRaw = await s.deliver({ headers: { token: sign(secret, raw) }, body: raw });
		assert.equal(overRaw.responseStatus, 200);
		assert.equal(overRaw.workflowData[0][0].json.summary, 'café');
		const overReserialised = await s.deliver({
			headers: { token: sign(secret, JSON.stringify(JSON.parse(raw))) },
			body: raw,
		});
		assert.equal(overReserialised.responseStatus, 401, "a signature of re-serialised JSON is not Halo's");
		const bySecret = await s.deliver({ headers: { Token: secret }, body: envelope() });
		assert.equal(bySecret.responseStatus, 200, 'type 3 read as "API key": the secret itself');
		await s.hook('delete');
	});

	it('missing or wrong token → 401 and no execution', async () => {
		await s.hook('create');
		const { secret } = s.stored();
		const body = JSON.stringify(envelope());
		const wrong = [
			{},
			{ token: '' },
			{ token: sign(`${secret}x`, body) },
			{ token: sign(secret, `${body} `) },
			{ token: sign(secret, body).slice(0, -2) },
			{ token: secret.slice(0, -1) },
			{ token: secret.toUpperCase() },
			{ authorization: `Bearer ${secret}` },
			{ 'x-token': sign(secret, body) },
		];
		for (const headers of wrong) {
			const res = await s.deliver({ headers, body });
			assert.equal(res.responseStatus, 401, JSON.stringify(headers).slice(0, 40));
			assert.equal(res.workflowData, undefined);
			assert.ok(!JSON.stringify(res.responseBody).includes(secret));
		}
		await s.hook('delete');
	});

	it('before any registration nothing gets in', async () => {
		for (const headers of [{}, { token: '' }, { token: sign('', '{}') }]) {
			const res = await s.deliver({ headers, body: '{}' });
			assert.equal(res.responseStatus, 401);
		}
	});

	it('a delivery for our subscription is never dropped for its event text; a batch becomes one item per event', async () => {
		await s.hook('create');
		const body = [
			envelope({ event: 'Something Halo calls it' }),
			envelope({ event: 'ticket updated', object_id: 1002 }),
		];
		const res = await s.deliver(s.signed(body));
		assert.equal(res.responseStatus, 200);
		assert.deepEqual(
			res.workflowData[0].map((i) => i.json.object_id),
			[1001, 1002],
		);
		const notJson = await s.deliver(s.signed('{"id": "half'));
		assert.equal(notJson.responseStatus, 400);
		assert.equal(notJson.workflowData, undefined);
		await s.hook('delete');
	});

	it("n8n's webhook URL changed: the old webhook and its rows are deleted, one webhook at the new URL", async () => {
		await s.hook('create');
		const [old] = await s.webhooksAt();
		const newUrl = s.url.replace('/webhook/', '/webhook-new/');
		assert.equal(await s.hook('checkExists', s.automatic(), newUrl), false);
		await s.hook('create', s.automatic(), newUrl);
		assert.deepEqual(await s.webhooksAt(s.url), [], 'nothing left at the old URL');
		assert.deepEqual(await s.rowsOf(old.id), []);
		const [current] = await s.webhooksAt(newUrl);
		assert.equal((await s.rowsOf(current.id)).length, 1);
		const stale = await s.deliver({ headers: { token: old.basic_password }, body: envelope() });
		assert.equal(stale.responseStatus, 401, 'the old secret opens nothing');
		await s.hook('delete', s.automatic(), newUrl);
		assert.deepEqual(await s.webhooksAt(newUrl), []);
	});

	it('changed events re-register; leftovers are removed only when provably ours', async () => {
		await s.hook('create');
		assert.equal(
			await s.hook('checkExists', s.automatic({ events: ['3', '39'] })),
			false,
			'other events → register again',
		);
		// Left by an activation whose static data was lost: our name prefix at our URL. The others are someone else's.
		const leftover = await s.halo('POST', '/Webhook', [
			{ name: 'n8n: lost', url: s.url, type: 0, authentication_type: 0 },
		]);
		const theirsSameUrl = await s.halo('POST', '/Webhook', [{ name: 'Made by an admin', url: s.url, type: 0 }]);
		const theirsPrefix = await s.halo('POST', '/Webhook', [
			{ name: 'n8n: elsewhere', url: `${s.receiverBase}/other`, type: 0 },
		]);
		await s.hook('create', s.automatic({ events: ['3', '39'] }));
		const ids = (await s.ctl.state('webhooks')).map((w) => w.id);
		assert.ok(!ids.includes(leftover.json.id), 'the leftover is removed');
		assert.ok(
			ids.includes(theirsSameUrl.json.id) && ids.includes(theirsPrefix.json.id),
			'webhooks not provably ours stay',
		);
		const ours = (await s.webhooksAt()).filter((w) => w.name.startsWith('n8n: '));
		assert.equal(ours.length, 1);
		assert.deepEqual(
			(await s.rowsOf(ours[0].id)).map((r) => r.eventno).sort((a, b) => a - b),
			[3, 39],
		);
		await s.hook('delete');
		for (const id of [theirsSameUrl.json.id, theirsPrefix.json.id]) await s.halo('DELETE', `/Webhook/${id}`);
	});

	it('recreates its webhook when it was deleted in Halo', async () => {
		await s.hook('create');
		const [webhook] = await s.webhooksAt();
		await s.halo('DELETE', `/Webhook/${webhook.id}`);
		assert.equal(await s.hook('checkExists'), false);
		await s.hook('create');
		assert.equal((await s.webhooksAt()).length, 1);
		assert.deepEqual(await s.rowsOf(webhook.id), [], "the deleted webhook's orphaned rows are cleaned up too");
		await s.hook('delete');
	});

	it('lists from /Webhook and /Notification are read bare or wrapped', async () => {
		await s.hook('create');
		const [webhook] = await s.webhooksAt();
		const rows = await s.rowsOf(webhook.id);
		await s.ctl.fault({
			match: { method: 'GET', path: '/api/Notification' },
			kind: 'status',
			status: 200,
			body: { record_count: rows.length, notifications: rows },
		});
		await s.ctl.fault({
			match: { method: 'GET', path: '/api/Webhook' },
			kind: 'status',
			status: 200,
			body: { record_count: 0, webhooks: [] },
		});
		await s.hook('delete');
		assert.deepEqual(await s.rowsOf(webhook.id), []);
		assert.deepEqual(await s.webhooksAt(), []);
	});

	it("a failure while subscribing removes the half-made webhook; the error is Halo's", async () => {
		await s.ctl.fault({
			match: { method: 'POST', path: '/api/Notification' },
			kind: 'status',
			status: 400,
			body: '"Event number not allowed"',
		});
		await assert.rejects(s.hook('create'), /Event number not allowed/);
		assert.deepEqual(await s.webhooksAt(), []);
		assert.equal(s.stored().secret, undefined);
	});

	it('a value from before the evidenced event list is refused at activation, by name', async () => {
		await assert.rejects(
			s.hook('create', s.automatic({ events: ['ticketCreated'] })),
			/Events: "ticketCreated" is not a Halo event number/,
		);
		assert.equal((await s.ctl.apiRequests()).length, 0, 'nothing sent');
	});
});
