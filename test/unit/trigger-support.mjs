// Shared by the HaloPSA Trigger test files: a receiver standing in for n8n's webhook endpoint, and helpers to
// activate, deliver and read what the trigger keeps.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { after, before, beforeEach } from 'node:test';

import { assertNoSpecViolations, setup } from './support.mjs';

export const sign = (secret, text) => createHmac('sha256', secret).update(Buffer.from(text, 'utf8')).digest('base64');
export const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let seq = 0;
/** A delivery envelope with the fields Halo's guide names (key names as the simulator sends them). */
export const envelope = (overrides = {}) => ({
	id: `d-${++seq}-${Math.random().toString(16).slice(2)}`,
	webhook_id: 'w',
	notification_id: 1,
	event: 'new ticket logged',
	object_id: 1001,
	timestamp: new Date().toISOString(),
	ticket: { id: 1001, summary: 'Printer jam' },
	...overrides,
});

/** The suite: simulator + engine, a receiver for the simulator's deliveries, a fresh workflow id per test. */
export function triggerSuite() {
	const s = { received: [], workflowId: '', url: '' };
	let workflowSeq = 0;
	before(async () => {
		Object.assign(s, await setup());
		s.receiver = http.createServer((req, res) => {
			const chunks = [];
			req.on('data', (chunk) => chunks.push(chunk));
			req.on('end', () => {
				s.received.push({ path: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
				res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
			});
		});
		await new Promise((resolve) => s.receiver.listen(0, '127.0.0.1', resolve));
		s.receiverBase = `http://127.0.0.1:${s.receiver.address().port}`;
	});
	after(async () => {
		await assertNoSpecViolations(s.ctl);
		s.receiver.close();
		await s.close();
	});
	beforeEach(async () => {
		s.workflowId = `wf-${++workflowSeq}`;
		s.url = `${s.receiverBase}/webhook/${s.workflowId}/halopsa`;
		s.received.length = 0;
		await s.ctl.clearFaults();
		await s.ctl.clearRequests();
	});

	s.automatic = (extra = {}) => ({ registration: 'automatic', eventSource: 'list', events: ['3'], ...extra });
	s.hook = (method, parameters = s.automatic(), webhookUrl = s.url, workflowId = s.workflowId) =>
		s.engine.runWebhookMethod({ type: 'haloPsaTrigger', parameters, method, webhookUrl, workflowId });
	s.deliver = (request, parameters = s.automatic(), workflowId = s.workflowId) =>
		s.engine.runWebhook({ type: 'haloPsaTrigger', parameters, workflowId, request: { method: 'POST', ...request } });
	/** what the trigger keeps in the workflow's static data */
	s.stored = (workflowId = s.workflowId) => s.engine.getStaticData(workflowId)['node:Trigger'] ?? {};
	/** a delivery signed as Halo signs it, with the secret kept in static data */
	s.signed = (body, workflowId = s.workflowId) => {
		const text = typeof body === 'string' ? body : JSON.stringify(body);
		return { headers: { token: sign(s.stored(workflowId).secret, text) }, body: text };
	};
	s.webhooksAt = async (url = s.url) => (await s.ctl.state('webhooks')).filter((w) => w.url === url);
	s.rowsOf = async (webhookId) => (await s.ctl.state('notifications')).filter((n) => n.webhook_id === webhookId);
	s.apiToken = () => s.engine.credentialStore.get('haloPsaApi').accessToken;
	s.halo = async (method, path, body) => {
		const res = await fetch(`${s.sim.url}/api${path}`, {
			method,
			headers: { authorization: `Bearer ${s.apiToken()}`, ...(body ? { 'content-type': 'application/json' } : {}) },
			body: body ? JSON.stringify(body) : undefined,
		});
		return { status: res.status, json: await res.json().catch(() => undefined) };
	};
	/** an agent makes a webhook with its triggers in Halo's UI */
	s.uiWebhook = async (body) => {
		const res = await fetch(`${s.sim.url}/_sim/webhooks/ui`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		if (res.status !== 201) throw new Error(`ui webhook → ${res.status}: ${await res.text()}`);
		return await res.json();
	};
	s.waitForDeliveries = async (count = 1) => {
		await fetch(`${s.sim.url}/_sim/webhooks/wait`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"timeoutMs":3000}',
		});
		const mine = () => s.received.filter((r) => `${s.receiverBase}${r.path}` === s.url);
		for (let i = 0; i < 100 && mine().length < count; i++) await sleep(20);
		return mine();
	};
	return s;
}
