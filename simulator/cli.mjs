#!/usr/bin/env node
// npm run simulator [-- --port 8787 --tenant demo --tickets 300 --seed default --latency 0 --rate-limit 300/300000]
import { startSimulator } from './index.mjs';

function arg(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
	const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
	return eq ? eq.slice(name.length + 3) : fallback;
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
	console.log(`HaloPSA simulator
  --port <n>            listen port (default 8787, env HALO_SIM_PORT; 0 = ephemeral)
  --tenant <name>       tenant name (default demo)
  --client-id <id>      (default n8n-demo-client)
  --client-secret <s>   (default n8n-demo-secret)
  --seed <name>         default | empty | any other name
  --tickets <n>         number of seeded tickets (default 300)
  --latency <ms>        added latency per request
  --rate-limit <n/ms>   e.g. 300/300000 (off by default)
  --no-tenant-required  accept token requests without ?tenant=`);
	process.exit(0);
}

const rl = arg('rate-limit');
const [limit, windowMs] = rl ? rl.split('/').map(Number) : [];
const sim = await startSimulator({
	port: Number(arg('port', process.env.HALO_SIM_PORT ?? 8787)),
	tenant: arg('tenant', process.env.HALO_SIM_TENANT ?? 'demo'),
	clientId: arg('client-id', process.env.HALO_SIM_CLIENT_ID ?? 'n8n-demo-client'),
	clientSecret: arg('client-secret', process.env.HALO_SIM_CLIENT_SECRET ?? 'n8n-demo-secret'),
	seed: arg('seed', 'default'),
	ticketCount: Number(arg('tickets', 300)),
	latencyMs: Number(arg('latency', 0)),
	rateLimit: rl ? { limit, windowMs: windowMs || 300000, retryAfter: true } : null,
	requireTenant: !process.argv.includes('--no-tenant-required'),
});

console.log(`HaloPSA simulator listening on ${sim.url}
  tenant:        ${sim.tenant}
  client ID:     ${sim.clientId}
  client secret: ${sim.clientSecret}

n8n credential (HaloPSA API):
  Authorisation Server URL: ${sim.authUrl}
  Resource Server URL:      ${sim.resourceUrl}
  Tenant:                   ${sim.tenant}
  Client ID:                ${sim.clientId}
  Client Secret:            ${sim.clientSecret}
  Scope:                    all
  (self-hosted layout:      ${sim.url}/sso  +  ${sim.url}/halo/api)

Control API: ${sim.url}/_sim/info   (reset, requests, faults, config, act, webhooks; see simulator/README.md)
Press Ctrl+C to stop.`);

let stopping = false;
async function stop(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`\n${signal} received, stopping simulator...`);
	await sim.close();
	process.exit(0);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
