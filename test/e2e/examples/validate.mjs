// Static checks of the example workflows in examples/*.json: the exported-workflow shape, node types and
// versions known to the running n8n, every HaloPSA parameter name/value checked against the installed node's
// own description (resource/operation pairs, collection options, locator modes), the demo credential, a sticky
// note, connections and expressions. Returns a list of problems (empty = fine).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { AI_NODE_TYPES, TOOL_TYPE } from '../lib/builders.mjs';

export const EXAMPLES_DIR = path.resolve(import.meta.dirname, '../../../examples');
export const DEMO_CREDENTIAL = { id: 'haloPsaDemo', name: 'HaloPSA (demo simulator)' };
/** The other credentials the agent examples reference, by node credential type (`npm run demo` creates them). */
export const AGENT_CREDENTIALS = {
	httpBearerAuth: { id: 'haloMcpToken', name: 'HaloPSA MCP bearer token' },
	openAiApi: { id: 'openAiDemo', name: 'OpenAI (replace with yours)' },
};
export const HALO_TYPE = 'n8n-nodes-halopsa.haloPsa';
export const TRIGGER_TYPE = 'n8n-nodes-halopsa.haloPsaTrigger';
const HALO_TYPES = new Set([HALO_TYPE, TRIGGER_TYPE, TOOL_TYPE]);
/** n8n's AI nodes the agent examples use: the MCP Server Trigger, the Chat Trigger, the AI Agent and its model. */
const AI_TYPES = new Set(Object.values(AI_NODE_TYPES));

/** The core nodes the examples may use (the list); Code only with a sticky note saying why. */
export const CORE_TYPES = new Set([
	'n8n-nodes-base.scheduleTrigger',
	'n8n-nodes-base.manualTrigger',
	'n8n-nodes-base.if',
	'n8n-nodes-base.set',
	'n8n-nodes-base.merge',
	'n8n-nodes-base.aggregate',
	'n8n-nodes-base.splitOut',
	'n8n-nodes-base.sort',
	'n8n-nodes-base.limit',
	'n8n-nodes-base.filter',
	'n8n-nodes-base.noOp',
	'n8n-nodes-base.stickyNote',
	'n8n-nodes-base.code',
]);
const TRIGGERS = new Set([
	TRIGGER_TYPE,
	'n8n-nodes-base.scheduleTrigger',
	'n8n-nodes-base.manualTrigger',
	AI_NODE_TYPES.mcpTrigger,
	AI_NODE_TYPES.chatTrigger,
]);

export function loadExamples(dir = EXAMPLES_DIR) {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ file, json: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) }));
}

/** One example's workflow JSON, by file name. */
export function loadExample(file, dir = EXAMPLES_DIR) {
	return JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
}

function versions(description) {
	return Array.isArray(description.version) ? description.version : [description.version];
}

/** The node description for a type and version from n8n's /types/nodes.json. */
export function findDescription(nodeTypes, type, version) {
	return nodeTypes.find((d) => d.name === type && versions(d).includes(version));
}

const isExpression = (value) => typeof value === 'string' && value.startsWith('=');

/** displayOptions evaluation for the keys the examples use (resource, operation and sibling parameters). */
function makeVisibility(properties, params) {
	const resourceOp = (prop) => {
		const show = prop.displayOptions?.show ?? {};
		if (show.resource && !show.resource.includes(params.resource)) return false;
		if (show.operation && !show.operation.includes(params.operation)) return false;
		return true;
	};
	const valueOf = (key) => {
		if (key in params) return params[key];
		const prop = properties.find((p) => p.name === key && resourceOp(p));
		return prop?.default;
	};
	return (prop) => {
		const { show, hide } = prop.displayOptions ?? {};
		for (const [key, allowed] of Object.entries(show ?? {})) {
			if (key.startsWith('@')) continue;
			if (!allowed.includes(valueOf(key))) return false;
		}
		for (const [key, denied] of Object.entries(hide ?? {})) {
			if (key.startsWith('@')) continue;
			if (denied.includes(valueOf(key))) return false;
		}
		return true;
	};
}

