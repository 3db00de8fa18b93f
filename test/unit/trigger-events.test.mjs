// HaloPSA Trigger: the event catalogue, "Copy events from a Halo webhook", manual mode (Basic or signed token),
// Fetch Full Record and its failure path, and the delivery envelope read under the key names Halo might use.
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

import { ROOT } from './support.mjs';
import { basic, envelope, sign, triggerSuite } from './trigger-support.mjs';

const require = createRequire(import.meta.url);
const { HALO_EVENTS } = require(`${ROOT}/dist/nodes/HaloPsaTrigger/events.js`);
const { readEnvelope, deliveryEvents } = require(`${ROOT}/dist/nodes/HaloPsaTrigger/envelope.js`);

describe('HaloPSA Trigger: events, copy mode, manual mode, full records', () => {
	const s = triggerSuite();

	it('the event list holds exactly the numbers seen on live tenants, each with its source', async () => {
		assert.deepEqual(
			HALO_EVENTS.map((e) => e.eventno).sort((a, b) => a - b),
			[3, 19, 39, 42, 46, 61, 70, 76, 1004, 1072],
		);
		const source = readFileSync(`${ROOT}/nodes/HaloPsaTrigger/events.ts`, 'utf8');
		for (const { eventno } of HALO_EVENTS) {
			const line = source.split('\n').findIndex((l) => l.includes(`eventno: ${eventno},`));
			assert.match(
				source.split('\n')[line - 1],
				/^\s*\/\/ .*(High|Medium|Low)/,
				`event ${eventno} names its source and confidence`,
			);
		}
		const [description] = (
			await s.engine.nodeTypes.getByNameAndVersion(`${s.engine.packageName}.haloPsaTrigger`, 1)
		).description.properties.filter((p) => p.name === 'events');
		// The list is the tenant's catalog; these numbers are its fallback (test/unit/trigger-catalog.test.mjs).
		assert.equal(description.typeOptions.loadOptionsMethod, 'getEvents');
		assert.equal(description.default[0], '3', 'New Ticket Logged by default');
		// randomBytes from node:crypto: n8n-workflow's generateSecureToken does not exist in n8n 1.x.
		for (const file of readdirSync(`${ROOT}/dist/nodes/HaloPsaTrigger`).filter((f) => f.endsWith('.js'))) {
			assert.doesNotMatch(
				readFileSync(`${ROOT}/dist/nodes/HaloPsaTrigger/${file}`, 'utf8'),
				/generateSecureToken/,
				file,
			);
		}
	});

	it("copy mode: subscribes the same event numbers and conditions as a webhook made in Halo's UI, without taking its rows", async () => {
		const condition = {
			id: 7,
			notification_guid: '6f0c1c7e-52a4-4b55-9e1f-0d3b2e9a1c11',
			fieldname: 'symptom',
			tablename: 'faults',
			type: 1,
			value_type: 'string',
			value_display: 'Incident',
		};
		const ui = await s.uiWebhook({
			name: 'Escalations',
			url: `${s.receiverBase}/ui`,
			authentication: 'basic',
			basic_username: 'ui',
			basic_password: 'ui-password',
			events: [
				{ eventno: 61, conditions: [condition] },
				{ eventno: 2222, name: 'Something only the UI offers' },
			],
		});
		const options = await s.engine.loadOptions({
			type: 'haloPsaTrigger',
			method: 'getHaloWebhooks',
			parameters: s.automatic(),
		});
		assert.deepEqual(
			options.map((o) => o.value),
			[ui.id],
		);
		assert.equal(options[0].name, 'Escalations');

		const copy = s.automatic({ eventSource: 'copy', sourceWebhookId: ui.id });
		await s.ctl.clearRequests();
		await s.hook('create', copy);
		const loadOptionsLeftOut = await s.engine.loadOptions({
			type: 'haloPsaTrigger',
			method: 'getHaloWebhooks',
			parameters: copy,
		});
		assert.deepEqual(
			loadOptionsLeftOut.map((o) => o.value),
			[ui.id],
			'our own webhook is not offered',
		);
		const posted = (await s.ctl.apiRequests()).find((r) => r.method === 'POST' && r.path === '/api/Notification').body;
		for (const row of posted) {
			assert.equal(row.guid, null, 'guid nulled: reusing it would take over the UI row');
			assert.equal(row.id, undefined);
		}
		const [ours] = await s.webhooksAt();
		const rows = await s.rowsOf(ours.id);
		assert.deepEqual(rows.map((r) => [r.eventno, r.name]).sort(), [
			[2222, 'Something only the UI offers'],
			[61, 'Ticket Updated'],
		]);
		const copiedCondition = rows.find((r) => r.eventno === 61).conditions[0];
		assert.equal(copiedCondition.fieldname, 'symptom');
		assert.equal(copiedCondition.value_display, 'Incident');
		assert.equal(copiedCondition.id, undefined);
		assert.equal(copiedCondition.notification_guid, null);
		assert.equal((await s.rowsOf(ui.id)).length, 2, 'the UI webhook keeps its own rows');
		assert.equal(await s.hook('checkExists', copy), true);

		// The copied subscription fires: a ticket update reaches our webhook, signed with our secret.
		await s.ctl.act({ type: 'ticket.update', id: 1001, changes: { summary: 'Escalated' } });
		const [delivery] = await s.waitForDeliveries(1);
		const res = await s.deliver({ headers: { token: delivery.headers.token }, body: delivery.body }, copy);
		assert.equal(res.workflowData[0][0].json.ticket.summary, 'Escalated');
		await s.hook('delete', copy);
		assert.deepEqual(await s.rowsOf(ours.id), []);
		assert.equal((await s.rowsOf(ui.id)).length, 2, 'deactivation leaves the UI webhook alone');
		await s.halo('DELETE', `/Webhook/${ui.id}`);
	});

	it('manual mode, Basic: only the user and password of the credential', async () => {
		s.engine.setCredentials('haloPsaWebhookApi', {
			authentication: 'basic',
			user: 'halo',
			password: 'a-long-random-password-1234',
		});
		const manual = { registration: 'manual' };
		assert.equal(await s.hook('create', manual), true);
		assert.equal((await s.ctl.apiRequests()).length, 0, 'manual mode registers nothing in Halo');
		const good = await s.deliver(
			{
				headers: { authorization: basic('halo', 'a-long-random-password-1234') },
				body: envelope({ event: 'anything at all' }),
			},
			manual,
		);
		assert.equal(good.workflowData[0].length, 1);
		const bad = await s.deliver(
			{ headers: { authorization: basic('halo', 'a-long-random-password-123') }, body: envelope() },
			manual,
		);
		assert.equal(bad.responseStatus, 401);
		assert.match(String(bad.responseHeaders['www-authenticate']), /^Basic /);
	});

	it("manual mode, signed token header: a webhook made in Halo's UI with a secret is verified end to end", async () => {
		const secret = 'ui-secret-0123456789abcdef';
		const manual = { registration: 'manual' };
		s.engine.setCredentials('haloPsaWebhookApi', { authentication: 'signedToken', headerName: 'X-Halo-Token', secret });
		await s.uiWebhook({
			name: 'Hand-made',
			url: s.url,
			authentication: 'signed',
			authentication_header: 'X-Halo-Token',
			basic_password: secret,
			events: [{ eventno: 3 }],
		});
		await s.ctl.act({ type: 'ticket.create', ticket: { summary: 'From the UI webhook', client_id: 1 } });
		const [delivery] = await s.waitForDeliveries(1);
		assert.equal(delivery.headers['x-halo-token'], sign(secret, delivery.body));
		const res = await s.deliver(
			{ headers: { 'x-halo-token': delivery.headers['x-halo-token'] }, body: delivery.body },
			manual,
		);
		assert.equal(res.workflowData[0][0].json.ticket.summary, 'From the UI webhook');
		for (const headers of [
			{},
			{ 'x-halo-token': sign('other', delivery.body) },
			{ token: delivery.headers['x-halo-token'] },
		]) {
			assert.equal((await s.deliver({ headers, body: delivery.body }, manual)).responseStatus, 401);
		}
		for (const w of await s.webhooksAt()) await s.halo('DELETE', `/Webhook/${w.id}`);
	});

	it('Fetch Full Record reads the ticket of an ids-only ticket event; an unknown event is not read as a ticket', async () => {
		const parameters = s.automatic({ fetchFullRecord: true });
		await s.hook('create', parameters);
		await s.ctl.clearRequests();
		const res = await s.deliver(s.signed(envelope({ ticket: undefined, object_id: 1003 })), parameters);
		assert.equal(res.workflowData[0][0].json.ticket.id, 1003);
		assert.deepEqual(
			(await s.ctl.apiRequests()).map((r) => r.path),
			['/api/Tickets/1003'],
		);
		await s.ctl.clearRequests();
		const unknown = await s.deliver(
			s.signed(envelope({ ticket: undefined, event: 'Asset Changed', object_id: 55 })),
			parameters,
		);
		assert.equal(unknown.workflowData[0][0].json.ticket, undefined);
		assert.deepEqual(await s.ctl.apiRequests(), [], 'object 55 of an unknown event is not read as ticket 55');
		await s.hook('delete', parameters);
	});

	it('Fetch Full Record failure: the event still comes out, with fetchError; Halo re-sending it is processed', async () => {
		const parameters = s.automatic({ fetchFullRecord: true });
		await s.hook('create', parameters);
		const delivery = s.signed(envelope({ ticket: undefined, object_id: 1004 }));
		await s.ctl.fault({
			match: { method: 'GET', path: '/api/Tickets/1004' },
			kind: 'status',
			status: 404,
			body: { ClassName: 'System.Exception', Message: 'Ticket 1004 not visible' },
		});
		const failed = await s.deliver(delivery, parameters);
		assert.equal(failed.responseStatus, 200);
		const item = failed.workflowData[0][0].json;
		assert.equal(item.object_id, 1004);
		assert.match(item.fetchError.message + (item.fetchError.description ?? ''), /not visible|not found/i);
		const resent = await s.deliver(delivery, parameters);
		assert.equal(
			resent.workflowData[0][0].json.ticket.id,
			1004,
			'the re-send is not swallowed by the duplicate window',
		);
		const again = await s.deliver(delivery, parameters);
		assert.equal(again.workflowData, undefined, 'once complete, a re-send is a duplicate');
		await s.hook('delete', parameters);
	});

	it("envelope conformance: the fields Halo's guide names are read under any key spelling", async () => {
		const variants = [
			{ id: 'a', notification_id: 5, event: 'New Ticket Logged', webhook_id: 'W-1', object_id: 9, timestamp: 't' },
			{ ID: 'a', NotificationID: '5', EventName: 'New Ticket Logged', WebhookId: 'w-1', ObjectID: '9', Timestamp: 't' },
			{
				'delivery id': 'a',
				'notification id': 5,
				'event name': 'New Ticket Logged',
				'webhook id': 'W-1',
				'object id': 9,
				datetime: 't',
			},
		];
		for (const variant of variants) {
			assert.deepEqual(
				{ ...readEnvelope(variant) },
				{
					deliveryId: 'a',
					notificationId: '5',
					eventName: 'New Ticket Logged',
					webhookId: 'w-1',
					objectId: 9,
					timestamp: 't',
				},
				JSON.stringify(variant),
			);
		}
		assert.equal(
			deliveryEvents({ events: [{ id: 1 }, { id: 2 }] }).length,
			1,
			'an object is one event (no wrapper is evidenced)',
		);
		assert.equal(deliveryEvents([{ id: 1 }, { id: 2 }]).length, 2, 'a bare batch');

		const parameters = s.automatic({ fetchFullRecord: true });
		await s.hook('create', parameters);
		const [rowId] = Object.keys(s.stored().notificationEvents);
		const odd = { ID: 'odd-1', NotificationID: rowId, EventName: 'whatever Halo calls it', ObjectID: 1005 };
		const res = await s.deliver(s.signed(odd), parameters);
		assert.equal(res.workflowData[0][0].json.ticket.id, 1005, 'identified as New Ticket Logged by its notification id');
		const dup = await s.deliver(s.signed(odd), parameters);
		assert.equal(dup.workflowData, undefined, 'duplicate by its ID');
		await s.hook('delete', parameters);
	});
});
