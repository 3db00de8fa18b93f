// The /_sim control API, also usable in-process through `control` (see README "Control API").
import { writeRecords, present, findRecord } from './collection.mjs';
import { BY_COLLECTION } from './resources/index.mjs';
import ticketsDef from './resources/tickets.mjs';
import actionsDef from './resources/actions.mjs';
import { seedStore } from './seed.mjs';
import { HttpError, messageError } from './errors.mjs';
import { WEBHOOK_EVENTS } from './webhook-codes.mjs';
import { webhookFromUi } from './webhook-ui.mjs';

const CONFIG_KEYS = ['latencyMs', 'tokenLifetimeSeconds', 'rateLimit', 'pageCap', 'requireTenant', 'countTokenRequests', 'webhookBatchDelayScale', 'maxBodyBytes'];
export const DEFAULT_ACTING_AGENT = 2;

function act(sim, body) {
  const type = body?.type;
  const agentId = body.acting_agent_id ?? DEFAULT_ACTING_AGENT; // who acts in the UI (default Sarah Mitchell)
  const ctx = { sim, agentId, events: [], now: new Date() };
  const ticketWrite = (el) => writeRecords(ticketsDef, sim, [el], ctx)[0];
  const needId = () => {
    if (!body.id) throw messageError(400, `${type} needs an id`);
    return body.id;
  };
  let rec;
  let def = ticketsDef;
  switch (type) {
    case 'ticket.create':
      rec = ticketWrite({ ...(body.ticket || {}), id: 0 });
      break;
    case 'ticket.update':
      rec = ticketWrite({ ...(body.changes || {}), id: needId() });
      break;
    case 'ticket.status':
      rec = ticketWrite({ id: needId(), status_id: body.status_id });
      break;
    case 'ticket.assign':
      rec = ticketWrite({ id: needId(), agent_id: body.agent_id });
      break;
    case 'ticket.close':
      rec = ticketWrite({ id: needId(), status_id: body.status_id ?? 9 });
      break;
    case 'action.create':
      def = actionsDef;
      rec = writeRecords(actionsDef, sim, [{ ...(body.action || {}), id: 0 }], ctx)[0];
      break;
    default:
      throw messageError(400, `Unknown act type '${type}'. Use ticket.create, ticket.update, ticket.status, ticket.assign, ticket.close or action.create.`);
  }
  if (ctx.events.length) sim.webhookSender.emit(ctx.events, agentId);
  return { ...present(def, rec, { sim, query: {} }, 'get'), _events: ctx.events.map((e) => e.eventno).filter((eventno) => eventno !== null) };
}

function state(sim, collection, id) {
  const coll = sim.store.collections.get(collection);
  if (!coll) throw messageError(404, `Unknown collection '${collection}'. Known: ${[...sim.store.collections.keys()].join(', ')}`);
  const def = BY_COLLECTION.get(collection);
  const show = (r) => (def ? present(def, r, { sim, query: {} }, 'state') : r);
  if (id === undefined) return coll.all().map(show);
  const rec = def ? findRecord(def, sim, id) : coll.get(id);
  if (!rec) throw messageError(404, `${collection} ${id} not found`);
  return show(rec);
}

export function createControl(sim) {
  return {
    reset(opts = {}) {
      const seed = opts.seed ?? sim.seedOptions.seed;
      const ticketCount = opts.ticketCount ?? sim.seedOptions.ticketCount;
      seedStore(sim.store, { seed, ticketCount, anchor: sim.seedOptions.anchor });
      sim.log.clear();
      sim.faults.clear();
      sim.rateLimiter.reset();
      sim.webhookSender.reset();
      if (opts.tokens) sim.auth.revokeAll();
      if (opts.config !== false) Object.assign(sim.config, structuredClone(sim.initialConfig));
      return { ok: true, seed, ticketCount };
    },
    requests: () => sim.log.list(),
    clearRequests() {
      sim.log.entries = [];
      return { ok: true };
    },
    stats: () => sim.log.stats(),
    specViolations: () => sim.log.violations.slice(),
    specWarnings: () => sim.log.warnings.slice(),
    state: (collection, id) => state(sim, collection, id),
    addFault: (rule) => sim.faults.add(rule),
    faults: () => sim.faults.list(),
    clearFaults() {
      sim.faults.clear();
      return { ok: true };
    },
    config(patch) {
      if (patch) for (const k of CONFIG_KEYS) if (k in patch) sim.config[k] = patch[k];
      return { ...sim.config };
    },
    expireTokens() {
      sim.auth.expireAll();
      return { ok: true, expired: sim.auth.tokens.size };
    },
    act: (body) => act(sim, body || {}),
    redeliver: (deliveryId) => sim.webhookSender.redeliver(deliveryId),
    deliveries: () => sim.webhookSender.list(),
    waitForWebhooks: (timeoutMs) => sim.webhookSender.idle(timeoutMs),
    events: () => WEBHOOK_EVENTS,
    uiWebhook: (body) => webhookFromUi(sim, body || {}),
  };
}

/** HTTP front of the control API. sub = path after "/_sim". */
export async function handleControl(sim, method, sub, params, body) {
  const control = sim.control;
  const ok = (result, status = 200) => ({ status, body: result });
  // /state/<collection>/<id> carries data in its path; every other route is at most two words long
  const [, first, second, third] = sub.split('/');
  const route = `${method} /${first || ''}${second && first !== 'state' ? '/' + second : ''}`;
  switch (route) {
    case 'GET /':
    case 'GET /info':
      return ok({ url: sim.url, tenant: sim.tenant, clientId: sim.clientId, clientSecret: sim.clientSecret, apiAgentId: sim.apiAgentId, config: sim.config });
    case 'POST /reset':
      return ok(control.reset(body || {}));
    case 'GET /requests':
      return ok(control.requests());
    case 'DELETE /requests':
      return ok(control.clearRequests());
    case 'GET /stats':
      return ok(control.stats());
    case 'GET /spec-violations':
      return ok(control.specViolations());
    case 'GET /spec-warnings':
      return ok(control.specWarnings());
    case 'GET /state':
      if (!second) return ok(Object.fromEntries([...sim.store.collections].map(([name, collection]) => [name, collection.size])));
      return ok(control.state(second, third === undefined ? undefined : decodeURIComponent(third)));
    case 'POST /faults':
      try {
        return ok(control.addFault(body), 201);
      } catch (error) {
        throw messageError(400, error.message);
      }
    case 'GET /faults':
      return ok(control.faults());
    case 'DELETE /faults':
      return ok(control.clearFaults());
    case 'GET /config':
      return ok(control.config());
    case 'POST /config':
      return ok(control.config(body || {}));
    case 'POST /tokens/expire':
      return ok(control.expireTokens());
    case 'POST /act':
      return ok(control.act(body));
    case 'GET /webhooks/deliveries':
      return ok(control.deliveries());
    case 'GET /webhooks/events':
      return ok(control.events());
    case 'POST /webhooks/ui':
      return ok(control.uiWebhook(body), 201);
    case 'POST /webhooks/wait':
      return ok({ idle: await control.waitForWebhooks(body?.timeoutMs ?? 5000) });
    case 'POST /webhooks/redeliver': {
      const delivery = await control.redeliver(body?.delivery_id);
      if (!delivery) throw messageError(404, `Delivery ${body?.delivery_id} not found`);
      const { promise, ...rest } = delivery;
      return ok(rest);
    }
    default:
      throw new HttpError(404, { Message: `Unknown control route ${method} /_sim${sub}` });
  }
}
