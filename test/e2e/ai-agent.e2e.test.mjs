// The AI Agent tier: examples/07-halo-triage-agent.json (n8n's AI Agent, its OpenAI chat-model node and six
// HaloPSA tools) run in a real n8n with its chat model pointed at a scripted OpenAI-compatible server on
// loopback (lib/scripted-openai.mjs). The script plays the model: it calls the tools n8n offered, and records
// what it was offered (tool definitions, the tool results in the messages). Headless: the example's Chat
// Trigger is swapped for a Manual Trigger and the two chat messages as two items, run once with `n8n execute --id`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { haloClient } from './examples/halo.mjs';
import { DEMO_CREDENTIAL, loadExample } from './examples/validate.mjs';
import { expectedToolDescription, fromAiParams, haloToolNodes, toolName } from './lib/halo-tools.mjs';
import {
	AI_NODE_TYPES,
	executeWorkflow,
	importCredentials,
	importWorkflows,
	nodeItems,
	randomUuid,
} from './lib/n8n.mjs';
import { offeredTool, startScriptedOpenAi, userMessage } from './lib/scripted-openai.mjs';
import { startSim } from './lib/sim.mjs';

const EXAMPLE = loadExample('07-halo-triage-agent.json');
const AGENT = EXAMPLE.nodes.find((n) => n.type === AI_NODE_TYPES.agent);
const MODEL = EXAMPLE.nodes.find((n) => n.type === AI_NODE_TYPES.lmChatOpenAi);
const CHAT_TRIGGER = EXAMPLE.nodes.find((n) => n.type === AI_NODE_TYPES.chatTrigger);
const TOOLS = haloToolNodes(EXAMPLE);

// Names → IDs (parallel work) makes a client name that matches several clients fail with the candidates, e.g.
// "Client 'Acme' matches 3 clients: Acme Logistics Ltd (1), …". Until it is merged the node refuses any
// non-numeric client with a bad-input error; flip this to check the candidates reach the model.
const NAMES_RESOLVED = true;

/**
 * The example with its Chat Trigger replaced by Manual Trigger → "Chat messages" (Set, a list) → "One message
 * each" (Split Out): one run of the agent per message, in one `n8n execute` (each CLI run costs seconds).
 */
function headless(chatInputs) {
	const node = (name, type, typeVersion, dx, parameters) => ({
		id: randomUuid(),
		name,
		type,
		typeVersion,
		position: [CHAT_TRIGGER.position[0] + dx, CHAT_TRIGGER.position[1]],
		parameters,
	});
	const chain = [
		node('Manual', 'n8n-nodes-base.manualTrigger', 1, 0, {}),
		node('Chat messages', 'n8n-nodes-base.set', 3.4, 150, {
			assignments: {
				assignments: [{ id: randomUuid(), name: 'chatInput', value: JSON.stringify(chatInputs), type: 'array' }],
			},
			options: {},
		}),
		node('One message each', 'n8n-nodes-base.splitOut', 1, 300, { fieldToSplitOut: 'chatInput', options: {} }),
	];
	const { [CHAT_TRIGGER.name]: chatLinks, ...connections } = EXAMPLE.connections;
	assert.ok(chatLinks, 'the example starts at its Chat Trigger');
	const links = [...chain.map((n) => n.name), AGENT.name];
	for (let i = 0; i < chain.length; i++)
		connections[links[i]] = { main: [[{ node: links[i + 1], type: 'main', index: 0 }]] };
	return {
		...EXAMPLE,
		name: `e2e: ${EXAMPLE.name} (headless)`,
		nodes: [...EXAMPLE.nodes.filter((n) => n !== CHAT_TRIGGER), ...chain],
		connections,
	};
}

/** The tool messages the agent sent back to the model in a request. */
const toolResults = (request) => (request.messages ?? []).filter((m) => m.role === 'tool');
const contentText = (m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content));

