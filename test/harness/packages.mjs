// Node and credential types for the harness: community packages loaded with n8n-core's
// PackageDirectoryLoader, type names resolved as n8n does, and stand-ins for the few core nodes exported
// workflows usually start with.

const BUILTIN_NODES = {
	manualTrigger: { name: 'manualTrigger', inputs: [] },
	start: { name: 'start', inputs: [] },
	noOp: { name: 'noOp', inputs: ['main'] },
};
function builtinNode(def) {
	return {
		description: {
			displayName: def.name,
			name: `n8n-nodes-base.${def.name}`,
			group: ['transform'],
			version: 1,
			defaults: { name: def.name },
			inputs: def.inputs,
			outputs: ['main'],
			properties: [],
		},
		async execute() {
			return [this.getInputData()];
		},
	};
}

/**
 * A node's tool variant as n8n makes it for an AI agent or MCP tool (its `usableAsTool` node under the name
 * with "Tool" appended): the same code, a description named `<name>Tool` without main inputs.
 */
const toolVariants = new WeakMap();
function toolVariant(base, type) {
	if (!base.description?.usableAsTool)
		throw new Error(`Unknown node type "${type}" (the node is not usable as a tool)`);
	if (!toolVariants.has(base)) {
		const description = { ...base.description, name: `${base.description.name}Tool`, inputs: [], outputs: ['ai_tool'] };
		delete description.usableAsTool;
		toolVariants.set(base, Object.create(base, { description: { value: description } }));
	}
	return toolVariants.get(base);
}

/**
 * Loads `entries` (the first is the main package): a string loads the whole package; `{ dir, nodes,
 * credentials }` (paths as in its package.json) loads only those files, e.g. one node of n8n-nodes-base
 * instead of its ~500. Returns the type lookups the engine and the credentials helper use.
 */
export async function loadPackages(core, NodeHelpers, entries) {
	const loaders = [];
	for (const entry of entries.filter(Boolean)) {
		const { dir, nodes, credentials: credentialFiles } = typeof entry === 'string' ? { dir: entry } : entry;
		const loader = new core.PackageDirectoryLoader(dir);
		if (nodes || credentialFiles) {
			for (const file of credentialFiles ?? []) loader.loadCredentialFromFile(file);
			for (const file of nodes ?? []) loader.loadNodeFromFile(file);
		} else {
			await loader.loadAll();
		}
		loaders.push(loader);
	}
	const mainPackage = loaders[0]?.packageName;
	const splitType = (type) => {
		const i = type.lastIndexOf('.');
		return i < 0 ? [mainPackage, type] : [type.slice(0, i), type.slice(i + 1)];
	};
	/** `CUSTOM.x` (an exported workflow's name for a community node) → `<main package>.x`. */
	function normalizeType(type) {
		const [pkg, name] = splitType(type);
		return pkg === 'CUSTOM' ? `${mainPackage}.${name}` : `${pkg}.${name}`;
	}
	/** A short name (`haloPsa`) → the main package's full type name. */
	const fullName = (type) => (type.includes('.') ? normalizeType(type) : `${mainPackage}.${type}`);
	function findNode(type) {
		const [pkg, name] = splitType(normalizeType(type));
		if (pkg === 'n8n-nodes-base' && BUILTIN_NODES[name]) return builtinNode(BUILTIN_NODES[name]);
		const loader = loaders.find((l) => l.packageName === pkg && name in l.nodeTypes);
		if (!loader) {
			if (name.endsWith('Tool')) return toolVariant(findNode(`${pkg}.${name.slice(0, -'Tool'.length)}`), type);
			throw new Error(`Unknown node type "${type}"`);
		}
		return loader.getNode(name).type;
	}
	const nodeTypes = {
		getByName: (type) => findNode(type),
		getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(findNode(type), version),
		getKnownTypes: () => ({}),
	};
	function credentialType(name) {
		const loader = loaders.find((l) => name in l.credentialTypes);
		if (!loader) throw new Error(`Unknown credential type "${name}"`);
		return loader.getCredential(name).type;
	}
	/** The node type's description at `version` (the newest when not given). */
	const nodeDescription = (type, version) => NodeHelpers.getVersionedNodeType(findNode(type), version).description;
	return { mainPackage, normalizeType, fullName, findNode, nodeTypes, credentialType, nodeDescription };
}
