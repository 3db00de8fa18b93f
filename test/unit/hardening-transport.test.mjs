// Trust under faults, round 3 (transport): replies cut off mid-body, credential numbers that would stall the
// pacer, secrets echoed in any encoding, tokens without a host binding, loopback spellings and read-only
// reports. Every case runs the node in n8n's engine against the simulator over a real socket.
import { strict as assert } from 'node:assert';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { after, before, beforeEach, describe, it } from 'node:test';

import { startSimulator } from '../../simulator/index.mjs';
import { createEngine } from '../harness/engine.mjs';
import { haloSuite, ROOT, simControl } from './support.mjs';

const require = createRequire(import.meta.url);
const { inspectThrown } = require(`${ROOT}/dist/nodes/HaloPsa/transport/answer.js`);
const { checkHaloUrl } = require(`${ROOT}/dist/nodes/HaloPsa/transport/urls.js`);
const { HaloPsaApi } = require(`${ROOT}/dist/credentials/HaloPsaApi.credentials.js`);
const { pauseUntil, takeSlot } = require(`${ROOT}/dist/nodes/HaloPsa/transport/pacer.js`);

const byId = (value) => ({ mode: 'id', value: String(value) });
const unique = (prefix) => `${prefix} ${Date.now()}-${Math.random().toString(16).slice(2, 8)}`;
const CUT_OFF = /Halo's reply to (GET|POST) \/\S+ was cut off: the connection dropped before the whole reply arrived/;
const MAY_HAVE_APPLIED = /The write may or may not have been applied: check Halo before running it again/;