function checkValue(prop, value, where, problems) {
	if (isExpression(value)) return;
	switch (prop.type) {
		case 'options':
			if (!prop.typeOptions?.loadOptionsMethod && !(prop.options ?? []).some((o) => o.value === value)) {
				problems.push(`${where}: "${value}" is not an option of ${prop.name}`);
			}
			break;
		case 'multiOptions':
			if (!Array.isArray(value)) problems.push(`${where}: ${prop.name} must be a list`);
			else if (!prop.typeOptions?.loadOptionsMethod) {
				for (const v of value)
					if (!(prop.options ?? []).some((o) => o.value === v))
						problems.push(`${where}: "${v}" is not an option of ${prop.name}`);
			}
			break;
		case 'collection':
			if (!value || typeof value !== 'object') problems.push(`${where}: ${prop.name} must be an object`);
			else {
				for (const [key, sub] of Object.entries(value)) {
					const option = (prop.options ?? []).find((o) => o.name === key);
					if (!option)
						problems.push(
							`${where}: "${key}" is not an option of ${prop.name} (${(prop.options ?? []).map((o) => o.name).join(', ')})`,
						);
					else checkValue(option, sub, `${where}.${key}`, problems);
				}
			}
			break;
		case 'fixedCollection':
			if (!value || typeof value !== 'object') problems.push(`${where}: ${prop.name} must be an object`);
			else {
				for (const [key, entries] of Object.entries(value)) {
					const option = (prop.options ?? []).find((o) => o.name === key);
					if (!option) {
						problems.push(`${where}: "${key}" is not an option of ${prop.name}`);
						continue;
					}
					for (const entry of Array.isArray(entries) ? entries : [entries]) {
						for (const [field, fieldValue] of Object.entries(entry ?? {})) {
							const def = (option.values ?? []).find((v) => v.name === field);
							if (!def) problems.push(`${where}.${key}: "${field}" is not a field of ${option.name}`);
							else checkValue(def, fieldValue, `${where}.${key}.${field}`, problems);
						}
					}
				}
			}
			break;
		case 'resourceLocator': {
			const modes = (prop.modes ?? []).map((m) => m.name);
			if (!value || typeof value !== 'object' || value.__rl !== true)
				problems.push(`${where}: ${prop.name} must be a resource locator ({__rl, mode, value})`);
			else if (!modes.includes(value.mode))
				problems.push(`${where}: mode "${value.mode}" is not one of ${modes.join(', ')}`);
			break;
		}
		case 'boolean':
			if (typeof value !== 'boolean') problems.push(`${where}: ${prop.name} must be true/false`);
			break;
		case 'number':
			if (typeof value !== 'number') problems.push(`${where}: ${prop.name} must be a number`);
			break;
		default:
			break;
	}
}

/** HaloPSA node / trigger parameters against the installed node's description. */
export function checkHaloParameters(node, description) {
	const problems = [];
	const where = `node "${node.name}"`;
	const params = node.parameters ?? {};
	const properties = description.properties;
	if (node.type === HALO_TYPE || node.type === TOOL_TYPE) {
		const resourceProp = properties.find((p) => p.name === 'resource');
		if (!resourceProp.options.some((o) => o.value === params.resource)) {
			problems.push(`${where}: unknown resource "${params.resource}"`);
			return problems;
		}
		const opProp = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(params.resource),
		);
		if (!opProp?.options.some((o) => o.value === params.operation)) {
			problems.push(`${where}: resource "${params.resource}" has no operation "${params.operation}"`);
			return problems;
		}
	}
	const visible = makeVisibility(properties, params);
	for (const [key, value] of Object.entries(params)) {
		if (node.type !== TRIGGER_TYPE && (key === 'resource' || key === 'operation')) continue;
		const candidates = properties.filter((p) => p.name === key && visible(p));
		if (!candidates.length) {
			problems.push(
				`${where}: parameter "${key}" does not exist for ${params.resource ?? 'the trigger'}/${params.operation ?? ''}`,
			);
			continue;
		}
		checkValue(candidates[0], value, `${where}.${key}`, problems);
	}
	// Required parameters that are shown must be set.
	for (const prop of properties) {
		if (prop.required && visible(prop) && !(prop.name in params) && prop.type !== 'notice') {
			problems.push(`${where}: required parameter "${prop.name}" is not set`);
		}
	}
	return problems;
}

/** Every {{ … }} in an expression closes where its braces balance. */
function checkExpressions(node, problems) {
	const visit = (value, where) => {
		if (typeof value === 'string') {
			if (!value.startsWith('=')) return;
			let from = 0;
			for (;;) {
				const start = value.indexOf('{{', from);
				if (start < 0) return;
				const end = value.indexOf('}}', start + 2);
				if (end < 0) return problems.push(`${where}: "{{" without "}}"`);
				let depth = 0;
				for (const ch of value.slice(start + 2, end).replace(/'(?:[^'\\]|\\.)*'/g, "''")) {
					if (ch === '{') depth++;
					else if (ch === '}') depth--;
				}
				if (depth !== 0)
					problems.push(`${where}: unbalanced braces inside {{ }} (a "}}" in the code ends the expression early)`);
				from = end + 2;
			}
		} else if (value && typeof value === 'object') {
			for (const [key, sub] of Object.entries(value)) visit(sub, `${where}.${key}`);
		}
	};
	visit(node.parameters, `node "${node.name}"`);
}

/**
 * All problems of one example. `nodeTypes` is n8n's /types/nodes.json; `seenWebhookIds` collects trigger
 * webhook ids across examples (two imported examples must not share a webhook path).
 */
