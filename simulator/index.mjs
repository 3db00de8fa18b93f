// HaloPSA simulator: in-process entry point.
//
//   import { startSimulator } from './simulator/index.mjs';
//   const sim = await startSimulator({ port: 0 });
//   // sim.url, sim.tenant, sim.clientId, sim.clientSecret, sim.control.*, await sim.close()
import { Store } from './store.mjs';
import { SpecChecker } from './spec-check.mjs';
import { Auth } from './auth.mjs';
import { Faults, RateLimiter } from './faults.mjs';
import { RequestLog } from './requestlog.mjs';
import { WebhookSender } from './webhook-sender/sender.mjs';
import { createControl } from './control.mjs';
import { createHttpServer } from './server.mjs';
import { seedStore, defaultAnchor, DEFAULT_TICKET_COUNT } from './seed/index.mjs';

export { WEBHOOK_EVENTS, EVENTS, AUTH_TYPES, PAYLOAD_TYPES, BATCH_METHODS } from './webhook-codes.mjs';

export const API_AGENT_ID = 1;

/**
 * @param {object} [options]
 * @param {number} [options.port=0]                  0 = ephemeral
 * @param {string} [options.tenant='demo']
 * @param {boolean} [options.requireTenant=true]
 * @param {string} [options.clientId='n8n-demo-client']
 * @param {string} [options.clientSecret='n8n-demo-secret']
 * @param {number} [options.tokenLifetimeSeconds=3600]
 * @param {number} [options.latencyMs=0]
 * @param {string} [options.seed='default']          'empty' = lookups only
 * @param {number} [options.ticketCount=300]
 * @param {Date|string} [options.anchor]             "now" for seed dates (default: today 00:00 UTC)
 * @param {{limit:number, windowMs:number, retryAfter?:boolean}|null} [options.rateLimit=null]
 * @param {boolean} [options.countTokenRequests=false] token requests count towards the rate limit
 * @param {number} [options.pageCap=100]
 * @param {number} [options.maxBodyBytes=104857600]
 * @param {{enabled?:boolean, timeoutMs?:number, userAgent?:string, batchDelayScale?:number}} [options.webhookSender]
 */
export async function startSimulator(options = {}) {
	const config = {
		latencyMs: options.latencyMs ?? 0,
		tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
		rateLimit: options.rateLimit ?? null,
		pageCap: options.pageCap ?? 100,
		requireTenant: options.requireTenant ?? true,
		countTokenRequests: options.countTokenRequests ?? false,
		webhookBatchDelayScale: options.webhookSender?.batchDelayScale ?? 1,
		maxBodyBytes: options.maxBodyBytes ?? 100 * 1024 * 1024,
	};
	const sim = {
		tenant: options.tenant ?? 'demo',
		clientId: options.clientId ?? 'n8n-demo-client',
		clientSecret: options.clientSecret ?? 'n8n-demo-secret',
		apiAgentId: API_AGENT_ID,
		config,
		initialConfig: structuredClone(config),
		seedOptions: {
			seed: options.seed ?? 'default',
			ticketCount: options.ticketCount ?? DEFAULT_TICKET_COUNT,
			anchor: options.anchor ? new Date(options.anchor) : defaultAnchor(),
		},
		store: new Store(),
		spec: new SpecChecker(),
		faults: new Faults(),
		rateLimiter: new RateLimiter(),
		log: new RequestLog(),
		url: null,
	};
	sim.auth = new Auth(sim);
	sim.webhookSender = new WebhookSender(sim, options.webhookSender);
	sim.recordSpec = (entry, check) => sim.log.recordSpec(entry, check);
	sim.control = createControl(sim);
	seedStore(sim.store, sim.seedOptions);

	const server = createHttpServer(sim);
	const sockets = new Set();
	server.on('connection', (s) => {
		sockets.add(s);
		s.on('close', () => sockets.delete(s));
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', resolve);
	});
	const port = server.address().port;
	sim.url = `http://127.0.0.1:${port}`;

	const info = {
		url: sim.url,
		port,
		tenant: sim.tenant,
		clientId: sim.clientId,
		clientSecret: sim.clientSecret,
		/** Halo "API Details" values: auth server, resource server, token URL. */
		authUrl: `${sim.url}/auth`,
		resourceUrl: `${sim.url}/api`,
		tokenUrl: `${sim.url}/auth/token?tenant=${encodeURIComponent(sim.tenant)}`,
		/** The HaloPSA API credential's fields pointing at this simulator; `extra` adds or overrides fields. */
		credentialFields: (extra = {}) => credentialFieldsFor(info, extra),
		store: sim.store,
		control: sim.control,
		sim,
		async close() {
			sim.webhookSender.reset();
			await new Promise((resolve) => {
				server.close(() => resolve());
				for (const s of sockets) s.destroy();
			});
		},
	};
	return info;
}

/**
 * The HaloPSA API credential's fields for a simulator given as `{url, tenant, clientId, clientSecret}` (in-process
 * or reached over HTTP): the one place tests, the demo and the benchmark take them from.
 */
export function credentialFieldsFor(sim, extra = {}) {
	return {
		haloUrl: sim.url,
		tenant: sim.tenant,
		clientId: sim.clientId,
		clientSecret: sim.clientSecret,
		scope: 'all',
		...extra,
	};
}