describe('hardening: transport', () => {
	const t = haloSuite({ sim: { ticketCount: 250 } });
	const apiLog = async (method, path) =>
		(await t.ctl.apiRequests()).filter((r) => r.method === method && (!path || r.path.startsWith(path)));
	const ticketsWithSummary = (summary) =>
		t.sim.store
			.coll('tickets')
			.all()
			.filter((x) => x.summary === summary);
	const cutOff = (method, path, extra = {}) => t.ctl.fault({ match: { method, path }, kind: 'cutOff', ...extra });
	const upload = (content, fileName) =>
		t.run({ resource: 'attachment', operation: 'upload', ticketId: byId(1001), binaryPropertyName: 'data' }, [
			{ json: {}, binary: { data: { data: content.toString('base64'), mimeType: 'text/plain', fileName } } },
		]);

	describe('1. a reply cut off mid-body is a failed request, never a success', () => {
		it('Get Many (Return All, record_count 250), page 2 cut once: read again, all 250 rows once', async () => {
			await cutOff('GET', '/api/Tickets', { after: 1 });
			const res = await t.run({ resource: 'ticket', operation: 'getAll', returnAll: true, simplify: false });
			assert.equal(res.error, undefined, res.error?.message);
			const ids = res.items.map((i) => i.json.id);
			assert.equal(ids.length, 250);
			assert.equal(new Set(ids).size, 250);
			const pages = (await apiLog('GET', '/api/Tickets')).map((r) => `${r.query.page_no}${r.fault ? ' cut' : ''}`);
			assert.deepEqual(pages.sort(), ['1', '2', '2 cut', '3']);
		});

		it('Get Many, page 2 cut on every attempt: an error after 3 retries, no part of the list', async () => {
			await cutOff('GET', '/api/Tickets', { after: 1, times: -1 });
			const res = await t.run({ resource: 'ticket', operation: 'getAll', returnAll: true });
			assert.match(res.error?.message ?? '', CUT_OFF);
			assert.match(res.error.description, /Retries: reply cut off, retried after 1 s; .* after 2 s; .* after 4 s/);
			assert.equal(res.items.length, 0, 'no partial list');
			assert.equal((await apiLog('GET', '/api/Tickets')).filter((r) => r.query.page_no === '2').length, 4);
		});

		it('Get, cut once: the whole ticket, not {}', async () => {
			await cutOff('GET', '/api/Tickets/1001');
			const res = await t.run({ resource: 'ticket', operation: 'get', ticketId: byId(1001) });
			assert.equal(res.error, undefined, res.error?.message);
			assert.equal(res.items.length, 1);
			assert.equal(res.items[0].json.id, 1001);
			assert.ok(res.items[0].json.summary, 'the ticket, with its fields');
		});

		it('Create or Add Note whose find read is cut: an error, and no duplicate ticket is created', async () => {
			const summary = unique('Backup failed on ACME-SRV-02');
			await t.ctl.act({ type: 'ticket.create', ticket: { summary, client_id: 1 } });
			await t.ctl.clearRequests();
			await cutOff('GET', '/api/Tickets', { times: -1 });
			const res = await t.run({
				resource: 'ticket',
				operation: 'createOrAddNote',
				clientId: 1,
				summary,
				note: 'Seen again by the RMM',
			});
			assert.match(res.error?.message ?? '', CUT_OFF);
			assert.deepEqual(await apiLog('POST'), [], 'neither a ticket nor a note was sent');
			assert.equal(ticketsWithSummary(summary).length, 1, 'still the one open ticket');
		});

		describe('Attachment → Download', () => {
			const content = Buffer.from('2026-11-23 10:01 backup failed: disk full\n'.repeat(50));
			let attachmentId;
			it('(an attachment to download)', async () => {
				const up = await upload(content, 'backup.log');
				assert.equal(up.error, undefined, up.error?.message);
				attachmentId = up.items[0].json.id;
			});

			it('cut on every attempt: an error, no file (not a file holding the error text)', async () => {
				await cutOff('GET', `/api/Attachment/${attachmentId}`, { times: -1 });
				const res = await t.run({
					resource: 'attachment',
					operation: 'download',
					attachmentId: String(attachmentId),
					binaryPropertyName: 'data',
				});
				assert.match(res.error?.message ?? '', CUT_OFF);
				assert.equal(res.items.length, 0);
			});

			it('cut once: read again, the identical bytes', async () => {
				await cutOff('GET', `/api/Attachment/${attachmentId}`);
				const res = await t.run({
					resource: 'attachment',
					operation: 'download',
					attachmentId: String(attachmentId),
					binaryPropertyName: 'data',
				});
				assert.equal(res.error, undefined, res.error?.message);
				assert.ok((await t.engine.binaryBuffer(res.items[0].binary.data)).equals(content));
			});
		});

		it('a write whose reply is cut: an error that says it may have been applied, sent once, one ticket', async () => {
			await cutOff('POST', '/api/Tickets');
			const summary = unique('Cut reply');
			const res = await t.run({ resource: 'ticket', operation: 'create', summary });
			assert.match(res.error?.message ?? '', CUT_OFF);
			assert.match(res.error.message, MAY_HAVE_APPLIED);
			assert.equal((await apiLog('POST', '/api/Tickets')).length, 1, 'not re-sent');
			assert.equal(ticketsWithSummary(summary).length, 1);
		});

		it('an upload (reply read as a stream) whose reply is cut: an error that says it may have been applied, sent once', async () => {
			await cutOff('POST', '/api/Attachment');
			const content = Buffer.from('x'.repeat(20_000));
			const res = await upload(content, 'cut.txt');
			assert.match(res.error?.message ?? '', CUT_OFF);
			assert.match(res.error.message, MAY_HAVE_APPLIED);
			assert.equal((await apiLog('POST', '/api/Attachment')).length, 1);
		});

		it('a token reply cut off: says so, quotes none of it, nothing else sent', async () => {
			t.engine.setCredentials('haloPsaApi', { ...t.credentialData }); // no token yet
			await t.ctl.fault({ match: { path: '/auth/token' }, kind: 'cutOff' });
			const res = await t.run({ resource: 'ticket', operation: 'get', ticketId: byId(1001) });
			assert.match(
				res.error?.message ?? '',
				/authorisation server at \S+ answered, but the connection dropped before the whole reply arrived/,
			);
			assert.deepEqual(await t.ctl.apiRequests(), []);
		});

		it('how n8n reports it: 2.x keeps the HTTP client error as cause, 1.x only httpCode "200" and the message', () => {
			// Recorded from a NodeApiError of n8n-workflow 2.41 and 1.120.31 (n8n 1.123) wrapping axios's error
			// for a 200 whose body stopped after its headers.
			const axiosError = Object.assign(new Error('stream has been aborted'), {
				code: 'ERR_BAD_RESPONSE',
				response: { status: 200, headers: { 'content-length': '812' } },
			});
			const n8n2 = Object.assign(new Error('stream has been aborted'), { httpCode: '200', cause: axiosError });
			const n8n1 = Object.assign(new Error('stream has been aborted'), { httpCode: '200', context: {} });
			for (const thrown of [n8n2, n8n1]) assert.equal(inspectThrown(thrown).cutOff, true);
			// a real error answer is still an answer
			const notFound = Object.assign(new Error('Request failed with status code 404'), {
				httpCode: '404',
				cause: { code: 'ERR_BAD_REQUEST', response: { status: 404, data: { Message: 'not found' } } },
			});
			assert.equal(inspectThrown(notFound).cutOff, false);
		});
	});
});