describe('HaloPSA tools in n8n’s AI Agent', () => {
	let sim;
	let halo;
	let model;
	let answers;
	const NOTE = `Agent e2e: the user confirmed the VPN works again ${Date.now()}`;
	const SUMMARY = `Agent e2e: reception printer jammed ${Date.now()}`;
	const ASK_NOTE = `Add a private note to ticket 1001 saying: ${NOTE}`;
	const ASK_TICKET = `Log a ticket for Acme: ${SUMMARY}`;
	let acme = [];
	/** The model requests made while working on one chat message. */
	const requestsFor = (ask) => model.requests.filter((r) => userMessage(r) === ask);

	before(async () => {
		sim = await startSim();
		halo = haloClient(sim);
		// The model's part: call the tool the message asks for, then answer once the tool result is in.
		model = await startScriptedOpenAi((req) => {
			const ask = userMessage(req);
			const done = req.messages.some((m) => m.role === 'tool');
			if (ask === ASK_NOTE)
				return done
					? { content: 'Done: the private note is on ticket 1001.' }
					: {
							toolCalls: [{ name: offeredTool(req, /^Add_private_note$/).name, args: { ticketId: 1001, note: NOTE } }],
						};
			if (ask === ASK_TICKET)
				return done
					? { content: 'Which Acme do you mean?' }
					: {
							toolCalls: [
								{
									name: offeredTool(req, /^Log_ticket$/).name,
									args: { summary: SUMMARY, details: 'Paper jam at reception.', client: 'Acme' },
								},
							],
						};
			throw new Error(`no script for the message ${JSON.stringify(ask)}`);
		});
		// Two more clients whose names contain "Acme": a bare "Acme" then matches three.
		await halo.api('POST', '/Client', [{ name: 'Acme Holdings' }, { name: 'Acme Retail' }]);
		acme = (await halo.state('clients')).filter((c) => /acme/i.test(c.name));
		assert.equal(acme.length, 3, 'setup: three clients named Acme…');
		await importCredentials([
			{ ...DEMO_CREDENTIAL, data: sim.credentialFields() },
			{ ...MODEL.credentials.openAiApi, type: 'openAiApi', data: { apiKey: 'sk-scripted', url: model.baseUrl } },
		]);
		const [id] = await importWorkflows([headless([ASK_NOTE, ASK_TICKET])]);
		const run = await executeWorkflow(id);
		assert.ok(run.ok, `the agent run failed: ${JSON.stringify(run.error) ?? run.stderr.slice(-2000)}`);
		answers = nodeItems(run.run, AGENT.name).map((item) => item.output);
	});

	after(async () => {
		await model?.close();
		await sim?.close();
	});

	test('“add a private note to ticket 1001 saying …”: the model calls the tool, the note is in Halo, private', async (t) => {
		const requests = requestsFor(ASK_NOTE);
		t.diagnostic(`POST /chat/completions, stream: ${Boolean(requests[0]?.stream)}`);
		assert.equal(answers[0], 'Done: the private note is on ticket 1001.');
		assert.equal(requests.length, 2, 'one request to pick the tool, one after its result');

		// What the model was offered: the six tools, described by the node, with the $fromAI inputs as parameters.
		const offered = requests[0].tools.map((t) => t.function);
		assert.deepEqual(offered.map((f) => f.name).sort(), TOOLS.map((n) => toolName(n.name)).sort());
		for (const node of TOOLS) {
			const tool = offered.find((f) => f.name === toolName(node.name));
			assert.equal(tool.description, expectedToolDescription(node.parameters), `${node.name}: description`);
			for (const { key, type } of fromAiParams(node))
				assert.equal(tool.parameters?.properties?.[key]?.type, type, `${node.name}: parameter "${key}"`);
		}
		assert.match(contentText(requests[0].messages.find((m) => m.role === 'system')), /HaloPSA/);

		const notes = (await halo.actionsOf(1001)).filter((a) => a.note === NOTE);
		assert.equal(notes.length, 1, 'the note is on ticket 1001 once');
		assert.equal(notes[0].hiddenfromuser, true, 'the note must be private');
		const [result] = toolResults(requests[1]);
		assert.ok(result, 'the model got the tool result');
		assert.match(contentText(result), new RegExp(String(notes[0].id)), 'the result names the new action');
	});

	test('a client name that matches several clients: no ticket, and the model reads why', async (t) => {
		const requests = requestsFor(ASK_TICKET);
		assert.equal(answers[1], 'Which Acme do you mean?');
		assert.equal(requests.length, 2, 'one request to pick the tool, one after its result');
		assert.deepEqual(
			(await halo.state('tickets')).filter((t) => t.summary === SUMMARY),
			[],
			'no ticket is logged for an unresolved client',
		);
		const [result] = toolResults(requests[1]);
		assert.ok(result, 'the model got a tool result');
		const text = contentText(result);
		t.diagnostic(`the model read: ${text}`);
		assert.match(text, /error/i, `expected a tool error, got: ${text}`);
		assert.match(text, /Client/, `the error names the field: ${text}`);
		assert.match(text, /Acme/, `the error names the value given: ${text}`);
		if (NAMES_RESOLVED) {
			for (const c of acme)
				assert.ok(text.includes(c.name) && text.includes(String(c.id)), `candidate ${c.name} (${c.id}): ${text}`);
		}
	});
});
