// The /_sim control API, also usable in-process through `control` (see README "Control API").
import { writeRecords, present, findRecord } from './collection.mjs';
import { BY_COLLECTION } from './resources/index.mjs';
import ticketsDef from './resources/tickets.mjs';
import actionsDef from './resources/actions.mjs';
import { seedStore } from './seed/index.mjs';
import { HttpError, messageError } from './errors.mjs';
import { WEBHOOK_EVENTS } from './webhook-codes.mjs';
import { webhookFromUi } from './webhook-ui.mjs';

const CONFIG_KEYS = [
	'latencyMs',
	'tokenLifetimeSeconds',
	'rateLimit',
	'pageCap',
	'requireTenant',
	'countTokenRequests',
	'webhookBatchDelayScale',
	'maxBodyBytes',
];
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
			throw messageError(
				400,
				`Unknown act type '${type}'. Use ticket.create, ticket.update, ticket.status, ticket.assign, ticket.close or action.create.`,
			);
	}
	if (ctx.events.length) sim.webhookSender.emit(ctx.events, agentId);
	return {
		...present(def, rec, { sim, query: {} }, 'get'),
		_events: ctx.events.map((e) => e.eventno).filter((eventno) => eventno !== null),
	};
}

function state(sim, collection, id) {
	const coll = sim.store.collections.get(collection);
	if (!coll)
		throw messageError(
			404,
			`Unknown collection '${collection}'. Known: ${[...sim.store.collections.keys()].join(', ')}`,
		);
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

const info = ({ sim }) => ({
	url: sim.url,
	tenant: sim.tenant,
	clientId: sim.clientId,
	clientSecret: sim.clientSecret,
	apiAgentId: sim.apiAgentId,
	config: sim.config,
});

/** Control routes (`<METHOD> /<path after /_sim>`) → their answer; `args`: {sim, control, body, collection, id}. */
const CONTROL_ROUTES = {
	'GET /': info,
	'GET /info': info,
	'POST /reset': ({ control, body }) => control.reset(body || {}),
	'GET /requests': ({ control }) => control.requests(),
	'DELETE /requests': ({ control }) => control.clearRequests(),
	'GET /stats': ({ control }) => control.stats(),
	'GET /spec-violations': ({ control }) => control.specViolations(),
	'GET /spec-warnings': ({ control }) => control.specWarnings(),
	'GET /state': ({ sim, control, collection, id }) =>
		collection
			? control.state(collection, id === undefined ? undefined : decodeURIComponent(id))
			: Object.fromEntries([...sim.store.collections].map(([name, records]) => [name, records.size])),
	'POST /faults': ({ control, body }) => {
		try {
			return control.addFault(body);
		} catch (error) {
			throw messageError(400, error.message);
		}
	},
	'GET /faults': ({ control }) => control.faults(),
	'DELETE /faults': ({ control }) => control.clearFaults(),
	'GET /config': ({ control }) => control.config(),
	'POST /config': ({ control, body }) => control.config(body || {}),
	'POST /tokens/expire': ({ control }) => control.expireTokens(),
	'POST /act': ({ control, body }) => control.act(body),
	'GET /webhooks/deliveries': ({ control }) => control.deliveries(),
	'GET /webhooks/events': ({ control }) => control.events(),
	'POST /webhooks/ui': ({ control, body }) => control.uiWebhook(body),
	'POST /webhooks/wait': async ({ control, body }) => ({
		idle: await control.waitForWebhooks(body?.timeoutMs ?? 5000),
	}),
	'POST /webhooks/redeliver': async ({ control, body }) => {
		const delivery = await control.redeliver(body?.delivery_id);
		if (!delivery) throw messageError(404, `Delivery ${body?.delivery_id} not found`);
		const { promise, ...rest } = delivery;
		return rest;
	},
};
/** Routes that create something answer 201. */
const CREATED_ROUTES = new Set(['POST /faults', 'POST /webhooks/ui']);

/** HTTP front of the control API. sub = path after "/_sim". */
export async function handleControl(sim, method, sub, params, body) {
	// /state/<collection>/<id> carries data in its path; every other route is at most two words long
	const [, first, second, third] = sub.split('/');
	const route = `${method} /${first || ''}${second && first !== 'state' ? '/' + second : ''}`;
	const answer = CONTROL_ROUTES[route];
	if (!answer) throw new HttpError(404, { Message: `Unknown control route ${method} /_sim${sub}` });
	const result = await answer({ sim, control: sim.control, body, collection: second, id: third });
	return { status: CREATED_ROUTES.has(route) ? 201 : 200, body: result };
}
