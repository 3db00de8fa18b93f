// The simulator's webhooks as live tenants behave (simulator/evidence/webhooks.mjs): subscriptions only
// through Notification rows, signed and Basic deliveries, guid take-over, batching, redelivery.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import http from 'node:http';

import { startSimulator, EVENTS } from '../../simulator/index.mjs';
import evidence from '../../simulator/evidence/webhooks.mjs';

let sim;
let token;
let rx;

async function api(method, path, body) {
	const res = await fetch(`${sim.url}/api${path}`, {
		method,
		headers: {
			Authorization: `Bearer ${token}`,
			...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, json: text ? JSON.parse(text) : null };
}

const row = (webhookId, eventno, extra = {}) => ({
	webhook_id: webhookId,
	type: -2,
	delivery_method: 6,
	eventno,
	filter_type: 2,
	restriction_type: 0,
	conditions: [],
	...extra,
});

before(async () => {
	sim = await startSimulator({ port: 0, webhookSender: { batchDelayScale: 0.05 } });
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: sim.clientId,
		client_secret: sim.clientSecret,
		scope: 'all',
	});
	token = (await (await fetch(`${sim.url}/auth/token?tenant=${sim.tenant}`, { method: 'POST', body: form })).json())
		.access_token;
	const got = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			got.push({ headers: req.headers, raw: body, body: JSON.parse(body) });
			res.writeHead(200).end('ok');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	rx = { server, got, url: `http://127.0.0.1:${server.address().port}/hook` };
});

after(async () => {
	rx.server.close();
	await sim.close();
});

beforeEach(() => {
	sim.control.reset();
	rx.got.length = 0;
});

test('every modelled webhook behaviour names its source', () => {
	for (const entry of evidence) {
		assert.match(entry.id, /^webhooks\./);
		assert.match(entry.source, /^(spec|assumption|EVIDENCE \d+\.\d+(, \d+\.\d+)*)$/, entry.id);
	}
});

test('events on POST /Webhook are dropped; Notification rows subscribe; signed deliveries', async () => {
	const wh = await api('POST', '/Webhook', [
		{
			name: 'signed',
			url: rx.url,
			type: 0,
			method: 0,
			authentication_type: 3,
			authentication_header: 'Token',
			basic_password: 'k3y',
			events: [{ eventno: 3 }],
		},
	]);
	assert.equal(wh.status, 201);
	assert.match(wh.json.id, /^[0-9a-f-]{36}$/);
	assert.equal(wh.json.basic_password, '');
	assert.deepEqual(
		(await api('GET', `/Notification?webhook_id=${wh.json.id}`)).json,
		[],
		'events on the webhook create nothing',
	);
	await api('POST', '/Tickets', [{ summary: 'Nobody hears this' }]);
	await sim.control.waitForWebhooks();
	assert.equal(rx.got.length, 0);

	const rows = await api('POST', '/Notification', [
		row(wh.json.id, EVENTS.TICKET_CREATED),
		row(wh.json.id, EVENTS.TICKET_STATUS_CHANGED),
		row(wh.json.id, EVENTS.TICKET_UPDATED, { delivery_method: 0 }),
	]);
	assert.equal(rows.status, 201);
	const detail = await api('GET', `/Webhook/${wh.json.id}?includedetails=true`);
	assert.deepEqual(
		detail.json.events.map((e) => e.eventno).sort((a, b) => a - b),
		[3, 61, 76],
	);
	assert.equal((await api('GET', `/Webhook/${wh.json.id}`)).json.events, undefined, 'events only with includedetails');

	const t = await api('POST', '/Tickets', [{ summary: 'Hooked', client_id: 2 }]);
	sim.control.act({ type: 'ticket.status', id: t.json.id, status_id: 2 });
	await sim.control.waitForWebhooks();
	assert.deepEqual(
		rx.got.map((d) => d.body.event),
		['new ticket logged', 'ticket status changed'],
		'the row not delivered by webhook (61) sends nothing',
	);
	for (const delivery of rx.got) {
		assert.equal(delivery.headers.token, createHmac('sha256', 'k3y').update(delivery.raw).digest('base64'));
		assert.equal(delivery.body.eventno, undefined, 'no event number in the envelope');
	}
	assert.equal(rx.got[0].body.object_id, t.json.id);
	assert.equal(rx.got[0].body.ticket.summary, 'Hooked');
	assert.equal(rx.got[1].body.agent_id, 2);
	const logged = (await api('GET', `/WebhookEvent?webhook_id=${wh.json.id}`)).json.webhook_events[0];
	assert.ok(!logged.requestheaders.includes(rx.got[0].headers.token), 'the signature is masked in the log');

	const again = await sim.control.redeliver(sim.control.deliveries()[0].delivery_id);
	assert.equal(again.responseStatus, 200);
	assert.equal(rx.got[2].body.id, rx.got[0].body.id, 'redelivery keeps the envelope id');

	assert.equal((await api('DELETE', `/Webhook/${wh.json.id}`)).status, 200);
	assert.equal((await api('GET', `/Notification?webhook_id=${wh.json.id}`)).json.length, 3, 'no cascade delete');
});

