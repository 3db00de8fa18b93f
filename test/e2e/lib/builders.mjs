// Names and workflow JSON for the real-n8n tier: the package's type names, ids of n8n's shapes and the
// small workflows tests import.
import { randomBytes } from 'node:crypto';

export const PACKAGE = 'n8n-nodes-halopsa';
export const NODE_TYPE = `${PACKAGE}.haloPsa`;
export const TRIGGER_TYPE = `${PACKAGE}.haloPsaTrigger`;
export const CREDENTIAL_TYPE = 'haloPsaApi';

/** A random id of the shape n8n uses for workflows and credentials (16 alphanumerics). */
export function randomId(length = 16) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = randomBytes(length);
	let id = '';
	for (let i = 0; i < length; i++) id += alphabet[bytes[i] % alphabet.length];
	return id;
}

export function randomUuid() {
	const b = randomBytes(16);
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const h = b.toString('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Manual Trigger → one HaloPSA node. `parameters` are the HaloPSA node's. */
export function manualWorkflow({ parameters, credential, nodeName = 'HaloPSA', name, extraNodeProps = {} }) {
	return {
		name: name ?? `e2e manual ${randomId(6)}`,
		nodes: [
			{
				id: randomUuid(),
				name: 'Manual',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: randomUuid(),
				name: nodeName,
				type: NODE_TYPE,
				typeVersion: 1,
				position: [220, 0],
				parameters,
				credentials: credential ? { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } } : {},
				...extraNodeProps,
			},
		],
		connections: { Manual: { main: [[{ node: nodeName, type: 'main', index: 0 }]] } },
	};
}

/** n8n's own Webhook node, answering on receipt: a start that involves no package code. */
export function webhookNode(path) {
	return {
		id: randomUuid(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUuid(),
		parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
	};
}

/** A workflow of n8n's own Webhook node alone: a reference that involves no package code. */
export function webhookNodeWorkflow(path, name = 'e2e webhook node') {
	return { name, nodes: [webhookNode(path)], connections: {} };
}

/** The tool variant n8n makes of the node (`usableAsTool`): what an AI Agent or the MCP Server Trigger connects. */
export const TOOL_TYPE = `${NODE_TYPE}Tool`;

/** n8n's AI nodes the agent tiers and examples use (package @n8n/n8n-nodes-langchain). */
export const AI_NODE_TYPES = Object.fromEntries(
	['mcpTrigger', 'chatTrigger', 'agent', 'lmChatOpenAi'].map((name) => [name, `@n8n/n8n-nodes-langchain.${name}`]),
);
