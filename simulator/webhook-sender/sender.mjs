// Outbound webhook sender: turns ticket/action events into deliveries to every active webhook that a
// Notification row subscribes to the event number. Async, no retries, optional batching.
import { createHmac, randomUUID } from 'node:crypto';
import { eventInfo, AUTH_TYPES, PAYLOAD_TYPES, BATCH_METHODS, NOTIFICATION_WEBHOOK_TYPE, DELIVERY_METHOD_WEBHOOK } from './webhook-events.mjs';
import { present } from './collection.mjs';
import ticketsDef from './resources/tickets.mjs';
import actionsDef from './resources/actions.mjs';

const SMALL_TICKET = ['id', 'summary', 'details', 'status_id', 'status_name', 'tickettype_id', 'tickettype_name', 'priority_id', 'sla_id', 'client_id', 'client_name', 'site_id', 'site_name', 'user_id', 'user_name', 'user_email', 'agent_id', 'agent_name', 'team_id', 'team', 'dateoccurred', 'datecreated', 'last_update', 'dateclosed', 'customfields'];
const SMALL_ACTION = ['id', 'ticket_id', 'outcome', 'outcome_id', 'note', 'hiddenfromuser', 'important', 'timetaken', 'who', 'who_agentid', 'datetime', 'new_status', 'new_agent'];

const pick = (obj, keys) => Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));
const truncate = (s, n = 4096) => (s.length > n ? s.slice(0, n) + '…' : s);

export class WebhookSender {
  constructor(sim, opts = {}) {
    this.sim = sim;
    this.opts = { enabled: true, timeoutMs: 10000, userAgent: 'HaloPSA-Webhook (simulator)', ...opts };
    this.deliveries = [];
    this.batches = new Map();
    this.inflight = 0;
    this.waiters = [];
  }

  /** events: [{eventno, ticketId, actionId?}]; agentId: who made the change. */
  emit(events, agentId) {
    const { store } = this.sim;
    for (const ev of events) {
      const info = eventInfo(ev.eventno);
      if (!info) continue; // an event with no evidenced number (e.g. reassigned) sends nothing
      for (const n of store.coll('notifications').all()) {
        if (n.eventno !== ev.eventno || !n.webhook_id) continue;
        // evidence: webhooks.row-sends-to-webhook
        if (n.type !== NOTIFICATION_WEBHOOK_TYPE || n.delivery_method !== DELIVERY_METHOD_WEBHOOK) continue;
        const wh = store.coll('webhooks').get(n.webhook_id);
        if (!wh || wh.active === false || wh.disabled === true || !wh.url) continue;
        const env = this.envelope(wh, n, ev, info, agentId);
        if (!env) continue;
        if (wh.batch_method > BATCH_METHODS.NONE) this.enqueue(wh, info, env);
        else this.send(wh, [env], false);
      }
    }
  }

  envelope(wh, n, ev, info, agentId) {
    const { sim } = this;
    const ticket = sim.store.coll('tickets').get(ev.ticketId);
    if (!ticket) return null;
    const action = ev.actionId ? sim.store.coll('actions').get(ev.actionId) : null;
    const ctx = { sim, query: {} };
    const env = {
      id: randomUUID(),
      webhook_id: wh.id,
      notification_id: n.id,
      escmsg_id: randomUUID(),
      event: info.event,
      object_id: ticket.id,
      timestamp: new Date().toISOString(),
      message: `Ticket #${ticket.id} (${ticket.summary}): ${info.name}`,
      agent_id: agentId ?? 0,
    };
    // Halo's envelope carries no event number (EVIDENCE 4.11): kept off the wire, for the deliveries log only.
    Object.defineProperty(env, 'eventno', { value: info.eventno, enumerable: false });
    if (wh.payload_type === PAYLOAD_TYPES.EVENT_ONLY) return env;
    const full = present(ticketsDef, ticket, ctx, 'get');
    if (wh.payload_type === PAYLOAD_TYPES.FULL) {
      const linked = (coll, id) => (id ? sim.store.coll(coll).get(id) ?? null : null);
      env.ticket = {
        ...full,
        client: linked('clients', ticket.client_id),
        site: linked('sites', ticket.site_id),
        user: linked('users', ticket.user_id),
        agent: linked('agents', ticket.agent_id),
      };
    } else {
      env.ticket = pick(full, SMALL_TICKET);
    }
    if (action) {
      const a = present(actionsDef, action, ctx, 'get');
      env.action = wh.payload_type === PAYLOAD_TYPES.FULL ? a : pick(a, SMALL_ACTION);
    }
    return env;
  }

  enqueue(wh, info, env) {
    const group = wh.batch_method === BATCH_METHODS.SAME_EVENT ? info.eventno : wh.batch_method === BATCH_METHODS.SAME_TYPE ? info.entity : '*';
    const key = `${wh.id}|${group}`;
    let b = this.batches.get(key);
    if (!b) {
      b = { wh, envelopes: [] };
      this.batches.set(key, b);
      this.inflight++;
      const delay = Math.max(0, Number(wh.batch_delay_seconds || 0) * 1000 * (this.sim.config.webhookBatchDelayScale ?? 1));
      b.timer = setTimeout(() => this.flush(key), delay);
    }
    b.envelopes.push(env);
    if (wh.batch_limit > 0 && b.envelopes.length >= wh.batch_limit) this.flush(key);
  }

