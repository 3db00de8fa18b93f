// HaloPSA Trigger: registration in Halo (automatic mode), delivery authentication, parsing, filtering,
// duplicates, and a delivery sent by the simulator after a ticket is created through its API.
import { strict as assert } from 'node:assert';
import http from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';

import { assertNoSpecViolations, setup } from './support.mjs';

const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const envelope = (overrides = {}) => ({
  id: `d-${Math.random().toString(16).slice(2)}`,
  webhook_id: 'w',
  notification_id: 1,
  event: 'new ticket logged',
  object_id: 1001,
  timestamp: new Date().toISOString(),
  ticket: { id: 1001, summary: 'Printer jam' },
  ...overrides,
});

describe('HaloPSA Trigger', () => {
  let t;
  let receiver;
  let receiverUrl;
  const received = [];
  let workflowSeq = 0;
  let workflowId;
  const automatic = (extra = {}) => ({ registration: 'automatic', events: ['ticketCreated'], ...extra });
  const hook = (method, parameters = automatic()) =>
    t.engine.runWebhookMethod({ type: 'haloPsaTrigger', parameters, method, webhookUrl: receiverUrl, workflowId });
  const deliver = (request, parameters = automatic()) =>
    t.engine.runWebhook({ type: 'haloPsaTrigger', parameters, workflowId, request: { method: 'POST', ...request } });

  before(async () => {
    t = await setup();
    // Stands in for n8n's webhook endpoint: records what Halo (the simulator) delivers.
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${receiver.address().port}/webhook/abc/halopsa`;
  });
  after(async () => {
    await assertNoSpecViolations(t.ctl);
    receiver.close();
    await t.close();
  });
  beforeEach(async () => {
    workflowId = `wf-${++workflowSeq}`;
    received.length = 0;
    await t.ctl.clearRequests();
  });

  it('automatic mode: activation creates one Halo webhook with Basic auth and the chosen events; deactivation removes it all', async () => {
    assert.equal(await hook('checkExists'), false);
    assert.equal(await hook('create', automatic({ events: ['ticketCreated', 'actionAdded'], customEventNumbers: '12' })), true);
    const stored = t.engine.getStaticData(workflowId).node ?? t.engine.getStaticData(workflowId);
    const data = stored['node:HaloPSA Trigger'] ?? stored;
    const webhooks = (await t.ctl.state('webhooks')).filter((w) => w.url === receiverUrl);
    assert.equal(webhooks.length, 1);
    const [webhook] = webhooks;
    assert.equal(webhook.authentication_type, 1);
    assert.match(webhook.basic_username, /^n8n-/);
    assert.ok(JSON.stringify(data).includes(webhook.id), 'webhook id kept in static data');
    const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
    assert.ok(post.body[0].basic_password.length >= 32, 'random password of at least 128 bits');
    assert.deepEqual(post.body[0].events.map((e) => e.eventno), [1, 4, 12]);
    const subscriptions = (await t.ctl.state('notifications')).filter((n) => n.webhook_id === webhook.id);
    assert.equal(subscriptions.length, 3);
    assert.equal(await hook('checkExists'), true);

    assert.equal(await hook('delete'), true);
    assert.equal((await t.ctl.state('webhooks')).filter((w) => w.url === receiverUrl).length, 0);
    assert.equal((await t.ctl.state('notifications')).filter((n) => n.webhook_id === webhook.id).length, 0);
  });

  it('recreates its webhook when it was deleted in Halo', async () => {
    await hook('create');
    const [webhook] = (await t.ctl.state('webhooks')).filter((w) => w.url === receiverUrl);
    const token = t.engine.credentialStore.get('haloPsaApi').accessToken;
    await fetch(`${t.sim.url}/api/Webhook/${webhook.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    assert.equal(await hook('checkExists'), false);
    await hook('create');
    assert.equal((await t.ctl.state('webhooks')).filter((w) => w.url === receiverUrl).length, 1);
    await hook('delete');
  });

  it('a ticket created through Halo\'s API reaches the trigger as one authenticated delivery with the ticket', async () => {
    await hook('create');
    const created = await t.run({ resource: 'ticket', operation: 'create', summary: 'Scanner offline' });
    const id = created.items[0].json.id;
    for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(received.length, 1);
    const delivery = received[0];
    const res = await deliver({ headers: { authorization: delivery.headers.authorization }, body: delivery.body });
    assert.equal(res.responseStatus, 200);
    assert.equal(res.workflowData[0].length, 1);
    const item = res.workflowData[0][0].json;
    assert.equal(item.object_id, id);
    assert.equal(item.ticket.summary, 'Scanner offline');
    assert.doesNotMatch(JSON.stringify(res.responseBody), /Basic|password/i, 'no secret echoed');
    await hook('delete');
  });

  describe('deliveries', () => {
    let auth;
    beforeEach(async () => {
      await hook('create');
      const [webhook] = (await t.ctl.state('webhooks')).filter((w) => w.url === receiverUrl);
      const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST' && r.path === '/api/Webhook');
      auth = basic(webhook.basic_username, post.body[0].basic_password);
    });

    it('wrong or missing Basic auth → 401, no execution', async () => {
      for (const authorization of [undefined, basic('n8n-x', 'guess'), 'Bearer abc']) {
        const res = await deliver({ headers: authorization ? { authorization } : {}, body: envelope() });
        assert.equal(res.responseStatus, 401);
        assert.equal(res.workflowData, undefined);
      }
    });

    it('a body that is not JSON → 400, no execution', async () => {
      const res = await deliver({ headers: { authorization: auth, 'content-type': 'text/plain' }, body: '{"id": "half' });
      assert.equal(res.responseStatus, 400);
      assert.equal(res.workflowData, undefined);
    });

    it('a batched delivery becomes one item per event; unselected events are acknowledged and dropped', async () => {
      const body = [envelope(), envelope({ event: 'ticket updated' }), envelope({ object_id: 1002 })];
      const res = await deliver({ headers: { authorization: auth }, body });
      assert.equal(res.responseStatus, 200);
      assert.deepEqual(res.workflowData[0].map((i) => i.json.object_id), [1001, 1002]);
      const onlyUnselected = await deliver({ headers: { authorization: auth }, body: envelope({ event: 'ticket updated' }) });
      assert.equal(onlyUnselected.responseStatus, 200);
      assert.equal(onlyUnselected.workflowData, undefined);
    });

    it('a re-sent delivery (same id) starts no second execution', async () => {
      const body = envelope();
      const first = await deliver({ headers: { authorization: auth }, body });
      assert.equal(first.workflowData[0].length, 1);
      const again = await deliver({ headers: { authorization: auth }, body });
      assert.equal(again.responseStatus, 200);
      assert.equal(again.workflowData, undefined);
    });

    it('Fetch Full Record reads the ticket named by an ids-only delivery', async () => {
      await t.ctl.clearRequests();
      const body = envelope({ ticket: undefined, object_id: 1003 });
      const res = await deliver({ headers: { authorization: auth }, body }, automatic({ fetchFullRecord: true }));
      const item = res.workflowData[0][0].json;
      assert.equal(item.ticket.id, 1003);
      assert.ok(item.ticket.summary);
      assert.deepEqual((await t.ctl.apiRequests()).map((r) => r.path), ['/api/Tickets/1003']);
    });
  });

  it('manual mode checks the Basic Auth credential the user also entered in Halo', async () => {
    t.engine.setCredentials('haloPsaWebhookApi', { user: 'halo', password: 'a-long-random-password-1234' });
    const manual = { registration: 'manual', events: ['any'] };
    assert.equal(await hook('create', manual), true);
    assert.equal((await t.ctl.apiRequests()).length, 0, 'manual mode registers nothing in Halo');
    const good = await deliver({ headers: { authorization: basic('halo', 'a-long-random-password-1234') }, body: envelope({ event: 'something new' }) }, manual);
    assert.equal(good.workflowData[0].length, 1);
    const bad = await deliver({ headers: { authorization: basic('halo', 'a-long-random-password-123') }, body: envelope() }, manual);
    assert.equal(bad.responseStatus, 401);
  });
});
