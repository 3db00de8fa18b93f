// In-process n8n engine harness: runs a community package's real node code inside n8n-core's
// execution engine (WorkflowExecute, execution contexts, real HTTP + binary helpers), with a
// credentials helper that behaves like the n8n server's. See README.md in this folder.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// n8n-core ships its own nested @n8n/* copies (di, backend-common, backend-network, config), which differ
// from the older top-level ones pulled in by @n8n/node-cli. Always resolve them from n8n-core's folder,
// otherwise the DI Container we configure is not the one n8n-core reads.
const requireHere = createRequire(import.meta.url);
const coreRequire = createRequire(requireHere.resolve('n8n-core'));

let runtime; // process-wide n8n-core setup (DI container is a singleton)

async function bootstrap() {
	if (runtime) return runtime;
	const env = process.env;
	if (!env.N8N_USER_FOLDER) {
		// n8n's InstanceSettings writes <folder>/.n8n/config; filesystem binary data goes to <folder>/.n8n/storage
		const dir = (env.N8N_USER_FOLDER = mkdtempSync(path.join(tmpdir(), 'n8n-harness-')));
		process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
	}
	env.N8N_LOG_LEVEL ??= env.HARNESS_DEBUG ? 'debug' : 'silent';
	env.N8N_ENCRYPTION_KEY ??= 'n8n-harness-test-key';
	env.N8N_DIAGNOSTICS_ENABLED ??= 'false';
	const core = coreRequire('n8n-core');
	const workflow = coreRequire('n8n-workflow');
	const { Container } = coreRequire('@n8n/di');
	const binaryData = Container.get(core.BinaryDataService);
	// 'filesystem' (default, like a real n8n 2.x install: binaries live in files under the user folder,
	// so node code must use getBinaryDataBuffer) or 'memory' (base64 kept inline in the item).
	if ((env.HARNESS_BINARY_MODE ?? 'filesystem') === 'filesystem') await binaryData.init();
	runtime = { core, workflow, Container };
	return runtime;
}

const BUILTIN_NODES = {
	// Minimal stand-ins for the few core nodes exported workflows usually start with.
	manualTrigger: { name: 'manualTrigger', inputs: [] },
	start: { name: 'start', inputs: [] },
	noOp: { name: 'noOp', inputs: ['main'] },
};
function builtinNode(def) {
	return {
		description: {
			displayName: def.name, name: `n8n-nodes-base.${def.name}`, group: ['transform'], version: 1,
			defaults: { name: def.name }, inputs: def.inputs, outputs: ['main'], properties: [],
		},
		async execute() { return [this.getInputData()]; },
	};
}

/**
 * `n8nHelpers: '1.x'` makes n8n's HTTP helpers behave as in n8n 1.x and early 2.x, where
 * `ignoreHttpStatusErrors` is only tested for truthiness: its object form (`{ ignore, except }`) then
 * returns every status, 401 included, as a response.
 */