describe('hardening: credential settings and secrets', () => {
	const t = haloSuite();
	const getOne = { resource: 'ticket', operation: 'get', ticketId: byId(1001) };
	const withCredential = (fields) => t.engine.setCredentials('haloPsaApi', { ...t.credentialData, ...fields });
	beforeEach(() => withCredential({}));

	describe('3. every numeric credential field is checked when read', () => {
		const cases = [
			[{ backoffSeconds: '30s' }, /"Rate-Limit Backoff \(Seconds\)" is "30s", not a number/],
			[{ backoffSeconds: -5 }, /"Rate-Limit Backoff \(Seconds\)" is -5; it cannot be negative/],
			[{ requestBudget: 'lots' }, /"Request Budget \(per 5 Minutes\)" is "lots", not a number/],
			[{ requestBudget: -1 }, /"Request Budget \(per 5 Minutes\)" is -1; it cannot be negative/],
			[{ timeoutSeconds: '1 minute' }, /"Request Timeout \(Seconds\)" is "1 minute", not a number/],
			[{ timeoutSeconds: -30 }, /"Request Timeout \(Seconds\)" is -30; it cannot be negative/],
			[{ processesSharingBudget: 2.5 }, /"Processes Sharing the Budget" is 2.5; it must be a whole number, at least 1/],
			[{ processesSharingBudget: 0 }, /"Processes Sharing the Budget" is 0; it must be a whole number, at least 1/],
			[{ processesSharingBudget: '' }, /"Processes Sharing the Budget" is "", not a number/],
			[
				{ requestBudget: 2, processesSharingBudget: 3 },
				/"Request Budget \(per 5 Minutes\)" \(2\) is smaller than "Processes Sharing the Budget" \(3\)/,
			],
		];
		for (const [fields, message] of cases) {
			it(`${JSON.stringify(fields)}: a credential error naming the field, nothing sent`, async () => {
				withCredential(fields);
				const res = await t.run(getOne);
				assert.match(res.error?.message ?? '', message);
				assert.match(res.error.message, /Nothing was sent to Halo/);
				assert.deepEqual(await t.ctl.requests(), [], 'neither a token request nor an API request');
			});
		}

		it('a number given as text ("300", " 4 ") is read as that number', async () => {
			withCredential({ requestBudget: '300', processesSharingBudget: ' 4 ', backoffSeconds: '0.5' });
			const res = await t.run(getOne);
			assert.equal(res.error, undefined, res.error?.message);
		});

		it('the credential test reports a bad field before any request', async () => {
			withCredential({ backoffSeconds: '30s' });
			const result = await t.engine.testCredential('haloPsaApi');
			assert.equal(result.status, 'Error');
			assert.match(result.message, /"Rate-Limit Backoff \(Seconds\)" is "30s", not a number/);
			assert.deepEqual(await t.ctl.requests(), []);
		});

		it('the pacer ignores a pause that never ends', { timeout: 3000 }, async () => {
			pauseUntil('hardening-transport|nan', NaN);
			const started = Date.now();
			await takeSlot('hardening-transport|nan', 0, 1000);
			assert.ok(Date.now() - started < 500, 'the next request went ahead');
		});
	});

	describe('9. a token without a host binding is never attached', () => {
		const credential = new HaloPsaApi();
		const request = { url: 'http://127.0.0.1:9/api/Invoice', method: 'GET', headers: {} };

		it('saved before the binding existed, credential then edited to a host that binds nothing: refused, not sent', async () => {
			// As n8n fills a field the saved data lacks: the binding reads ''. A Halo URL the checks refuse binds to ''.
			const edited = {
				...t.credentialData,
				haloUrl: 'http://halo.internal.example',
				accessToken: 'old-token-1234',
				accessTokenFor: '',
			};
			await assert.rejects(credential.authenticate(edited, { ...request }), (error) => {
				assert.equal(error.httpCode, '401', 'the 401 that makes n8n ask for a new token');
				return true;
			});
		});

		it('saved before the binding existed, same host: refused too, so n8n fetches a bound token', async () => {
			const saved = { ...t.credentialData, accessToken: 'old-token-1234', accessTokenFor: '' };
			await assert.rejects(credential.authenticate(saved, { ...request }));
		});

		it('through the node: the unbound token is replaced by a new one before anything is sent', async () => {
			withCredential({ accessToken: 'old-token-1234', accessTokenFor: '' });
			const res = await t.run(getOne);
			assert.equal(res.error, undefined, res.error?.message);
			const sent = await t.ctl.requests();
			assert.ok(sent[0].tokenRequest, 'a token request came first');
			assert.notEqual(t.engine.credentialStore.get('haloPsaApi').accessToken, 'old-token-1234');
		});
	});

	describe('12. loopback spellings count as loopback for Allow Insecure HTTP', () => {
		for (const url of [
			'http://localhost.',
			'http://[::ffff:127.0.0.1]',
			'http://127.1:8787',
			'http://[::1]:8787',
			'http://LOCALHOST:8787',
		]) {
			it(`${url} is accepted over plain http`, () => {
				assert.equal(typeof checkHaloUrl('Halo URL', url, false), 'string');
			});
		}
		for (const url of ['http://localhost.example.com', 'http://[::ffff:10.0.0.1]', 'http://localhost..']) {
			it(`${url} is not loopback`, () => {
				assert.match(checkHaloUrl('Halo URL', url, false).error, /uses plain http/);
			});
		}
	});

	describe('12. report queries only read', () => {
		const runSql = { resource: 'report', operation: 'runSql', sql: 'SELECT TOP 5 faultid FROM faults' };

		it('Run SQL Query (a POST) reset: says nothing was changed, not that it may have been applied', async () => {
			await t.ctl.fault({ match: { method: 'POST', path: '/api/Report' }, kind: 'reset' });
			const res = await t.run(runSql);
			assert.match(
				res.error?.message ?? '',
				/Could not reach Halo .*The query only reads, so nothing was changed in Halo/,
			);
			assert.doesNotMatch(`${res.error.message} ${res.error.description}`, /may (or may not )?ha(ve|s) (been )?appl/);
			assert.equal((await t.ctl.apiRequests()).length, 1, 'not repeated');
		});

		it('Run SQL Query answered 500: no "may have applied this change" either', async () => {
			await t.ctl.fault({ match: { method: 'POST', path: '/api/Report' }, kind: 'status', status: 500 });
			const res = await t.run(runSql);
			assert.ok(res.error);
			assert.doesNotMatch(`${res.error.message} ${res.error.description}`, /may (or may not )?ha(ve|s) (been )?appl/);
		});

		it('Run Saved Report reset: says nothing was changed', async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Report/1' }, kind: 'reset' });
			const res = await t.run({ resource: 'report', operation: 'runSaved', reportId: 1 });
			assert.match(res.error?.message ?? '', /The query only reads, so nothing was changed in Halo/);
		});
	});
});

