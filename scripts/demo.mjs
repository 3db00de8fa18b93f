// The second half of `npm run demo` (scripts/demo.sh prepared Node 24, n8n and the user folder).
// Environment: N8N_PORT (default 5678), HALO_SIM_PORT (default 8787); to use a real Halo tenant instead of
// the simulator: HALO_URL, HALO_CLIENT_ID, HALO_CLIENT_SECRET and optionally HALO_TENANT, HALO_AUTH_URL,
// HALO_RESOURCE_URL, HALO_SCOPE. With a real tenant the trigger workflows are imported but not activated.
// The agent examples: OPENAI_API_KEY (and optionally OPENAI_BASE_URL, any OpenAI-compatible endpoint) fills
// the triage agent's model credential; DEMO_MCP_TOKEN sets the MCP example's bearer token.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSimulator } from '../simulator/index.mjs';
import {
	AI_NODE_TYPES,
	importCredentials,
	importWorkflows,
	publishWorkflow,
	startServer,
	TRIGGER_TYPE,
} from '../test/e2e/lib/n8n.mjs';
import { AGENT_CREDENTIALS } from '../test/e2e/examples/validate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OWNER = { email: 'demo@halopsa.local', password: 'Demo-password-1' };
const say = (text) => process.stderr.write(`\x1b[1m[demo]\x1b[0m ${text}\n`);

const realTenant = Boolean(process.env.HALO_URL);
const MCP_TOKEN = process.env.DEMO_MCP_TOKEN ?? 'halopsa-demo-mcp-token';
let sim;
let credentialData;
if (realTenant) {
	credentialData = {
		haloUrl: process.env.HALO_URL,
		authUrl: process.env.HALO_AUTH_URL ?? '',
		resourceUrl: process.env.HALO_RESOURCE_URL ?? '',
		tenant: process.env.HALO_TENANT ?? '',
		clientId: process.env.HALO_CLIENT_ID ?? '',
		clientSecret: process.env.HALO_CLIENT_SECRET ?? '',
		scope: process.env.HALO_SCOPE ?? 'all',
	};
	say(`using the Halo tenant at ${credentialData.haloUrl}`);
} else {
	sim = await startSimulator({ port: Number(process.env.HALO_SIM_PORT ?? 8787) });
	credentialData = sim.credentialFields();
	say(`Halo simulator on ${sim.url} (tenant ${sim.tenant})`);
}

say('importing the credential and the example workflows');
await importCredentials([
	{
		id: 'haloPsaDemo',
		name: realTenant ? 'HaloPSA' : 'HaloPSA (demo simulator)',
		type: 'haloPsaApi',
		data: credentialData,
	},
	{ ...AGENT_CREDENTIALS.httpBearerAuth, type: 'httpBearerAuth', data: { token: MCP_TOKEN } },
	// Without a key the credential is still created (the agent example opens without a missing-credential
	// warning); the agent's model then answers 401 until a real key is entered.
	{
		...AGENT_CREDENTIALS.openAiApi,
		type: 'openAiApi',
		data: { apiKey: process.env.OPENAI_API_KEY ?? 'sk-enter-your-key', url: process.env.OPENAI_BASE_URL ?? '' },
	},
]);
const examplesDir = path.join(ROOT, 'examples');
const examples = readdirSync(examplesDir)
	.filter((file) => file.endsWith('.json'))
	.sort()
	.map((file) => JSON.parse(readFileSync(path.join(examplesDir, file), 'utf8')));
const ids = await importWorkflows(examples);
const triggered = examples
	.map((workflow, i) => ({ workflow, id: ids[i] }))
	.filter(({ workflow }) => workflow.nodes.some((node) => node.type === TRIGGER_TYPE));
const mcpTrigger = (workflow) => workflow.nodes.find((node) => node.type === AI_NODE_TYPES.mcpTrigger);
const mcp = examples.map((workflow, i) => ({ workflow, id: ids[i] })).find(({ workflow }) => mcpTrigger(workflow));
if (!realTenant) {
	// Activated before the start, so n8n registers their webhooks in the simulator as it boots.
	for (const { id } of triggered) await publishWorkflow(id);
	// The MCP example's tools only answer once it is active (its token is the demo's, printed below).
	if (mcp) await publishWorkflow(mcp.id);
}

say('starting n8n (about 15 s)');
const port = Number(process.env.N8N_PORT ?? 5678);
const server = await startServer({ port, owner: OWNER, timeoutMs: 180_000 });

const lines = [
	'',
	`  n8n:       ${server.baseUrl}`,
	`  login:     ${OWNER.email} / ${OWNER.password}`,
	`  workflows: ${examples.map((w) => w.name).join('; ')}`,
	'',
];
if (sim) {
	lines.push(
		`  Halo:      ${sim.url}  (simulator; tenant ${sim.tenant}, client ${sim.clientId} / ${sim.clientSecret})`,
		'',
		'  Try it:',
		`  1. Open "${triggered[0]?.workflow.name ?? 'an example'}" in n8n: it is active and registered in Halo.`,
		"  2. Log a ticket in Halo as an agent would (this fires Halo's webhook to n8n):",
		`       curl -s -X POST ${sim.url}/_sim/act -H 'content-type: application/json' \\`,
		`         -d '{"type":"ticket.create","ticket":{"summary":"Outlook keeps asking for my password","client_id":1,"user_id":2}}'`,
		'  3. In n8n open Executions to see the run, then read the note it posted:',
		`       curl -s ${sim.url}/_sim/state/actions | tail -c 600`,
		'  4. Schedule-based examples (SLA risk, reconciliation): open them and click "Execute workflow".',
	);
	if (mcp)
		lines.push(
			`  5. MCP: point an MCP client at ${server.baseUrl}/mcp/${mcpTrigger(mcp.workflow).parameters.path}`,
			`     (Streamable HTTP) with the header "Authorization: Bearer ${MCP_TOKEN}".`,
		);
	lines.push(
		process.env.OPENAI_API_KEY
			? '  6. "Halo triage agent": open it and chat with it (Open chat).'
			: '  6. "Halo triage agent" needs a model: set OPENAI_API_KEY before `npm run demo`, or open its',
	);
	if (!process.env.OPENAI_API_KEY)
		lines.push('     "OpenAI (replace with yours)" credential in n8n and enter your key.');
} else {
	lines.push('  Trigger workflows were imported inactive: set their webhook up for your tenant before activating.');
}
lines.push('', '  Ctrl-C stops n8n and the simulator.', '');
process.stdout.write(lines.join('\n'));

let stopping = false;
const stop = async () => {
	if (stopping) return;
	stopping = true;
	say('stopping');
	await server.stop();
	await sim?.close();
	process.exit(0);
};
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Keeps the process (and so the demo) alive until Ctrl-C.
setInterval(() => {}, 60_000);