export async function createEngine({ packageDir, packageDirs = [], credentials = {}, n8nHelpers } = {}) {
	const { core, workflow: wf } = await bootstrap();
	const { Workflow, NodeHelpers, ICredentialsHelper, isExpression } = wf;

	// ---- node + credential types -------------------------------------------------------------
	const loaders = [];
	for (const entry of [packageDir, ...packageDirs].filter(Boolean)) {
		// A string loads the whole package; `{ dir, nodes, credentials }` (paths as in its package.json)
		// loads only those files, e.g. one node of n8n-nodes-base instead of its ~500.
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
	const shortName = (type) => {
		const i = type.lastIndexOf('.');
		return i < 0 ? [mainPackage, type] : [type.slice(0, i), type.slice(i + 1)];
	};
	const fullName = (type) => (type.includes('.') ? normalizeType(type) : `${mainPackage}.${type}`);
	function normalizeType(type) {
		const [pkg, name] = shortName(type);
		return pkg === 'CUSTOM' ? `${mainPackage}.${name}` : `${pkg}.${name}`;
	}
	function findNode(type) {
		const [pkg, name] = shortName(normalizeType(type));
		if (pkg === 'n8n-nodes-base' && BUILTIN_NODES[name]) return builtinNode(BUILTIN_NODES[name]);
		const loader = loaders.find((l) => l.packageName === pkg && name in l.nodeTypes);
		if (!loader) throw new Error(`Unknown node type "${type}"`);
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

	// ---- credential store + server-like credentials helper ----------------------------------
	const stored = new Map(Object.entries(credentials).map(([k, v]) => [k, structuredClone(v)]));
	const credentialStore = {
		get: (type) => structuredClone(stored.get(type)),
		set: (type, data) => void stored.set(type, structuredClone(data)),
		updates: [], // every write-back n8n made (e.g. a token from preAuthentication): { type, data }
	};
	const propertiesOf = (type) => credentialType(type).properties;
	// like the server's applyDefaultsAndOverwrites: defaults filled in, unknown fields dropped
	const withDefaults = (type, data) =>
		NodeHelpers.getNodeParameters(propertiesOf(type), data ?? {}, true, false, null, null);

	class HarnessCredentialsHelper extends ICredentialsHelper {
		getParentTypes() { return []; }
		isCredentialUsableByNode() { return true; }
		getCredentialsProperties(type) { return propertiesOf(type); }
		async getCredentials(nodeCredentials, type) {
			return new core.Credentials({ id: nodeCredentials.id ?? type, name: nodeCredentials.name ?? type }, type);
		}
		async getDecrypted(_additionalData, _nodeCredentials, type) {
			if (!stored.has(type)) throw new Error(`Harness has no credentials of type "${type}" (engine.setCredentials)`);
			return withDefaults(type, stored.get(type));
		}
		async updateCredentials(_nodeCredentials, type, data) {
			stored.set(type, structuredClone(data));
			credentialStore.updates.push({ type, data: structuredClone(data) });
		}
		async updateCredentialsOauthTokenData(nodeCredentials, type, data) {
			await this.updateCredentials(nodeCredentials, type, { ...stored.get(type), oauthTokenData: data.oauthTokenData });
		}
		async authenticate(credentials, typeName, requestOptions, workflow, node) {
			// Every request of httpRequestWithAuthentication passes here just before it is sent.
			if (n8nHelpers === '1.x' && requestOptions.ignoreHttpStatusErrors) requestOptions.ignoreHttpStatusErrors = true;
			const { authenticate } = credentialType(typeName);
			if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
			if (authenticate?.type === 'generic') {
				const resolve = (value) => {
					if (!isExpression(value)) return value;
					const wfForExpr = workflow ?? scratchWorkflow();
					const result = wfForExpr.expression.getSimpleParameterValue(
						node ?? wfForExpr.getNode('Harness'), value, 'internal', { $credentials: credentials }, undefined, '');
					return result ? result.toString() : '';
				};
				requestOptions.headers ??= {};
				for (const [outerKey, entries] of Object.entries(authenticate.properties)) {
					requestOptions[outerKey] ??= {};
					for (const [key, value] of Object.entries(entries)) requestOptions[outerKey][resolve(key)] = resolve(value);
				}
			}
			return requestOptions;
		}
		async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
			const type = credentialType(typeName);
			const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
			if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
			const testing = node?.type === 'n8n-nodes-base.noOp' && node?.parameters?.temp === '';
			if (!(credentials[expirable.name] === '' || credentialsExpired || testing)) return undefined;
			// the server hands preAuthentication only an httpRequest helper
			const output = await type.preAuthentication.call({ helpers: { httpRequest: helpers.helpers.httpRequest } }, credentials);
			if (output?.[expirable.name] === undefined) return undefined;
			if (node?.credentials) {
				const raw = stored.get(typeName) ?? {};
				const persist = { ...raw };
				for (const [key, value] of Object.entries(output)) {
					if (key === expirable.name || !isExpression(raw[key])) persist[key] = value;
				}
				await this.updateCredentials(node.credentials[typeName] ?? {}, typeName, persist);
			}
			return Object.assign(credentials, output);
		}
		async runPreAuthentication(helpers, credentials, typeName) {
			const type = credentialType(typeName);
			if (typeof type.preAuthentication !== 'function') return undefined;
			return (await type.preAuthentication.call({ helpers: { httpRequest: helpers.helpers.httpRequest } }, credentials)) ?? undefined;
		}
	}
	const credentialsHelper = new HarnessCredentialsHelper();

	// ---- workflow + additionalData plumbing ---------------------------------------------------
	let executionCounter = 0;
	function additionalData(hooks, extra = {}) {
		return {
			credentialsHelper, hooks, executionId: hooks?.executionId ?? String(++executionCounter), currentNodeParameters: undefined,
			restApiUrl: 'http://127.0.0.1:5678/rest', instanceBaseUrl: 'http://127.0.0.1:5678/',
			webhookBaseUrl: 'http://127.0.0.1:5678/webhook', webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
			webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting', formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
			variables: {}, userId: 'harness-user',
			executeWorkflow: async () => { throw new Error('Sub-workflows are not supported by the harness'); },
			getRunExecutionData: async () => undefined,
			logAiEvent: () => {}, setExecutionStatus: () => {}, sendDataToUI: () => {},
			...extra,
		};
	}
	function nodeCredentials(type, credentialName) {
		const names = credentialName ? [credentialName] : (findNodeDescription(type).credentials ?? []).map((c) => c.name);
		return Object.fromEntries(names.filter((n) => stored.has(n)).map((n) => [n, { id: n, name: n }]));
	}
	function findNodeDescription(type, version) {
		return NodeHelpers.getVersionedNodeType(findNode(type), version).description;
	}
	function makeNode({ type, typeVersion, parameters = {}, credentialName, continueOnFail = false, onError, name }) {
		const description = findNodeDescription(type, typeVersion);
		const version = typeVersion ?? [].concat(description.version).at(-1);
		return {
			id: name ?? 'harness-node', name: name ?? 'Harness', type: fullName(type), typeVersion: version,
			position: [0, 0], parameters, credentials: nodeCredentials(type, credentialName),
			...(continueOnFail ? { continueOnFail: true, onError: 'continueRegularOutput' } : {}),
			...(onError ? { onError } : {}),
		};
	}
	function buildWorkflow(nodes, connections = {}, staticData, settings = {}, id = 'harness-wf') {
		return new Workflow({ id, name: 'Harness', nodes, connections, active: false, nodeTypes, staticData, settings });
	}
	const scratchWorkflow = () => buildWorkflow([makeScratchNode()]);
	const makeScratchNode = () => ({ id: 'h', name: 'Harness', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [0, 0], parameters: {} });

	async function execute(workflow, startNodeName, startItems, mode = 'manual') {
		const hooks = new core.ExecutionLifecycleHooks(mode, String(++executionCounter), { id: workflow.id, nodes: [], connections: {} });
		let finished;
		const done = new Promise((resolve) => { finished = resolve; });
		hooks.addHandler('workflowExecuteAfter', (run) => finished(run));
		const startNode = workflow.getNode(startNodeName);
		const runExecutionData = wf.createRunExecutionData({
			executionData: {
				nodeExecutionStack: [{ node: startNode, data: { main: [startItems] }, source: null }],
			},
		});
		const we = new core.WorkflowExecute(additionalData(hooks), mode, runExecutionData);
		await we.processRunExecutionData(workflow);
		const run = await done;
		const { runData, error } = run.data.resultData;
		return { run, runData, error };
	}

	// static data lives per workflow id (like the workflow row in n8n's DB); copy it back after each run
	const staticStore = new Map();
	function staticFor(workflowId, given) {
		if (given) return given;
		if (!staticStore.has(workflowId)) staticStore.set(workflowId, {});
		return staticStore.get(workflowId);
	}
	function saveStatic(workflow, target) {
		const plain = JSON.parse(JSON.stringify(workflow.staticData ?? {}));
		delete plain.__dataChanged;
		for (const key of Object.keys(target)) delete target[key];
		Object.assign(target, plain);
		return target;
	}
	function callMethod(kind, { type, typeVersion, method, parameters = {}, credentialName, path: paramPath = 'parameters' }, args) {
		const node = { ...makeNode({ type, typeVersion, parameters, credentialName }), name: 'Temp-Node' };
		const workflow = buildWorkflow([node]);
		const fn = NodeHelpers.getVersionedNodeType(findNode(type), node.typeVersion).methods?.[kind]?.[method];
		if (typeof fn !== 'function') throw new Error(`Node "${type}" has no ${kind} method "${method}"`);
		const context = new core.LoadOptionsContext(workflow, workflow.getNode('Temp-Node'), additionalData(undefined, { currentNodeParameters: parameters }), paramPath);
		return fn.call(context, ...args);
	}
	function webhookSetup(spec) {
		const node = { ...makeNode(spec), name: spec.name ?? 'Trigger', webhookId: spec.webhookId ?? 'harness-webhook-id' };
		const workflowId = spec.workflowId ?? 'harness-wf';
		const staticData = staticFor(workflowId, spec.staticData);
		const workflow = new Workflow({ id: workflowId, nodes: [node], connections: {}, active: true, nodeTypes, staticData: JSON.parse(JSON.stringify(staticData)) });
		const nodeType = NodeHelpers.getVersionedNodeType(findNode(spec.type), node.typeVersion);
		const description = nodeType.description.webhooks?.find((w) => w.name === (spec.webhookName ?? 'default'));
		if (!description) throw new Error(`Node "${spec.type}" has no webhook "${spec.webhookName ?? 'default'}"`);
		return { node, workflow, nodeType, description, staticData };
	}

	const engine = {
		credentialStore,
		credentialsHelper,
		nodeTypes,
		packageName: mainPackage,
		setCredentials(type, data) { credentialStore.set(type, data); },
		getStaticData(workflowId = 'harness-wf') { return staticFor(workflowId); },
		/** The bytes of an output item's binary field, wherever n8n stored them. */
		async binaryBuffer(binary) {
			if (!binary.id) return Buffer.from(binary.data, 'base64');
			return await runtime.Container.get(runtime.core.BinaryDataService).getAsBuffer(binary);
		},

		async runNode({ items = [{ json: {} }], mode, workflowId = 'harness-wf', ...nodeSpec }) {
			const node = makeNode(nodeSpec);
			const saved = staticFor(workflowId, nodeSpec.staticData);
			const workflow = buildWorkflow([node], {}, JSON.parse(JSON.stringify(saved)), {}, workflowId);
			const { runData, error } = await execute(workflow, node.name, structuredClone(items), mode);
			saveStatic(workflow, saved);
			const task = runData[node.name]?.[0];
			const outputs = task?.data?.main ?? [];
			return { items: outputs[0] ?? [], outputs, error: error ?? task?.error, runData };
		},

		async runWorkflow(workflowJson, { startItems = [{ json: {} }], startNode, staticData, mode } = {}) {
			const nodes = workflowJson.nodes.map((n) => ({
				...n, type: normalizeType(n.type),
				credentials: Object.fromEntries(Object.entries(n.credentials ?? {}).map(([k]) => [k, { id: k, name: k }])),
			}));
			const workflowId = workflowJson.id ?? 'harness-wf';
			const saved = staticFor(workflowId, staticData ?? workflowJson.staticData);
			const workflow = new Workflow({ id: workflowId, name: workflowJson.name ?? 'Harness', nodes, connections: workflowJson.connections ?? {},
				active: false, nodeTypes, staticData: JSON.parse(JSON.stringify(saved)), settings: workflowJson.settings ?? {} });
			const start = startNode ? workflow.getNode(startNode) : workflow.getStartNode();
			if (!start) throw new Error('runWorkflow: no start node found (pass { startNode })');
			const { run, runData, error } = await execute(workflow, start.name, structuredClone(startItems), mode);
			saveStatic(workflow, saved);
			const output = (name, index = 0) => runData[name]?.at(-1)?.data?.main?.[index] ?? [];
			const lastNode = run.data.resultData.lastNodeExecuted;
			return { items: output(lastNode), lastNode, output, error, runData, staticData: saved };
		},

		async loadOptions(spec) { return await callMethod('loadOptions', spec, []); },
		async listSearch(spec) { return await callMethod('listSearch', spec, [spec.filter, spec.paginationToken]); },
		async resourceMapping(spec) { return await callMethod('resourceMapping', spec, []); },

		/** Runs a trigger's webhook() for one fake HTTP request, like n8n's WebhookService.runWebhook. */
		async runWebhook({ request = {}, ...spec }) {
			const { node, workflow, nodeType, description, staticData } = webhookSetup(spec);
			const req = fakeRequest(request);
			const res = fakeResponse();
			const webhookData = {
				httpMethod: req.method, node: node.name, path: `${node.webhookId}/${description.path}`, webhookDescription: description,
				workflowId: workflow.id, webhookId: node.webhookId,
			};
			const data = additionalData(undefined, { httpRequest: req, httpResponse: res });
			webhookData.workflowExecuteAdditionalData = data;
			const context = new core.WebhookContext(workflow, node, data, 'webhook', webhookData, [], null);
			const result = (await nodeType.webhook.call(context)) ?? {};
			saveStatic(workflow, staticData);
			// what n8n's webhook helpers would answer for responseMode onReceived
			let responseStatus = res.statusCode;
			let responseBody = res.body;
			if (!res.sent && !result.noWebhookResponse) {
				responseStatus = 200;
				responseBody = result.webhookResponse ?? (result.workflowData ? { message: 'Workflow was started' } : { message: 'Webhook call received' });
			}
			return { ...result, workflowData: result.workflowData, responseStatus, responseBody, responseHeaders: res.headers, staticData };
		},

		/** Runs webhookMethods[webhookName][method] ('checkExists' | 'create' | 'delete') like n8n on (de)activation. */
		async runWebhookMethod({ method, webhookUrl, ...spec }) {
			const { node, workflow, nodeType, description, staticData } = webhookSetup(spec);
			const fn = nodeType.webhookMethods?.[description.name]?.[method];
			if (typeof fn !== 'function') throw new Error(`Node "${spec.type}" has no webhookMethods.${description.name}.${method}`);
			const data = additionalData(undefined);
			const webhookData = { httpMethod: description.httpMethod, node: node.name, path: description.path, webhookDescription: description,
				workflowId: workflow.id, workflowExecuteAdditionalData: data };
			const context = new core.HookContext(workflow, node, data, 'trigger', spec.activation ?? 'activate', webhookData);
			if (webhookUrl) context.getNodeWebhookUrl = () => webhookUrl;
			try {
				return await fn.call(context);
			} finally {
				saveStatic(workflow, staticData);
			}
		},

		/** Like n8n's CredentialsTester for a credential with `test: ICredentialTestRequest`. */
		async testCredential(typeName, data) {
			const type = credentialType(typeName);
			if (!type.test) return { status: 'Error', message: 'No testing function found for this credential.' };
			const credentialsDecrypted = { id: typeName, name: typeName, type: typeName, data: withDefaults(typeName, data ?? stored.get(typeName)) };
			const description = {
				displayName: 'NoOp', name: 'n8n-nodes-base.noOp', group: ['transform'], version: 1, defaults: {}, inputs: ['main'], outputs: ['main'],
				credentials: [{ name: typeName, required: true }],
				properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: type.test.request } }],
			};
			const tempType = { description };
			const tempTypes = { getByName: () => tempType, getByNameAndVersion: () => tempType, getKnownTypes: () => ({}) };
			const node = { id: 'temp', name: 'Temp-Node', type: description.name, typeVersion: 1, position: [0, 0], parameters: {},
				credentials: { [typeName]: { id: typeName, name: typeName } } };
			const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: tempTypes });
			const tempNode = workflow.getNode('Temp-Node');
			const context = new core.ExecuteContext(workflow, tempNode, additionalData(undefined), 'internal', { resultData: { runData: {} } }, 0, [],
				{ main: [[{ json: {} }]] }, { node: tempNode, data: {}, source: null }, []);
			let response;
			try {
				response = await new core.RoutingNode(context, tempType, credentialsDecrypted).runNode();
			} catch (error) {
				const response = error.cause?.response;
				if (response) {
					for (const rule of type.test.rules ?? []) {
						if (rule.type === 'responseCode' && rule.properties.value === response.status) return { status: 'Error', message: rule.properties.message };
					}
					if (response.status < 199 || response.status > 299) {
						return { status: 'Error', message: response.statusText || `Received HTTP status code: ${response.status}` };
					}
				} else if (error.cause?.code) {
					return { status: 'Error', message: error.cause.code };
				}
				return { status: 'Error', message: String(error.message) };
			}
			for (const rule of type.test.rules ?? []) {
				if (rule.type === 'responseSuccessBody' && getPath(response?.[0]?.[0]?.json, rule.properties.key) === rule.properties.value) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			return { status: 'OK', message: 'Connection successful!' };
		},
	};
	return engine;
}