export function validateExample({ file, json }, nodeTypes, seenWebhookIds = new Map()) {
	const problems = [];
	const say = (msg) => problems.push(`${file}: ${msg}`);
	if (typeof json.name !== 'string' || !json.name.trim()) say('no workflow name');
	if (!Array.isArray(json.nodes) || !json.nodes.length) return [`${file}: no nodes`];
	if (!json.connections || typeof json.connections !== 'object') say('no connections object');
	if (json.active !== false) say('must be exported inactive (active: false)');
	if (json.settings?.executionOrder !== 'v1') say('settings.executionOrder should be "v1"');

	const names = new Set();
	const ids = new Set();
	for (const node of json.nodes) {
		for (const key of ['id', 'name', 'type', 'typeVersion', 'position', 'parameters']) {
			if (node[key] === undefined) say(`node "${node.name}" has no ${key}`);
		}
		if (names.has(node.name)) say(`two nodes are called "${node.name}"`);
		if (ids.has(node.id)) say(`two nodes have the id ${node.id}`);
		names.add(node.name);
		ids.add(node.id);
		if (!Array.isArray(node.position) || node.position.length !== 2) say(`node "${node.name}" has no [x, y] position`);

		const known = HALO_TYPES.has(node.type) || CORE_TYPES.has(node.type) || AI_TYPES.has(node.type);
		if (!known) say(`node "${node.name}" uses ${node.type}, which is not in the allowed list`);
		const description = findDescription(nodeTypes, node.type, node.typeVersion);
		if (!description) {
			say(`node "${node.name}": n8n has no ${node.type} version ${node.typeVersion}`);
			continue;
		}
		if (HALO_TYPES.has(node.type)) {
			const cred = node.credentials?.haloPsaApi;
			if (!cred || cred.name !== DEMO_CREDENTIAL.name || cred.id !== DEMO_CREDENTIAL.id) {
				say(`node "${node.name}" does not reference the credential "${DEMO_CREDENTIAL.name}" (${DEMO_CREDENTIAL.id})`);
			}
			problems.push(...checkHaloParameters(node, description).map((p) => `${file}: ${p}`));
		}
		for (const [type, ref] of Object.entries(node.credentials ?? {})) {
			const expected = AGENT_CREDENTIALS[type];
			if (type !== 'haloPsaApi' && (ref.id !== expected?.id || ref.name !== expected?.name))
				say(`node "${node.name}": credential ${type} should be ${JSON.stringify(expected)}`);
		}
		if (node.type === TRIGGER_TYPE) {
			if (node.parameters.registration !== 'automatic') say(`trigger "${node.name}" should use automatic registration`);
			if (!node.webhookId)
				say(`trigger "${node.name}" has no webhookId (its URL would clash with other imported examples)`);
			else if (seenWebhookIds.has(node.webhookId))
				say(`trigger "${node.name}" shares its webhookId with ${seenWebhookIds.get(node.webhookId)}`);
			else seenWebhookIds.set(node.webhookId, `${file} "${node.name}"`);
		}
		checkExpressions(node, problems);
	}

	const stickies = json.nodes.filter((n) => n.type === 'n8n-nodes-base.stickyNote');
	const stickyText = stickies.map((n) => String(n.parameters.content ?? '')).join('\n');
	if (!stickies.length || stickyText.length < 200)
		say('needs a Sticky Note explaining what it does and what to change');
	if (!/change/i.test(stickyText)) say('the sticky note should say what to change');
	if (json.nodes.some((n) => n.type === 'n8n-nodes-base.code') && !/code/i.test(stickyText))
		say('uses a Code node without saying why in the sticky note');
	if (
		json.nodes.some((n) => n.type === 'n8n-nodes-base.scheduleTrigger') &&
		!json.nodes.some((n) => n.type === 'n8n-nodes-base.manualTrigger')
	) {
		say('has a Schedule Trigger but no Manual Trigger (n8n execute --id and "run now" need one)');
	}

	// Connections: only existing nodes; every working node is reachable; every trigger leads somewhere. A
	// sub-node (a tool, a chat model) is connected by its own ai_* output into the node that uses it.
	const incoming = new Set();
	const feeds = new Set(); // nodes with an outgoing connection of any kind
	for (const [from, byType] of Object.entries(json.connections ?? {})) {
		if (!names.has(from)) say(`connection from unknown node "${from}"`);
		for (const [type, outputs] of Object.entries(byType ?? {})) {
			for (const output of outputs ?? []) {
				for (const link of output ?? []) {
					if (!names.has(link.node)) say(`connection from "${from}" to unknown node "${link.node}"`);
					if (link.type !== type) say(`connection from "${from}" is ${type} but arrives as ${link.type}`);
					incoming.add(link.node);
					feeds.add(from);
				}
			}
		}
	}
	for (const node of json.nodes) {
		if (node.type === 'n8n-nodes-base.stickyNote') continue;
		const subNode = Object.keys(json.connections?.[node.name] ?? {}).some((type) => type.startsWith('ai_'));
		if (TRIGGERS.has(node.type)) {
			if (!feeds.has(node.name) && !incoming.has(node.name)) say(`trigger "${node.name}" is not connected`);
		} else if (!incoming.has(node.name) && !(subNode && feeds.has(node.name)))
			say(`node "${node.name}" has no input connection`);
	}
	if (!json.nodes.some((n) => TRIGGERS.has(n.type))) say('has no trigger');
	return problems;
}
