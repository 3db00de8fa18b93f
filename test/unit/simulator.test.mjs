// Unit tests for the HaloPSA simulator (node --test test/unit/simulator.test.mjs).
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startSimulator, API_AGENT_ID } from '../../simulator/index.mjs';
import { servedOperations } from '../../simulator/resources/index.mjs';
import { SpecChecker } from '../../simulator/spec-check.mjs';

let sim;
let token;

async function getToken(opts = {}) {
	const form = new URLSearchParams({
		grant_type: opts.grant ?? 'client_credentials',
		client_id: opts.clientId ?? sim.clientId,
		client_secret: opts.secret ?? sim.clientSecret,
		scope: opts.scope ?? 'all',
	});
	if (opts.formTenant) form.set('tenant', opts.formTenant);
	const qs = opts.tenant === null ? '' : `?tenant=${encodeURIComponent(opts.tenant ?? sim.tenant)}`;
	const res = await fetch(`${sim.url}${opts.path ?? '/auth/token'}${qs}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: form,
	});
	return { status: res.status, body: await res.json() };
}

async function api(method, path, { body, tok = token, prefix = '/api' } = {}) {
	const res = await fetch(`${sim.url}${prefix}${path}`, {
		method,
		headers: {
			...(tok === null ? {} : { Authorization: `Bearer ${tok}` }),
			...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	let json = null;
	try {
		json = text ? JSON.parse(text) : null;
	} catch {
		json = undefined;
	}
	return { status: res.status, headers: res.headers, text, json };
}

before(async () => {
	sim = await startSimulator({ port: 0, webhookSender: { batchDelayScale: 0.05 } });
	token = (await getToken()).body.access_token;
});

after(async () => {
	await sim.close();
});

beforeEach(() => {
	sim.control.reset();
});

test('every served operation is in the spec slice', () => {
	const spec = new SpecChecker();
	for (const op of servedOperations()) {
		const [method, path] = op.split(' ');
		const m = spec.match(method, path.replace('{id}', '1'));
		assert.ok(!m.error, `${op}: ${m.error}`);
	}
});

test('token flow: tenant, client credentials, grant type, both token URLs', async () => {
	let r = await getToken({ tenant: null });
	assert.equal(r.status, 400);
	assert.deepEqual(r.body, { error: 'invalid_request', error_description: 'The tenant parameter is required' });
	r = await getToken({ tenant: 'nope' });
	assert.equal(r.status, 400);
	assert.equal(r.body.error_description, "Tenant 'nope' was not found");
	r = await getToken({ secret: 'wrong' });
	assert.equal(r.status, 401);
	assert.deepEqual(r.body, { error: 'invalid_client', error_description: 'The client credentials are invalid' });
	r = await getToken({ grant: 'password' });
	assert.equal(r.status, 400);
	assert.equal(r.body.error, 'unsupported_grant_type');
	r = await getToken({ tenant: null, formTenant: sim.tenant });
	assert.equal(r.status, 200);
	r = await getToken({ path: '/sso/token', scope: 'admin edit:tickets' });
	assert.equal(r.status, 200);
	assert.equal(r.body.token_type, 'Bearer');
	assert.equal(r.body.expires_in, 3600);
	assert.equal(r.body.scope, 'admin edit:tickets');
	const viaHalo = await api('GET', '/Agent/me', { tok: r.body.access_token, prefix: '/halo/api' });
	assert.equal(viaHalo.status, 200);
	// Halo answers the token's claims (EVIDENCE 11.1), the login agent's id among them
	assert.ok(viaHalo.json.claims.some((claim) => claim.type === 'agent_id' && claim.value === String(API_AGENT_ID)));

	const info = await fetch(`${sim.url}/api/authinfo`).then((x) => x.json());
	assert.deepEqual(info, { auth_url: `${sim.url}/auth`, tenant_id: 'demo' });

	const noAuth = await api('GET', '/Status', { tok: null });
	assert.equal(noAuth.status, 401);
	assert.deepEqual(noAuth.json, { Message: 'Authorization has been denied for this request.' });
	sim.control.expireTokens();
	const expired = await api('GET', '/Status');
	assert.equal(expired.status, 401);
	assert.equal(expired.text, '');
	token = (await getToken()).body.access_token;
	assert.equal((await api('GET', '/Status')).status, 200);
});

test('read-only scopes cannot write', async () => {
	const ro = (await getToken({ scope: 'read:tickets' })).body.access_token;
	assert.equal((await api('GET', '/Tickets?count=1', { tok: ro })).status, 200);
	const w = await api('POST', '/Tickets', { tok: ro, body: [{ summary: 'x' }] });
	assert.equal(w.status, 403);
	assert.match(w.json.Message, /permission/);
});

test('paging: 250 tickets → 100/100/50, page_size capped, record_count, count', async () => {
	sim.control.reset({ ticketCount: 250 });
	const sizes = [];
	const seen = new Set();
	for (let page = 1; page <= 4; page++) {
		const r = await api('GET', `/Tickets?pageinate=true&page_size=100&page_no=${page}`);
		assert.equal(r.status, 200);
		assert.equal(r.json.record_count, 250);
		assert.equal(r.json.page_no, page);
		sizes.push(r.json.tickets.length);
		for (const t of r.json.tickets) seen.add(t.id);
	}
	assert.deepEqual(sizes, [100, 100, 50, 0]);
	assert.equal(seen.size, 250);
	const big = await api('GET', '/Tickets?pageinate=true&page_size=1000&page_no=1');
	assert.equal(big.json.tickets.length, 100);
	assert.equal(big.json.record_count, 250);
	const counted = await api('GET', '/Tickets?count=7&order=id&orderdesc=true');
	assert.equal(counted.json.tickets.length, 7);
	assert.equal(counted.json.tickets[0].id, 1250);
	assert.equal(counted.json.tickets[0].customfields, undefined);
	const withCf = await api('GET', '/Tickets?count=1&include_custom_fields=150,152');
	assert.deepEqual(
		withCf.json.tickets[0].customfields.map((c) => c.id),
		[150, 152],
	);
	const agents = await api('GET', '/Agent');
	assert.ok(Array.isArray(agents.json), 'Agent list is a bare array');
	assert.ok(!agents.json.some((a) => a.isdisabled || a.isapiagent));
});

test('array-body create, partial update, multi-element reply, errors', async () => {
	const c = await api('POST', '/Tickets', {
		body: [
			{
				summary: 'Printer jam',
				details: 'Tray 2',
				client_id: 1,
				status_id: 1,
				customfields: [
					{ id: 152, value: 4 },
					{ name: 'CFBillingCode', value: 'T&M' },
				],
			},
		],
	});
	assert.equal(c.status, 201);
	const t = c.json;
	assert.ok(t.id > 1000);
	assert.equal(t.client_name, 'Acme Logistics Ltd');
	assert.equal(t.site_id, 1);
	assert.equal(t.status_name, 'New');
	assert.equal(t.customfields.find((f) => f.id === 152).value, 4);

	const u = await api('POST', '/Tickets', { body: [{ id: t.id, summary: 'Printer jam (tray 2)', status_id: 9 }] });
	assert.equal(u.status, 201);
	assert.equal(u.json.summary, 'Printer jam (tray 2)');
	assert.equal(u.json.details, 'Tray 2', 'fields not sent are kept');
	assert.equal(u.json.hasbeenclosed, true);
	assert.ok(u.json.dateclosed);
	assert.equal(u.json.customfields.find((f) => f.id === 151).value, 'T&M');

	// Several elements: only the last record back, unless returnall=true (EVIDENCE 2.11).
	const lastOnly = await api('POST', '/Tickets', { body: [{ summary: 'a0' }, { summary: 'b0' }] });
	assert.equal(lastOnly.json.summary, 'b0');
	const multi = await api('POST', '/Tickets?returnall=true', { body: [{ summary: 'a' }, { summary: 'b' }] });
	assert.ok(Array.isArray(multi.json));
	assert.equal(multi.json.length, 2);

	const missing = await api('POST', '/Tickets', { body: [{ details: 'no summary' }] });
	assert.equal(missing.status, 400);
	assert.deepEqual(missing.json, { '[0].summary': ['The Summary field is required.'] });
	const badUpdate = await api('POST', '/Tickets', { body: [{ id: 999999, summary: 'x' }] });
	assert.equal(badUpdate.status, 404);
	const notFound = await api('GET', '/Tickets/999999');
	assert.deepEqual(
		[notFound.status, notFound.text],
		[404, ''],
		'an unknown id: 404 with an empty body (EVIDENCE 11.4)',
	);
	const noTicket = await api('POST', '/Actions', { body: [{ ticket_id: 999999, note: 'x', outcome_id: 7 }] });
	assert.deepEqual(noTicket.json, { '[0].ticket_id': ['Ticket 999999 does not exist.'] });

	const a = await api('POST', '/Actions', {
		body: [{ ticket_id: multi.json[0].id, outcome: 'Time Entry', note: 'Fixed', timetaken: 0.5, new_status: 8 }],
	});
	assert.equal(a.status, 201);
	assert.equal(a.json.outcome_id, 4);
	assert.equal(a.json.who, 'n8n API Agent');
	const after = sim.control.state('tickets', multi.json[0].id);
	assert.equal(after.status_id, 8);
	assert.equal(after.timetaken, 0.5);
	assert.equal(after.hasbeenclosed, true);
	const del = await api('DELETE', `/Tickets/${t.id}?reason=duplicate`);
	assert.deepEqual(del.json, { id: t.id, deleted: true });
	assert.equal((await api('GET', `/Tickets/${t.id}`)).status, 404);
	assert.deepEqual(sim.control.specViolations(), []);
});

test('spec violations are recorded; Halo refuses some and ignores unknown query parameters', async () => {
	const r1 = await api('GET', '/Tickets?pageinate=true&bogus_param=1');
	assert.equal(r1.status, 200, 'Halo ignores an unknown query parameter (EVIDENCE 11.7)');
	assert.equal(r1.json.tickets.length, 50);
	const r2 = await api('POST', '/Tickets', { body: { summary: 'not an array' } });
	assert.equal(r2.status, 400);
	const r3 = await api('GET', '/Actions?ticket_id=1001&pageinate=true');
	assert.equal(r3.status, 200, 'Actions declares no paging params: ignored, recorded');
	const r4 = await api('GET', '/Tickets?client_id=abc');
	assert.equal(r4.status, 400);
	const r5 = await api('POST', '/Tickets', { body: [{ summary: 'x', client_id: '3' }] });
	assert.equal(r5.status, 400);
	const v = sim.control.specViolations();
	assert.equal(v.length, 5);
	assert.match(v[0].violations[0], /bogus_param.*Halo ignores it/);
	assert.match(v[2].violations[0], /pageinate/);
	assert.match(v[1].violations[0], /JSON array/);
	assert.match(v[4].violations[0], /client_id must be int/);
	const log = sim.control.requests();
	assert.ok(log.find((e) => e.specViolation && /bogus_param/.test(e.specViolation)));
	await api('POST', '/Tickets', { body: [{ summary: 'extra prop', not_a_field: true }] });
	assert.equal(sim.control.specViolations().length, 5, 'unknown body props are warnings only');
	assert.match(sim.control.specWarnings()[0].warnings[0], /not_a_field/);
});

test('fault rule: one 429 with Retry-After, then normal', async () => {
	sim.control.addFault({
		match: { method: 'GET', path: '/api/Tickets' },
		kind: 'status',
		status: 429,
		headers: { 'Retry-After': '2' },
	});
	const r1 = await api('GET', '/Tickets?count=1');
	assert.equal(r1.status, 429);
	assert.equal(r1.headers.get('retry-after'), '2');
	assert.match(r1.text, /^Rate Limit Reached/);
	assert.equal((await api('GET', '/Tickets?count=1')).status, 200);

	sim.control.addFault({ match: { path: '^/api/Tickets$' }, kind: 'lieRecordCount', extra: 5 });
	assert.equal((await api('GET', '/Tickets?pageinate=true&page_size=1')).json.record_count, 305);
	sim.control.addFault({ match: { path: '/api/Status' }, kind: 'truncated' });
	assert.equal((await api('GET', '/Status')).json, undefined);
	sim.control.addFault({
		match: { method: 'POST', path: '/api/Tickets' },
		kind: 'status',
		status: 500,
		applyAfterHandling: true,
	});
	const before = sim.store.coll('tickets').size;
	assert.equal((await api('POST', '/Tickets', { body: [{ summary: 'applied' }] })).status, 500);
	assert.equal(sim.store.coll('tickets').size, before + 1);
	sim.control.addFault({ match: { path: '/auth/token' }, kind: 'html' });
	const html = await fetch(`${sim.url}/auth/token?tenant=demo`, { method: 'POST' });
	assert.equal(html.status, 500);
	assert.match(html.headers.get('content-type'), /text\/html/);
	sim.control.addFault({ match: { path: '/api/Team' }, kind: 'reset' });
	await assert.rejects(fetch(`${sim.url}/api/Team`, { headers: { Authorization: `Bearer ${token}` } }));
});

test('rate limit: rolling window, 429 text and Retry-After', async () => {
	sim.control.config({ rateLimit: { limit: 3, windowMs: 400, retryAfter: true } });
	for (let i = 0; i < 3; i++) assert.equal((await api('GET', '/Status')).status, 200);
	const limited = await api('GET', '/Status');
	assert.equal(limited.status, 429);
	assert.equal(limited.text, 'Rate Limit Reached - 3 Requests per rolling 400 millisecond window');
	assert.equal(limited.headers.get('retry-after'), '1');
	assert.equal((await getToken()).status, 200, 'token requests do not count by default');
	await new Promise((r) => setTimeout(r, 450));
	assert.equal((await api('GET', '/Status')).status, 200);
	assert.equal(sim.control.stats().status429, 1);
});

test('attachments round-trip bytes', async () => {
	const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 255, 10, 13]);
	const up = await api('POST', '/Attachment', {
		body: [{ ticket_id: 1001, filename: 'dump.bin', data: bytes.toString('base64') }],
	});
	assert.equal(up.status, 201);
	assert.equal(up.json.filesize, bytes.length);
	assert.equal(up.json.data, bytes.toString('base64')); // the reply echoes the file (EVIDENCE 5.3)
	const list = await api('GET', '/Attachment?ticket_id=1001');
	assert.equal(list.json.record_count, 1);
	assert.equal(list.json.attachments[0].filename, 'dump.bin');
	const res = await fetch(`${sim.url}/api/Attachment/${up.json.id}`, { headers: { Authorization: `Bearer ${token}` } });
	assert.equal(res.headers.get('content-type'), 'application/octet-stream');
	assert.equal(res.headers.get('content-disposition'), 'attachment; filename="dump.bin"');
	assert.deepEqual(Buffer.from(await res.arrayBuffer()), bytes);
	const big = Buffer.alloc(3 * 1024 * 1024, 7);
	const up2 = await api('POST', '/Attachment', {
		body: [{ ticket_id: 1001, filename: 'big.png', data: big.toString('base64') }],
	});
	assert.equal(up2.json.isimage, true);
	assert.equal(sim.store.blobs.get(up2.json.id).length, big.length);
	assert.equal((await api('DELETE', `/Attachment/${up.json.id}`)).status, 200);
	assert.equal((await api('GET', '/Attachment?ticket_id=1001')).json.record_count, 1);
});

test('seed is deterministic and large seeds are fast', async () => {
	const a = sim.control.state('tickets', 1010);
	sim.control.reset();
	assert.deepEqual(sim.control.state('tickets', 1010), a);
	const cpu = process.cpuUsage();
	sim.control.reset({ ticketCount: 20000 });
	const used = process.cpuUsage(cpu);
	const ms = (used.user + used.system) / 1000;
	assert.ok(ms < 2000, `20k seed took ${ms} ms of CPU`); // CPU time: wall time varies with machine load
	assert.equal(sim.store.coll('tickets').size, 20000);
	sim.control.reset({ seed: 'empty' });
	assert.equal(sim.store.coll('tickets').size, 0);
	assert.equal(sim.store.coll('statuses').size, 9);
});