describe('hardening: 8. a secret echoed back is redacted in every encoding', () => {
	const SECRET = 'p+ss/w=rd&100% sure';
	const t = haloSuite({ sim: { clientSecret: SECRET } });
	const forms = (clientId) => {
		const b64 = (text) => Buffer.from(text).toString('base64');
		return {
			raw: SECRET,
			'URL-encoded': encodeURIComponent(SECRET),
			'form-encoded': new URLSearchParams({ v: SECRET }).toString().slice(2),
			base64: b64(SECRET),
			Basic: b64(`${clientId}:${SECRET}`),
		};
	};
	const assertNoForm = (error, clientId) => {
		const shown = JSON.stringify(error);
		for (const [name, form] of Object.entries(forms(clientId)))
			assert.ok(!shown.includes(form), `the ${name} secret (${form}) appears in the error: ${shown}`);
	};

	it('a token endpoint that echoes the form body and the Basic header', async () => {
		const received = [];
		const echo = createServer((req, res) => {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				received.push(body);
				const basic = Buffer.from(`${t.credentialData.clientId}:${SECRET}`).toString('base64');
				const b64 = Buffer.from(SECRET).toString('base64');
				res.writeHead(400, { 'Content-Type': 'application/json' });
				res.end(
					JSON.stringify({
						error: 'invalid_request',
						error_description: `Could not parse ${body} (Authorization: Basic ${basic}; secret ${b64}; raw ${SECRET})`,
					}),
				);
			});
		});
		await new Promise((resolve) => echo.listen(0, '127.0.0.1', resolve));
		try {
			const authUrl = `http://127.0.0.1:${echo.address().port}`;
			t.engine.setCredentials('haloPsaApi', { ...t.credentialData, authUrl });
			const res = await t.run({ resource: 'ticket', operation: 'get', ticketId: byId(1001) });
			assert.match(res.error?.message ?? '', /Could not parse .*\[redacted\]/);
			assert.ok(received[0].includes(forms()['form-encoded']), 'the echo held the form-encoded secret');
			assertNoForm(res.error, t.credentialData.clientId);
		} finally {
			echo.close();
			t.engine.setCredentials('haloPsaApi', { ...t.credentialData });
		}
	});

	it('a Halo API error that quotes the secret encoded', async () => {
		const { clientId } = t.credentialData;
		const quoted = Object.values(forms(clientId)).join(' | ');
		await t.ctl.fault({
			match: { method: 'GET', path: '/api/Tickets/1001' },
			kind: 'status',
			status: 400,
			body: { Message: `Rejected ${quoted}` },
		});
		const res = await t.run({ resource: 'ticket', operation: 'get', ticketId: byId(1001) });
		assert.match(res.error?.message ?? '', /Rejected \[redacted\]/);
		assertNoForm(res.error, clientId);
	});
});

