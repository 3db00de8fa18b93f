// HaloPSA Trigger against what live tenants showed (EVIDENCE 11.14, 11.15, 11.17): the delivery envelope Halo
// sends, the tenant's own event catalog in the Events list, and signature prefixes on webhooks made in Halo's UI.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { envelope, sign, triggerSuite } from './trigger-support.mjs';

describe('HaloPSA Trigger: the envelope, the event catalog and signature prefixes', () => {
	const s = triggerSuite();
	const loadEvents = () =>
		s.engine.loadOptions({ type: 'haloPsaTrigger', method: 'getEvents', parameters: s.automatic() });

	it("the simulator sends Halo's envelope and the trigger reads it; the older shapes still read", async () => {
		await s.hook('create');
		const created = await s.halo('POST', '/Tickets', [{ summary: 'Envelope check', client_id: 1 }]);
		const [delivery] = await s.waitForDeliveries(1);
		const body = JSON.parse(delivery.body);
		assert.deepEqual(Object.keys(body).slice(0, 9), [
			'id',
			'webhook_id',
			'notification_id',
			'escmsg_id',
			'event',
			'message',
			'object_id',
			'agent_id',
			'timestamp',
		]);
		assert.equal(body.event, 'new ticket logged');
		assert.equal(body.message, `New Ticket Logged for Ticket ID: ${String(created.json.id).padStart(7, '0')}.`);
		assert.match(body.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
		assert.equal(body.eventno, undefined, 'no event number');
		const res = await s.deliver({ headers: delivery.headers, body: delivery.body });
		assert.equal(res.workflowData[0][0].json.object_id, created.json.id);

		// The live tenant's sample (EVIDENCE 11.14), and an older shape with other key spellings.
		const live = {
			id: 'a1b2c3d4-0000-4000-8000-000000000001',
			webhook_id: 'w',
			notification_id: 41,
			escmsg_id: 'e',
			event: 'ticket status changed',
			message: 'The status has been changed for Ticket ID: 0004242.',
			object_id: 4242,
			agent_id: 3,
			timestamp: new Date().toISOString().replace(/\.(\d{3})Z$/, '.$19999Z'),
			ticket: { id: 4242, status_id: 2, hasbeenclosed: true },
		};
		assert.equal((await s.deliver(s.signed(live))).workflowData[0].length, 1);
		const older = {
			ID: 'older-1',
			EventName: 'New Ticket Logged',
			ObjectID: 1001,
			Timestamp: new Date().toISOString(),
		};
		assert.equal((await s.deliver(s.signed(older))).workflowData[0].length, 1);
		await s.hook('delete');
	});

	it("the Events list is the tenant's catalog: tokens rendered, '- All' preferred, other lookups left out", async () => {
		const options = await loadEvents();
		const names = options.map((option) => option.name);
		assert.ok(names.includes('New Ticket Logged (3)'), names.join(' | '));
		assert.ok(names.includes('Ticket Assigned to Agent (12)'), 'an event the package has no entry for');
		assert.ok(!names.some((name) => /\$#|- All|Assigned \(10(03|61)\)/.test(name)), names.join(' | '));
		assert.ok(
			!options.some((option) => ['1003', '1061', '5001'].includes(option.value)),
			'Assigned variants, other lookups',
		);
		const requests = (await s.ctl.apiRequests()).filter((r) => r.path === '/api/Lookup');
		assert.equal(requests.length, 1);
		assert.equal(String(requests[0].query.lookupid), '64');
		assert.equal(options.find((option) => option.value === '3').description, undefined);

		await s.ctl.fault({ match: { method: 'GET', path: '/api/Lookup' }, kind: 'status', status: 403, times: -1 });
		const fallback = await loadEvents();
		assert.deepEqual(
			fallback.map((option) => option.value),
			['3', '61', '76', '39', '19', '42', '46', '70', '1072', '1004'],
			"the package's evidenced list",
		);
		assert.match(fallback[0].description, /could not be read/);
	});

	it('a catalog event subscribes like any other number', async () => {
		const parameters = s.automatic({ events: ['12', '3'] });
		await s.hook('create', parameters);
		const [webhook] = await s.webhooksAt();
		assert.deepEqual(
			(await s.rowsOf(webhook.id)).map((row) => row.eventno).sort((a, b) => a - b),
			[3, 12],
		);
		await s.hook('delete', parameters);
	});

	it('manual mode: a signature prefix set in Halo\'s UI ("sha256= <signature>") is accepted; automatic sends none', async () => {
		const secret = 'a-long-random-secret-0123456789';
		await s.uiWebhook({
			name: 'Prefixed',
			url: s.url,
			authentication: 'signed',
			basic_password: secret,
			signature_prefix: 'sha256=',
			events: [{ eventno: 3 }],
		});
		await s.halo('POST', '/Tickets', [{ summary: 'Prefixed delivery', client_id: 1 }]);
		const [delivery] = await s.waitForDeliveries(1);
		assert.match(delivery.headers.token, /^sha256= [A-Za-z0-9+/=]+$/);
		const manual = { registration: 'manual' };
		for (const prefix of ['sha256=', ' sha256= ']) {
			s.engine.setCredentials('haloPsaWebhookApi', {
				authentication: 'signedToken',
				headerName: 'Token',
				secret,
				signaturePrefix: prefix,
			});
			const res = await s.deliver({ headers: delivery.headers, body: delivery.body }, manual);
			assert.equal(res.responseStatus, 200, `prefix ${JSON.stringify(prefix)}`);
		}
		const body = JSON.stringify(envelope());
		const bare = await s.deliver({ headers: { token: sign(secret, body) }, body }, manual);
		assert.equal(bare.responseStatus, 401, 'a configured prefix is required');
		for (const webhook of await s.webhooksAt()) await s.halo('DELETE', `/Webhook/${webhook.id}`);

		await s.hook('create');
		const [ours] = await s.webhooksAt();
		assert.equal(ours.signature_prefix, '', 'automatic registration sets no prefix');
		await s.hook('delete');
	});
});
