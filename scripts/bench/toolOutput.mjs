// Benchmark scenario 10 (run by run.mjs; this node only): what an AI agent reads per tool call. The node runs as
// n8n's tool variant (`haloPsaTool`), and the characters of its answer are compared with Halo's raw replies
// to the same requests — what a tool that passes Halo's records through would put into the model's context.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { simToken } from '../../test/harness/credentials.mjs';
import { createEngine } from '../../test/harness/engine.mjs';
import { TOOL_OUTPUT_TICKET_ROUTE, toolOutputCalls } from '../../test/harness/tool-output-calls.mjs';
import { oursCredential } from './scenarios.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function haloGet(sim, token, route) {
	const reply = await fetch(`${sim.url}/api${route}`, { headers: { authorization: `Bearer ${token}` } });
	if (!reply.ok) throw new Error(`GET ${route}: ${reply.status}`);
	return await reply.text();
}

/** Adds the scenario's rows to run.mjs's table through `row(scenario, figure, builtinColumn, oursColumn, goal, met)`. */
export async function benchToolOutput({ sim, row, log }) {
	sim.control.reset({ ticketCount: 300 });
	sim.control.config({ latencyMs: 0, rateLimit: null });
	const engine = await createEngine({ packageDir: ROOT, credentials: { haloPsaApi: oursCredential(sim) } });
	const token = await simToken(sim);
	const ticket = JSON.parse(await haloGet(sim, token, TOOL_OUTPUT_TICKET_ROUTE));
	const calls = toolOutputCalls(ticket);
	const label = "10. What an AI agent reads per tool call (tool variant) vs Halo's raw replies, this node only";
	const figures = {};
	for (const [name, parameters, routes] of calls) {
		log(`tool output: ${name}…`);
		const res = await engine.runNode({ type: 'haloPsaTool', typeVersion: 1, parameters, items: [{ json: {} }] });
		if (res.error) throw new Error(`tool output, ${name}: ${res.error.message}`);
		const tool = JSON.stringify(res.items.map((item) => item.json)).length;
		let raw = 0;
		for (const route of routes) raw += (await haloGet(sim, token, route)).length;
		figures[name] = { tool, raw, ratio: tool / raw };
		// The "Built-in" column holds Halo's raw replies here, so the table's ratio column is tool / raw.
		row(label, `${name}: characters, Halo raw vs tool answer`, raw, tool);
	}
	return figures;
}
