// What an AI agent reads about each HaloPSA tool. n8n (1.x and 2.x) sends a tool node's `toolDescription`
// parameter, or, when the node has none, "<operation action> in HaloPSA". Every operation of the built
// node, including ones added later, must give the agent a description of a useful size that says whether
// it writes; the regular node and its nodes-panel actions stay as they were.
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ROOT } from './support.mjs';

const require = createRequire(import.meta.url);
const { NodeHelpers } = require('n8n-workflow');
const {
	createNodeAsTool,
} = require('n8n-core/dist/execution-engine/node-execution-context/utils/create-node-as-tool.js');
const { HaloPsa } = require(path.join(ROOT, 'dist/nodes/HaloPsa/HaloPsa.node.js'));

const MIN_LENGTH = 120;
const MAX_LENGTH = 600;
const WRITES = 'Writes to Halo';

const nodeType = new HaloPsa();
const { properties } = nodeType.description;

/** Every resource/operation pair of the node, with its Operation dropdown option. */
const operations = properties
	.filter((property) => property.name === 'operation')
	.flatMap((property) =>
		property.options.map((option) => ({ resource: property.displayOptions.show.resource[0], option })),
	);

/** The node as n8n's NodeTypes hands it out as a tool: a clone of the class's description, named `<name>Tool`. */
function asTool() {
	const description = Object.create(nodeType.description, {
		properties: { value: [...properties] },
		name: { value: `${nodeType.description.name}Tool` },
	});
	return { type: Object.create(nodeType, { description: { value: description } }), description };
}

/** The description n8n gives the model for a tool node with these parameters (as its Workflow fills them in). */
function agentReads(parameters) {
	const { type, description } = asTool();
	const node = { name: 'HaloPSA Tool', type: 'n8n-nodes-halopsa.haloPsaTool', typeVersion: 1, parameters };
	node.parameters = NodeHelpers.getNodeParameters(description.properties, parameters, true, false, node, description);
	return createNodeAsTool({ node, nodeType: type, handleToolInvocation: async () => '' }).response.description;
}

describe('tool descriptions: what an AI agent reads', () => {
	it('covers every operation of the node', () => {
		assert.ok(operations.length >= 40, `only ${operations.length} operations found`);
	});

	for (const { resource, option } of operations) {
		const name = `${resource} → ${option.value}`;
		it(`${name}: a description of ${MIN_LENGTH}–${MAX_LENGTH} characters, marked as a write or read-only`, () => {
			const text = agentReads({ resource, operation: option.value });
			assert.ok(text.length >= MIN_LENGTH, `${name}: ${text.length} characters: "${text}"`);
			assert.ok(text.length <= MAX_LENGTH, `${name}: ${text.length} characters`);
			assert.ok(text.startsWith(`${option.action} in HaloPSA`), `${name} starts with its action: "${text}"`);
			assert.match(text, /Needs: .+ Returns: /, `${name} says what it needs and returns`);
			if (String(option.description).startsWith(WRITES)) {
				assert.ok(text.includes(`${WRITES}:`), `${name} writes, so says "${WRITES}": "${text}"`);
			} else {
				assert.ok(!text.includes(WRITES), `${name} only reads: "${text}"`);
				assert.ok(text.includes('(read-only)'), `${name} says it is read-only`);
			}
		});
	}

	it('Action → Create tells the agent that an action is a note and notes are private unless made public', () => {
		const text = agentReads({ resource: 'action', operation: 'create' });
		assert.match(text, /note/);
		assert.match(text, /private \(agents only\) unless Visibility is public/);
	});

	it('the author\'s own description wins, and an old workflow\'s "auto" setting still gets the full text', () => {
		assert.equal(
			agentReads({ resource: 'ticket', operation: 'get', toolDescription: 'Look up one ticket' }),
			'Look up one ticket',
		);
		const auto = agentReads({ resource: 'ticket', operation: 'get', descriptionType: 'auto' });
		assert.ok(auto.length >= MIN_LENGTH, auto);
	});

	it('switching the operation in the editor gives the new operation its own text', () => {
		const { description } = asTool();
		const node = { name: 'HaloPSA Tool', type: 'n8n-nodes-halopsa.haloPsaTool', typeVersion: 1, parameters: {} };
		// the editor stores every parameter with its default, then strips defaults before applying a change
		const before = NodeHelpers.getNodeParameters(
			description.properties,
			{ resource: 'ticket', operation: 'get' },
			true,
			false,
			node,
			description,
		);
		const stripped = NodeHelpers.getNodeParameters(description.properties, before, false, false, node, description);
		const after = NodeHelpers.getNodeParameters(
			description.properties,
			{ ...stripped, operation: 'update' },
			true,
			false,
			node,
			description,
		);
		assert.match(after.toolDescription, /^Update a ticket in HaloPSA\. Writes to Halo/);
	});

	it('the regular node has no tool description parameter and keeps short actions for the nodes panel', () => {
		const node = { name: 'HaloPSA', type: 'n8n-nodes-halopsa.haloPsa', typeVersion: 1, parameters: {} };
		const values = NodeHelpers.getNodeParameters(
			properties,
			{ resource: 'ticket', operation: 'get' },
			true,
			false,
			node,
			nodeType.description,
		);
		assert.equal(values.toolDescription, undefined);
		for (const { resource, option } of operations) {
			assert.ok(option.action.length <= 60, `${resource} → ${option.value}: action "${option.action}" stays short`);
		}
	});
});