  flush(key) {
    const b = this.batches.get(key);
    if (!b) return;
    this.batches.delete(key);
    clearTimeout(b.timer);
    this.send(b.wh, b.envelopes, true);
    this.done();
  }

  /** Headers for one delivery; `bodyText` is exactly the bytes sent, which a signature covers. */
  headersFor(wh, bodyText) {
    const headers = { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': this.opts.userAgent };
    if (wh.authentication_type === AUTH_TYPES.BASIC) {
      headers.Authorization = 'Basic ' + Buffer.from(`${wh.basic_username ?? ''}:${wh.basic_password ?? ''}`).toString('base64');
    }
    // evidence: webhooks.signed-delivery
    if (wh.authentication_type === AUTH_TYPES.SIGNED && wh.authentication_header) {
      headers[wh.authentication_header] = createHmac('sha256', String(wh.basic_password ?? '')).update(bodyText, 'utf8').digest('base64');
    }
    return headers;
  }

  /** The delivery's headers as the Deliveries log shows them: secrets masked. */
  maskedHeaders(wh, headers) {
    const masked = { ...headers };
    if (masked.Authorization) masked.Authorization = 'Basic ***';
    if (wh.authentication_header && masked[wh.authentication_header]) masked[wh.authentication_header] = '***';
    return masked;
  }

  send(wh, envelopes, batched, redeliveryOf) {
    const body = batched ? envelopes : envelopes[0];
    const bodyText = JSON.stringify(body);
    const delivery = {
      delivery_id: batched || redeliveryOf ? randomUUID() : envelopes[0].id,
      redelivery_of: redeliveryOf || null,
      webhook_id: wh.id,
      url: wh.url,
      batched,
      envelope_ids: envelopes.map((e) => e.id),
      events: envelopes.map((e) => e.eventno),
      object_ids: envelopes.map((e) => e.object_id),
      body,
      bodyText,
      requestHeaders: this.headersFor(wh, bodyText),
      at: new Date().toISOString(),
      status: 'pending',
      responseStatus: null,
      responseBody: null,
      error: null,
      durationMs: null,
    };
    this.deliveries.push(delivery);
    delivery.promise = this.post(wh, delivery, envelopes[0]);
    return delivery;
  }

  async post(wh, d, first) {
    this.inflight++;
    const started = Date.now();
    try {
      if (!this.opts.enabled) {
        d.status = 'disabled';
        return d;
      }
      const res = await fetch(d.url, {
        method: 'POST',
        headers: d.requestHeaders,
        body: d.bodyText,
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
      d.responseStatus = res.status;
      d.responseHeaders = Object.fromEntries(res.headers.entries());
      d.responseBody = truncate(await res.text());
      d.status = res.ok ? 'delivered' : 'failed';
    } catch (e) {
      d.status = 'failed';
      d.error = [e?.message, e?.cause?.code || e?.cause?.message].filter(Boolean).join(': ') || String(e);
    } finally {
      d.durationMs = Date.now() - started;
      const live = this.sim.store.coll('webhooks').get(wh.id);
      if (live) live.last_status = d.responseStatus ?? 0;
      this.sim.store.coll('webhookevents').insert({
        id: d.redelivery_of || d.batched ? randomUUID() : d.delivery_id,
        webhook_id: wh.id,
        notification_id: first.notification_id,
        timestamp: d.at,
        status: d.status === 'delivered' ? 1 : 2,
        duration: d.durationMs / 1000,
        requestheaders: JSON.stringify(this.maskedHeaders(wh, d.requestHeaders)),
        requestbody: truncate(d.bodyText, 65536),
        responsestatus: d.responseStatus ?? 0,
        responseheaders: JSON.stringify(d.responseHeaders || {}),
        responsebody: d.responseBody ?? '',
        entity_id: first.object_id,
        error: d.status !== 'delivered',
      });
      this.done();
    }
    return d;
  }

  done() {
    this.inflight--;
    if (this.inflight === 0) for (const w of this.waiters.splice(0)) w();
  }

  /** Re-send a previous delivery (same body, same envelope ids). Resolves when the receiver answered. */
  async redeliver(deliveryId) {
    const d = this.deliveries.find((x) => x.delivery_id === deliveryId);
    if (!d) return null;
    const wh = this.sim.store.coll('webhooks').get(d.webhook_id) || { id: d.webhook_id, url: d.url, authentication_type: 0 };
    const envelopes = d.batched ? d.body : [d.body];
    const again = this.send({ ...wh, url: d.url }, envelopes, d.batched, d.delivery_id);
    await again.promise;
    return again;
  }

  /** Resolves when nothing is queued or in flight (or after timeoutMs). */
  idle(timeoutMs = 5000) {
    if (this.inflight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(t);
        resolve(true);
      });
    });
  }

  list() {
    return this.deliveries.map(({ promise, bodyText, ...d }) => d);
  }

  reset() {
    for (const b of this.batches.values()) clearTimeout(b.timer);
    this.inflight -= this.batches.size;
    this.batches.clear();
    this.deliveries = [];
    if (this.inflight <= 0) {
      this.inflight = 0;
      for (const w of this.waiters.splice(0)) w();
    }
  }
}
