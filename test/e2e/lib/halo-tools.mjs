// What an agent or an MCP client should see of a HaloPSA tool node, derived from the node itself (the built
// dist/ that the tier packs) and the node's parameters, so these tests follow the node's own wording.
import { createRequire } from 'node:module';
import path from 'node:path';

import { TOOL_TYPE } from './builders.mjs';

const DIST_NODE = path.resolve(import.meta.dirname, '../../../dist/nodes/HaloPsa/HaloPsa.node.js');

let description;
/** The node description n8n builds the tool from: usableAsTool's replacements applied, as n8n does. */
function toolSourceDescription() {
	if (description) return description;
	const { HaloPsa } = createRequire(import.meta.url)(DIST_NODE);
	const base = new HaloPsa().description;
	const { usableAsTool } = base;
	description = typeof usableAsTool === 'object' ? { ...base, ...usableAsTool.replacements } : base;
	return description;
}

/**
 * The description the model is given for a tool node: the node's own "Description" parameter as the author
 * left it, or else that parameter's default for the node's resource and operation (the node declares one per
 * operation, shown only on the tool variant, so n8n 1.x and 2.x send it instead of "<action> in HaloPSA").
 */
export function expectedToolDescription({ resource, operation, toolDescription }) {
	if (typeof toolDescription === 'string' && toolDescription.trim()) return toolDescription;
	const d = toolSourceDescription();
	const declared = d.properties.find(
		(p) =>
			p.name === 'toolDescription' &&
			p.displayOptions?.show?.resource?.includes(resource) &&
			p.displayOptions?.show?.operation?.includes(operation),
	);
	if (!declared?.default) throw new Error(`the node has no tool description for ${resource} → ${operation}`);
	return declared.default;
}

/** n8n's tool name for a node (nodeNameToToolName): runs of other characters become "_", at most 64. */
export function toolName(nodeName) {
	return nodeName
		.replace(/[^a-zA-Z0-9_-]+/g, '_')
		.slice(0, 64)
		.replace(/[_-]+$/, '');
}

/** The `$fromAI('key', 'description', 'type')` calls in a node's parameters: what the model fills. */
export function fromAiParams(node) {
	const found = [];
	const visit = (value) => {
		if (typeof value === 'string') {
			for (const m of value.matchAll(/\$fromAI\(\s*'([^']+)'\s*(?:,\s*'([^']*)'\s*)?(?:,\s*'([^']*)')?/g))
				found.push({ key: m[1], description: m[2] ?? '', type: m[3] ?? 'string' });
		} else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	visit(node.parameters);
	return found;
}

/** The HaloPSA tool nodes of a workflow. */
export function haloToolNodes(workflow) {
	return workflow.nodes.filter((n) => n.type === TOOL_TYPE);
}