test("a row posted with another row's guid takes that row over; Basic deliveries; a reassignment fires nothing", async () => {
	const ui = sim.control.uiWebhook({
		name: 'UI',
		url: rx.url,
		authentication: 'basic',
		basic_username: 'hook',
		basic_password: 's3cret',
		events: [{ eventno: 3 }],
	});
	const other = await api('POST', '/Webhook', [{ name: 'other', url: `${rx.url}/other`, type: 0 }]);
	const [uiRow] = (await api('GET', `/Notification?webhook_id=${ui.id}`)).json;
	await api('POST', '/Notification', [row(other.json.id, 3, { guid: uiRow.guid })]);
	assert.deepEqual((await api('GET', `/Notification?webhook_id=${ui.id}`)).json, [], 'the UI webhook lost its row');
	sim.control.reset();
	const ui2 = sim.control.uiWebhook({
		name: 'UI',
		url: rx.url,
		authentication: 'basic',
		basic_username: 'hook',
		basic_password: 's3cret',
		events: [{ eventno: 3 }],
	});
	const t = await api('POST', '/Tickets', [{ summary: 'Basic' }]);
	assert.deepEqual(sim.control.act({ type: 'ticket.assign', id: t.json.id, agent_id: 3 })._events, [61]);
	await sim.control.waitForWebhooks();
	assert.equal(rx.got.length, 1);
	assert.equal(rx.got[0].headers.authorization, 'Basic ' + Buffer.from('hook:s3cret').toString('base64'));
	assert.equal(ui2.events[0].type, -2);
});

test('an outbound webhook needs a valid URL; batching sends one array', async () => {
	const noUrl = await api('POST', '/Webhook', [{ name: 'x', type: 0 }]);
	assert.equal(noUrl.status, 400);
	assert.match(JSON.stringify(noUrl.json), /Please enter a valid URL/);
	const wh = await api('POST', '/Webhook', [
		{ name: 'batched', url: rx.url, payload_type: 2, batch_method: 3, batch_delay_seconds: 2, batch_limit: 10 },
	]);
	await api('POST', '/Notification', [row(wh.json.id, EVENTS.TICKET_CREATED)]);
	await api('POST', '/Tickets', [{ summary: 'b1' }, { summary: 'b2' }, { summary: 'b3' }]);
	assert.equal(rx.got.length, 0);
	await sim.control.waitForWebhooks();
	assert.equal(rx.got.length, 1);
	assert.ok(Array.isArray(rx.got[0].body));
	assert.equal(rx.got[0].body.length, 3);
	assert.equal(rx.got[0].body[0].ticket, undefined, 'payload_type 2 = event info only');
});