describe('hardening: 1. a cut-off reply on n8n 1.x HTTP helpers (every status returned as a response)', () => {
	let sim;
	let engine;
	before(async () => {
		sim = await startSimulator({ port: 0, ticketCount: 250 });
		const credentials = { haloPsaApi: sim.credentialFields({ requestBudget: 0, backoffSeconds: 1 }) };
		engine = await createEngine({ packageDir: ROOT, credentials, n8nHelpers: '1.x' });
	});
	after(async () => sim.close());

	it('Get Many (Return All) with page 2 cut once: read again, all 250 rows; a cut write fails once', async () => {
		const ctl = simControl(sim.url);
		await ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'cutOff', after: 1 });
		const run = (parameters) => engine.runNode({ type: 'haloPsa', typeVersion: 1, parameters, items: [{ json: {} }] });
		const list = await run({ resource: 'ticket', operation: 'getAll', returnAll: true });
		assert.equal(list.error, undefined, list.error?.message);
		assert.equal(new Set(list.items.map((i) => i.json.id)).size, 250);
		await ctl.fault({ match: { method: 'POST', path: '/api/Tickets' }, kind: 'cutOff' });
		const summary = unique('Cut on 1.x');
		const created = await run({ resource: 'ticket', operation: 'create', summary });
		assert.match(created.error?.message ?? '', CUT_OFF);
		assert.match(created.error.message, MAY_HAVE_APPLIED);
		assert.equal((await ctl.apiRequests()).filter((r) => r.method === 'POST').length, 1);
	});
});