const getPath = (obj, key) => String(key).split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);

function fakeRequest({ method = 'POST', headers = {}, body = {}, query = {}, params = {}, rawBody } = {}) {
	const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	let parsed = body;
	if (typeof body === 'string') { try { parsed = JSON.parse(body); } catch { parsed = body; } }
	lower['content-type'] ??= 'application/json';
	return { method, headers: lower, body: parsed, query, params, rawBody: rawBody ?? Buffer.from(text ?? ''),
		get: (name) => lower[name.toLowerCase()], header: (name) => lower[name.toLowerCase()] };
}

function fakeResponse() {
	const res = {
		statusCode: 200, headers: {}, body: undefined, sent: false, headersSent: false,
		status(code) { res.statusCode = code; return res; },
		setHeader(k, v) { res.headers[k.toLowerCase()] = v; return res; },
		set(k, v) { return typeof k === 'object' ? (Object.entries(k).forEach(([a, b]) => res.setHeader(a, b)), res) : res.setHeader(k, v); },
		header(k, v) { return res.setHeader(k, v); },
		getHeader(k) { return res.headers[k.toLowerCase()]; },
		send(body) { res.body = body; res.sent = res.headersSent = true; return res; },
		json(body) { res.setHeader('content-type', 'application/json'); return res.send(body); },
		end(body) { return res.send(body ?? res.body); },
		writeHead(code, headers = {}) { res.statusCode = code; res.set(headers); return res; },
		sendStatus(code) { res.statusCode = code; return res.send(String(code)); },
	};
	return res;
}
