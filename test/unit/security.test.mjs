// Secrets stay secret: the client secret and access tokens never reach node output, error messages,
// descriptions or the stored run data, on success and on every failure path; the trigger admits only
// deliveries with its Basic credentials, whose password is random and kept in the workflow's static data;
// Halo URLs must be http(s), plain http only for localhost or when explicitly allowed.
// (credential.test.mjs has: wrong secret not in the error; Halo URL without scheme / plain http to a
// remote host refused. trigger.test.mjs has: missing/wrong/Bearer auth → 401; password ≥ 32 chars.)
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
      if (secret !== SECRET) assert.ok(!seen.includes(secret.slice(0, 16)), `${label}: part of a token appears in the run`);
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
      assertNoSecrets(await t.run({ resource: 'ticket', operation: 'getAll', returnAll: false, limit: 5, simplify: false }), 'get many');
      assertNoSecrets(await t.run({ resource: 'ticket', operation: 'create', summary: 'Secret check' }), 'create');
    });

    it('when Halo keeps refusing the token (401 after the refresh)', async () => {
      await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'status', status: 401, times: 2, body: { Message: 'Authorization has been denied for this request.' } });
      const res = await t.run(getOne());
      assert.match(res.error.message, /Authorization has been denied/);
      assert.match(res.error.description, /Halo rejected the access token/);
      assertNoSecrets(res, '401');
    });

    it('when an error page echoes the Authorization header and the secret (500)', async () => {
      const token = currentToken();
      await t.ctl.fault({
        match: { method: 'GET', path: '/api/Tickets' }, kind: 'status', status: 500, times: -1,
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
      ['401 that quotes the secret', { kind: 'status', status: 401, body: { error: 'invalid_client', error_description: `client_secret ${SECRET} is not valid` } }, /Credentials rejected by Halo: invalid_client: client_secret \[redacted\] is not valid/],
      ['HTML error page', { kind: 'html' }, /HTML error page/],
      ['500 that quotes the form', { kind: 'status', status: 500, body: `grant_type=client_credentials&client_secret=${SECRET}` }, /HTTP 500.*client_secret=\[redacted\]/],
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
      await t.ctl.fault({ match: { path: '/auth/token' }, kind: 'status', status: 400, body: { error: 'invalid_request', error_description: `bad secret ${SECRET}` } });
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
      for (const url of ['https://acme.halopsa.com', 'https://acme.halopsa.com/', 'http://localhost:8787', 'http://127.0.0.1:8787', 'http://[::1]:8787']) {
        assert.equal(refused(url), false, url);
      }
      for (const url of ['acme.halopsa.com', 'ftp://acme.halopsa.com', 'file:///etc/passwd', 'javascript:alert(1)', 'ws://acme.halopsa.com', 'http://acme.halopsa.com', 'http://10.0.0.5', 'http://localhost.evil.com']) {
        assert.equal(refused(url), true, url);
      }
      assert.equal(refused('http://halo.internal', true), false, 'allowed with the switch');
      assert.equal(refused('ftp://halo.internal', true), true, 'the switch does not allow other schemes');
      assert.equal(checkHaloUrl('Halo URL', ' https://acme.halopsa.com/// ', false), 'https://acme.halopsa.com');
      assert.match(checkHaloUrl('Halo URL', 'ftp://acme.halopsa.com', false).error, /must start with https:\/\//);
      assert.match(checkHaloUrl('Resource Server URL', 'http://acme.halopsa.com/api', false).error, /^Resource Server URL .*plain http.*Allow Insecure HTTP/);
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

  describe('trigger', () => {
    let seq = 0;
    const hookUrl = (n) => `http://127.0.0.1:5678/webhook/security-${n}/halopsa`;
    const automatic = { registration: 'automatic', events: ['any'] };
    const activate = async (workflowId, url) => {
      assert.equal(await t.engine.runWebhookMethod({ type: 'haloPsaTrigger', parameters: automatic, method: 'create', webhookUrl: url, workflowId }), true);
      const [webhook] = (await t.ctl.state('webhooks')).filter((w) => w.url === url);
      return webhook; // the simulator's state shows the stored password
    };
    const deliver = (workflowId, headers, body = { id: `d-${++seq}`, event: 'new ticket logged', object_id: 1001 }) =>
      t.engine.runWebhook({ type: 'haloPsaTrigger', parameters: automatic, workflowId, request: { method: 'POST', headers, body } });
    const staticOf = (workflowId) => JSON.stringify(t.engine.getStaticData(workflowId));

    it('the generated password is random (256 bits), differs per registration, and lives only in static data', async () => {
      const first = await activate('sec-wf-1', hookUrl(1));
      const second = await activate('sec-wf-2', hookUrl(2));
      for (const webhook of [first, second]) {
        assert.match(webhook.basic_password, /^[0-9a-f]{64}$/, '64 hex characters = 256 random bits (≥ 128 required)');
        assert.match(webhook.basic_username, /^n8n-[0-9a-f]{12}$/);
      }
      assert.notEqual(first.basic_password, second.basic_password);
      assert.notEqual(first.basic_username, second.basic_username);
      assert.ok(staticOf('sec-wf-1').includes(first.basic_password), 'kept in the workflow\'s static data');
      assert.ok(!staticOf('sec-wf-1').includes(second.basic_password), 'each workflow keeps only its own');

      // Halo's API never hands the password back, and nothing else on the webhook carries it
      const token = currentToken();
      for (const path of ['/api/Webhook', `/api/Webhook/${first.id}`]) {
        const text = await (await fetch(`${t.sim.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).text();
        assert.ok(!text.includes(first.basic_password), `${path} does not return the password`);
      }
      const { basic_password: _stored, ...rest } = first;
      assert.ok(!JSON.stringify(rest).includes(first.basic_password), 'not in the name, URL or events');

      // a delivery's output and reply carry neither the password nor the header
      const header = basic(first.basic_username, first.basic_password);
      const res = await deliver('sec-wf-1', { authorization: header });
      assert.equal(res.workflowData[0].length, 1);
      const shown = JSON.stringify([res.workflowData, res.responseBody, res.responseHeaders]);
      assert.ok(!shown.includes(first.basic_password) && !shown.includes(header.slice(6)));

      // deactivation forgets it
      await t.engine.runWebhookMethod({ type: 'haloPsaTrigger', parameters: automatic, method: 'delete', webhookUrl: hookUrl(1), workflowId: 'sec-wf-1' });
      await t.engine.runWebhookMethod({ type: 'haloPsaTrigger', parameters: automatic, method: 'delete', webhookUrl: hookUrl(2), workflowId: 'sec-wf-2' });
      assert.ok(!staticOf('sec-wf-1').includes(first.basic_password));
      assert.equal((await t.ctl.state('webhooks')).filter((w) => [hookUrl(1), hookUrl(2)].includes(w.url)).length, 0);
    });

    it('near-miss credentials → 401 and no execution; the right ones → one execution', async () => {
      const webhook = await activate('sec-wf-3', hookUrl(3));
      const user = webhook.basic_username;
      const password = webhook.basic_password;
      const wrong = [
        undefined,
        '',
        'Basic',
        'Basic ',
        'Basic !!!not-base64!!!',
        basic(user, ''),
        basic('', password),
        basic(user, password.slice(0, -1)),
        basic(user, `${password}0`),
        basic(user, password.toUpperCase()),
        basic(`${user}x`, password),
        basic(user.toUpperCase(), password),
        `Bearer ${password}`,
        `Digest ${Buffer.from(`${user}:${password}`).toString('base64')}`,
        `${basic(user, password)} extra`,
        Buffer.from(`${user}:${password}`).toString('base64'),
      ];
      for (const authorization of wrong) {
        const res = await deliver('sec-wf-3', authorization === undefined ? {} : { authorization });
        assert.equal(res.responseStatus, 401, `refused: ${String(authorization).slice(0, 20)}`);
        assert.equal(res.workflowData, undefined);
        assert.match(String(res.responseHeaders['www-authenticate']), /^Basic /);
        assert.ok(!JSON.stringify(res.responseBody).includes(password));
      }
      const good = await deliver('sec-wf-3', { authorization: `basic  ${Buffer.from(`${user}:${password}`).toString('base64')}` });
      assert.equal(good.responseStatus, 200, 'the scheme is case-insensitive');
      assert.equal(good.workflowData[0].length, 1);
      await t.engine.runWebhookMethod({ type: 'haloPsaTrigger', parameters: automatic, method: 'delete', webhookUrl: hookUrl(3), workflowId: 'sec-wf-3' });
    });

    it('before any registration (no password yet) nothing gets in, not even an empty user and password', async () => {
      for (const authorization of [basic('', ''), 'Basic Og==', basic('n8n-', ''), undefined]) {
        const res = await deliver('sec-wf-never-registered', authorization ? { authorization } : {});
        assert.equal(res.responseStatus, 401);
        assert.equal(res.workflowData, undefined);
      }
      const manual = { registration: 'manual', events: ['any'] };
      t.engine.setCredentials('haloPsaWebhookApi', { user: '', password: '' });
      const res = await t.engine.runWebhook({ type: 'haloPsaTrigger', parameters: manual, workflowId: 'sec-wf-manual', request: { method: 'POST', headers: { authorization: basic('', '') }, body: { id: 'x', event: 'new ticket logged' } } });
      assert.equal(res.responseStatus, 401, 'an empty manual credential admits no one');
    });

    it('a registration Halo applied but answered with a 500: no password kept, the next activation leaves exactly one webhook', async () => {
      const url = hookUrl(4);
      await t.ctl.fault({ match: { method: 'POST', path: '/api/Webhook' }, kind: 'status', status: 500, applyAfterHandling: true });
      await assert.rejects(
        t.engine.runWebhookMethod({ type: 'haloPsaTrigger', parameters: automatic, method: 'create', webhookUrl: url, workflowId: 'sec-wf-4' }),
        /An error has occurred/,
      );
      const [leftover] = (await t.ctl.state('webhooks')).filter((w) => w.url === url);
      assert.ok(leftover, 'Halo did create it');
      assert.ok(!staticOf('sec-wf-4').includes(leftover.basic_password), 'its password was not kept');
      assert.equal((await t.ctl.apiRequests()).filter((r) => r.method === 'POST').length, 1, 'not re-sent');
      const webhook = await activate('sec-wf-4', url);
      const now = (await t.ctl.state('webhooks')).filter((w) => w.url === url);
      assert.equal(now.length, 1, 'the leftover was removed');
      assert.notEqual(webhook.id, leftover.id);
      assert.notEqual(webhook.basic_password, leftover.basic_password);
      const stale = await deliver('sec-wf-4', { authorization: basic(leftover.basic_username, leftover.basic_password) });
      assert.equal(stale.responseStatus, 401, 'the leftover\'s password does not open the trigger');
      await t.engine.runWebhookMethod({ type: 'haloPsaTrigger', parameters: automatic, method: 'delete', webhookUrl: url, workflowId: 'sec-wf-4' });
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
      assert.equal(basicAuthMatches(header, 'n8n-use', 'r:p:a:s:s'), false, 'the split between user and password matters');
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
      time(wrongFirst); time(wrongLast); // warm up
      const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const first = median(Array.from({ length: 9 }, () => time(wrongFirst)));
      const last = median(Array.from({ length: 9 }, () => time(wrongLast)));
      const ratio = first / last;
      // a short-circuiting compare would be thousands of times faster on the first-byte guess
      assert.ok(ratio > 0.33 && ratio < 3, `first-byte/last-byte time ratio ${ratio.toFixed(2)}`);
    });
  });
});
