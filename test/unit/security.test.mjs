// Secrets stay secret: the client secret and access tokens never reach node output, error messages,
// descriptions or the stored run data, on success and on every failure path; Halo URLs must be http(s),
// plain http only for localhost or when explicitly allowed; the trigger's comparisons are constant-time.
// (credential.test.mjs has: wrong secret not in the error; Halo URL without scheme / plain http to a
// remote host refused. trigger-security.test.mjs has the trigger's secret and delivery checks.)
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';

import { assertNoSpecViolations, ROOT, setup } from './support.mjs';

const require = createRequire(import.meta.url);
const { safeEqual, basicAuthMatches } = require(`${ROOT}/dist/nodes/HaloPsaTrigger/delivery.js`);
const { checkHaloUrl } = require(`${ROOT}/dist/nodes/HaloPsa/transport/urls.js`);

const SECRET = `sec-${randomBytes(16).toString('hex')}`;
const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const getOne = (id = 1001) => ({ resource: 'ticket', operation: 'get', ticketId: { mode: 'id', value: String(id) } });

describe('security', () => {
	let t;
	/** every secret that exists right now: the client secret and every token Halo has issued */
	const secrets = () => [SECRET, ...t.sim.sim.auth.tokens.keys()];
	const currentToken = () => t.engine.credentialStore.get('haloPsaApi').accessToken;
	/** Serialises what a user or n8n's execution log can see of a run and greps it for secrets. */
	const assertNoSecrets = (res, label) => {
		const seen = [
			JSON.stringify(res.error ?? null),
			String(res.error?.message ?? ''),
			String(res.error?.description ?? ''),
			JSON.stringify(res.outputs ?? res.items ?? []),
			JSON.stringify(res.runData ?? {}),
		].join('\n');
		for (const secret of secrets()) {
			assert.ok(!seen.includes(secret), `${label}: a secret (${secret.slice(0, 4)}…) appears in the run`);
			// a cut-off reply could carry part of a token
			if (secret !== SECRET)
				assert.ok(!seen.includes(secret.slice(0, 16)), `${label}: part of a token appears in the run`);
		}
	};

	before(async () => {
		t = await setup({ sim: { clientSecret: SECRET }, credentials: { timeoutSeconds: 1, backoffSeconds: 0.1 } });
	});
	after(async () => {
		await assertNoSpecViolations(t.ctl);
		await t.close();
	});
	beforeEach(async () => {
		await t.ctl.clearFaults();
		t.engine.setCredentials('haloPsaApi', { ...t.credentialData });
		const warm = await t.run(getOne());
		assert.equal(warm.error, undefined, warm.error?.message);
		assert.ok(currentToken(), 'a token is stored');
		await t.ctl.clearRequests();
	});

	describe('the client secret and the access token never show', () => {
		it('in the output of reads and writes', async () => {
			assertNoSecrets(
				await t.run({ resource: 'ticket', operation: 'getAll', returnAll: false, limit: 5, simplify: false }),
				'get many',
			);
			assertNoSecrets(await t.run({ resource: 'ticket', operation: 'create', summary: 'Secret check' }), 'create');
		});

		it('when Halo keeps refusing the token (401 after the refresh)', async () => {
			await t.ctl.fault({
				match: { method: 'GET', path: '/api/Tickets' },
				kind: 'status',
				status: 401,
				times: 2,
				body: { Message: 'Authorization has been denied for this request.' },
			});
			const res = await t.run(getOne());
			assert.match(res.error.message, /Authorization has been denied/);
			assert.match(res.error.description, /Halo rejected the access token/);
			assertNoSecrets(res, '401');
		});

		it('when an error page echoes the Authorization header and the secret (500)', async () => {
			const token = currentToken();
			await t.ctl.fault({
				match: { method: 'GET', path: '/api/Tickets' },
				kind: 'status',
				status: 500,
				times: -1,
				body: { Message: `Request failed. Headers: Authorization: Bearer ${token}; form: client_secret=${SECRET}` },
			});
			const res = await t.run(getOne(), [{ json: {} }], { continueOnFail: true });
			assert.match(res.items[0].json.error, /Authorization: Bearer \[redacted\]; form: client_secret=\[redacted\]/);
			assertNoSecrets(res, '500 echo');
			const stopped = await t.run(getOne());
			assert.match(stopped.error.message, /Bearer \[redacted\]/);
			assertNoSecrets(stopped, '500 echo, stopped');
		});

		it('when Halo times out', async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'latency', delayMs: 1500 });
			const res = await t.run(getOne());
			assert.match(res.error.message, /did not answer within 1 s/);
			assertNoSecrets(res, 'timeout');
		});

		const tokenFailures = [
			[
				'401 that quotes the secret',
				{
					kind: 'status',
					status: 401,
					body: { error: 'invalid_client', error_description: `client_secret ${SECRET} is not valid` },
				},
				/Credentials rejected by Halo: invalid_client: client_secret \[redacted\] is not valid/,
			],
			['HTML error page', { kind: 'html' }, /HTML error page/],
			[
				'500 that quotes the form',
				{ kind: 'status', status: 500, body: `grant_type=client_credentials&client_secret=${SECRET}` },
				/HTTP 500.*client_secret=\[redacted\]/,
			],
			['timeout', { kind: 'latency', delayMs: 1500 }, /did not answer within 1 s/],
			['cut-off token reply', { kind: 'truncated' }, /not valid JSON/],
		];
		for (const [name, fault, expected] of tokenFailures) {
			it(`when the token endpoint fails on refresh: ${name}`, async () => {
				await t.ctl.expireTokens();
				await t.ctl.fault({ match: { path: '/auth/token' }, ...fault });
				const res = await t.run(getOne(), [{ json: {} }, { json: {} }], { continueOnFail: true });
				assert.match(res.items[0].json.error, expected);
				assertNoSecrets(res, name);
			});
		}

		it('in the credential test result', async () => {
			await t.ctl.fault({
				match: { path: '/auth/token' },
				kind: 'status',
				status: 400,
				body: { error: 'invalid_request', error_description: `bad secret ${SECRET}` },
			});
			const result = await t.engine.testCredential('haloPsaApi');
			assert.equal(result.status, 'Error');
			assert.ok(!JSON.stringify(result).includes(SECRET), result.message);
			const ok = await t.engine.testCredential('haloPsaApi');
			assert.equal(ok.status, 'OK');
			for (const secret of secrets()) assert.ok(!JSON.stringify(ok).includes(secret));
		});
	});

	describe('Halo URLs', () => {
		it('must be http(s); plain http only for localhost or with "Allow Insecure HTTP"', () => {
			const refused = (value, allow = false) => typeof checkHaloUrl('Halo URL', value, allow) !== 'string';
			for (const url of [
				'https://acme.halopsa.com',
				'https://acme.halopsa.com/',
				'http://localhost:8787',
				'http://127.0.0.1:8787',
				'http://[::1]:8787',
			]) {
				assert.equal(refused(url), false, url);
			}
			for (const url of [
				'acme.halopsa.com',
				'ftp://acme.halopsa.com',
				'file:///etc/passwd',
				'javascript:alert(1)',
				'ws://acme.halopsa.com',
				'http://acme.halopsa.com',
				'http://10.0.0.5',
				'http://localhost.evil.com',
			]) {
				assert.equal(refused(url), true, url);
			}
			assert.equal(refused('http://halo.internal', true), false, 'allowed with the switch');
			assert.equal(refused('ftp://halo.internal', true), true, 'the switch does not allow other schemes');
			assert.equal(checkHaloUrl('Halo URL', ' https://acme.halopsa.com/// ', false), 'https://acme.halopsa.com');
			assert.match(checkHaloUrl('Halo URL', 'ftp://acme.halopsa.com', false).error, /must start with https:\/\//);
			assert.match(
				checkHaloUrl('Resource Server URL', 'http://acme.halopsa.com/api', false).error,
				/^Resource Server URL .*plain http.*Allow Insecure HTTP/,
			);
		});

		it('plain http to another host: refused (nothing sent, not even the token request) unless allowed', async () => {
			// a second loopback address stands in for an internal Halo host
			const proxy = net.createServer((client) => {
				const upstream = net.connect(t.sim.port, '127.0.0.1');
				client.pipe(upstream).pipe(client);
				client.on('error', () => upstream.destroy());
				upstream.on('error', () => client.destroy());
			});
			await new Promise((resolve) => proxy.listen(0, '127.0.0.2', resolve));
			const internal = `http://127.0.0.2:${proxy.address().port}`;
			try {
				t.engine.setCredentials('haloPsaApi', { ...t.credentialData, haloUrl: internal });
				const refused = await t.run(getOne());
				assert.match(refused.error.message, /uses plain http, which would send the client secret unencrypted/);
				assert.equal((await t.ctl.requests()).length, 0);
				t.engine.setCredentials('haloPsaApi', { ...t.credentialData, haloUrl: internal, allowInsecureHttp: true });
				const allowed = await t.run(getOne());
				assert.equal(allowed.error, undefined, allowed.error?.message);
				assert.equal(allowed.items[0].json.id, 1001);
				// authUrl / resourceUrl are checked as well
				t.engine.setCredentials('haloPsaApi', { ...t.credentialData, resourceUrl: `${internal}/api` });
				assert.match((await t.run(getOne())).error.message, /^Resource Server URL .*plain http/);
			} finally {
				proxy.close();
			}
		});
	});

	describe('constant-time comparison (dist/nodes/HaloPsaTrigger/delivery.js)', () => {
		it('safeEqual: equal, unequal, different lengths, empty, multi-byte', () => {
			assert.equal(safeEqual('correct horse', 'correct horse'), true);
			assert.equal(safeEqual('', ''), true);
			assert.equal(safeEqual('correct horse', 'correct house'), false);
			assert.equal(safeEqual('a', 'b'), false);
			assert.equal(safeEqual('abc', 'abcd'), false, 'prefix of the expected value');
			assert.equal(safeEqual('abcd', 'abc'), false, 'expected value is a prefix');
			assert.equal(safeEqual('', 'x'), false);
			assert.equal(safeEqual('x', ''), false);
			assert.equal(safeEqual('abcabc', 'abc'), false, 'a repetition of the expected value');
			assert.equal(safeEqual('pässwörd', 'pässwörd'), true);
			assert.equal(safeEqual('pässwörd', 'passwörd'), false);
			assert.equal(safeEqual('\u0000', ''), false);
		});

		it('basicAuthMatches: only the exact user:password, and never with an empty expected user or password', () => {
			const header = basic('n8n-user', 'p:a:s:s');
			assert.equal(basicAuthMatches(header, 'n8n-user', 'p:a:s:s'), true, 'a colon inside the password');
			assert.equal(basicAuthMatches(header.replace('Basic', 'BASIC'), 'n8n-user', 'p:a:s:s'), true);
			assert.equal(basicAuthMatches(header, 'n8n-user', 'p:a:s'), false);
			assert.equal(
				basicAuthMatches(header, 'n8n-use', 'r:p:a:s:s'),
				false,
				'the split between user and password matters',
			);
			assert.equal(basicAuthMatches(basic('', ''), '', ''), false);
			assert.equal(basicAuthMatches(basic('u', ''), 'u', ''), false);
			assert.equal(basicAuthMatches(basic('', 'p'), '', 'p'), false);
			for (const bad of [undefined, null, 42, ['Basic x'], {}, '', 'Basic', 'Basic @@@', 'Token abc']) {
				assert.equal(basicAuthMatches(bad, 'n8n-user', 'p:a:s:s'), false, String(bad));
			}
		});

		it('takes about as long for a guess wrong in the first byte as for one wrong in the last', () => {
			const expected = randomBytes(256 * 1024).toString('hex'); // 512 KB
			const wrongFirst = `x${expected.slice(1)}`;
			const wrongLast = `${expected.slice(0, -1)}x`;
			const time = (given) => {
				const started = process.hrtime.bigint();
				for (let i = 0; i < 5; i++) safeEqual(given, expected);
				return Number(process.hrtime.bigint() - started);
			};
			time(wrongFirst);
			time(wrongLast); // warm up
			const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
			// interleaved, so a busy machine slows both kinds of guess alike
			const first = [];
			const last = [];
			for (let round = 0; round < 15; round++) {
				first.push(time(wrongFirst));
				last.push(time(wrongLast));
			}
			const ratio = median(first) / median(last);
			// A short-circuiting compare would be thousands of times faster on the first-byte guess; the band is wide
			// because a loaded 2-core machine skews single samples several-fold.
			assert.ok(ratio > 0.1 && ratio < 10, `first-byte/last-byte time ratio ${ratio.toFixed(2)}`);
		});
	});
});
