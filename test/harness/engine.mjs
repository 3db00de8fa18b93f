// In-process n8n engine harness: runs a community package's real node code inside n8n-core's
// execution engine (WorkflowExecute, execution contexts, real HTTP + binary helpers), with a
// credentials helper that behaves like the n8n server's. See README.md in this folder.
// Parts: runtime.mjs (n8n-core setup), packages.mjs (node/credential types), credentials.mjs (store and
// helper), credential-test.mjs, webhook-request.mjs (fake request/response); this file runs things.
import { runCredentialTest } from './credential-test.mjs';
import { createCredentials } from './credentials.mjs';
import { loadPackages } from './packages.mjs';
import { bootstrap } from './runtime.mjs';
import { fakeRequest, fakeResponse } from './webhook-request.mjs';

const DEFAULT_WORKFLOW_ID = 'harness-wf';
const BASE_URL = 'http://127.0.0.1:5678';

/**
 * `n8nHelpers: '1.x'` makes n8n's HTTP helpers behave as in n8n 1.x and early 2.x, where
 * `ignoreHttpStatusErrors` is only tested for truthiness: its object form (`{ ignore, except }`) then
 * returns every status, 401 included, as a response.
 */
export async function createEngine({ packageDir, packageDirs = [], credentials = {}, n8nHelpers } = {}) {
	const runtime = await bootstrap();
	const { core, workflow: wf } = runtime;
	const { Workflow, NodeHelpers } = wf;
	const types = await loadPackages(core, NodeHelpers, [packageDir, ...packageDirs]);
	const { nodeTypes, findNode, normalizeType, fullName, nodeDescription } = types;

	const makeScratchNode = () => ({
		id: 'h',
		name: 'Harness',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	});
	const scratchWorkflow = () => buildWorkflow({ nodes: [makeScratchNode()] });
	const { credentialStore, credentialsHelper, stored, withDefaults } = createCredentials({
		core,
		workflow: wf,
		types,
		initial: credentials,
		n8nHelpers,
		scratchWorkflow,
	});

	// ---- workflow + additionalData plumbing ---------------------------------------------------
	let executionCounter = 0;
	function additionalData(hooks, extra = {}) {
		return {
			credentialsHelper,
			hooks,
			executionId: hooks?.executionId ?? String(++executionCounter),
			currentNodeParameters: undefined,
			restApiUrl: `${BASE_URL}/rest`,
			instanceBaseUrl: `${BASE_URL}/`,
			webhookBaseUrl: `${BASE_URL}/webhook`,
			webhookTestBaseUrl: `${BASE_URL}/webhook-test`,
			webhookWaitingBaseUrl: `${BASE_URL}/webhook-waiting`,
			formWaitingBaseUrl: `${BASE_URL}/form-waiting`,
			variables: {},
			userId: 'harness-user',
			executeWorkflow: async () => {
				throw new Error('Sub-workflows are not supported by the harness');
			},
			getRunExecutionData: async () => undefined,
			logAiEvent: () => {},
			setExecutionStatus: () => {},
			sendDataToUI: () => {},
			...extra,
		};
	}
	function nodeCredentials(type, credentialName) {
		const names = credentialName ? [credentialName] : (nodeDescription(type).credentials ?? []).map((c) => c.name);
		return Object.fromEntries(names.filter((n) => stored.has(n)).map((n) => [n, { id: n, name: n }]));
	}
	function makeNode({ type, typeVersion, parameters = {}, credentialName, continueOnFail = false, onError, name }) {
		const description = nodeDescription(type, typeVersion);
		const version = typeVersion ?? [].concat(description.version).at(-1);
		return {
			id: name ?? 'harness-node',
			name: name ?? 'Harness',
			type: fullName(type),
			typeVersion: version,
			position: [0, 0],
			parameters,
			credentials: nodeCredentials(type, credentialName),
			...(continueOnFail ? { continueOnFail: true, onError: 'continueRegularOutput' } : {}),
			...(onError ? { onError } : {}),
		};
	}
	/**
	 * A Workflow over a copy of `options.staticData` (saveStatic copies it back after the run). An option
	 * given as undefined stays undefined (webhookSetup's workflow has no name and no settings).
	 */
	function buildWorkflow({ staticData, ...options }) {
		const staticCopy = staticData && JSON.parse(JSON.stringify(staticData));
		return new Workflow({
			id: DEFAULT_WORKFLOW_ID,
			name: 'Harness',
			connections: {},
			active: false,
			settings: {},
			...options,
			nodeTypes,
			staticData: staticCopy,
		});
	}

	async function execute(workflow, startNodeName, startItems, mode = 'manual') {
		const hooks = new core.ExecutionLifecycleHooks(mode, String(++executionCounter), {
			id: workflow.id,
			nodes: [],
			connections: {},
		});
		let finished;
		const done = new Promise((resolve) => {
			finished = resolve;
		});
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
	function callMethod(
		kind,
		{ type, typeVersion, method, parameters = {}, credentialName, path: paramPath = 'parameters' },
		args,
	) {
		const node = { ...makeNode({ type, typeVersion, parameters, credentialName }), name: 'Temp-Node' };
		const workflow = buildWorkflow({ nodes: [node] });
		const fn = NodeHelpers.getVersionedNodeType(findNode(type), node.typeVersion).methods?.[kind]?.[method];
		if (typeof fn !== 'function') throw new Error(`Node "${type}" has no ${kind} method "${method}"`);
		const context = new core.LoadOptionsContext(
			workflow,
			workflow.getNode('Temp-Node'),
			additionalData(undefined, { currentNodeParameters: parameters }),
			paramPath,
		);
		return fn.call(context, ...args);
	}
	function webhookSetup(spec) {
		const node = { ...makeNode(spec), name: spec.name ?? 'Trigger', webhookId: spec.webhookId ?? 'harness-webhook-id' };
		const workflowId = spec.workflowId ?? DEFAULT_WORKFLOW_ID;
		const staticData = staticFor(workflowId, spec.staticData);
		const workflow = buildWorkflow({
			id: workflowId,
			name: undefined,
			nodes: [node],
			active: true,
			staticData,
			settings: undefined,
		});
		const nodeType = NodeHelpers.getVersionedNodeType(findNode(spec.type), node.typeVersion);
		const description = nodeType.description.webhooks?.find((w) => w.name === (spec.webhookName ?? 'default'));
		if (!description) throw new Error(`Node "${spec.type}" has no webhook "${spec.webhookName ?? 'default'}"`);
		return { node, workflow, nodeType, description, staticData };
	}

	const engine = {
		credentialStore,
		credentialsHelper,
		nodeTypes,
		packageName: types.mainPackage,
		setCredentials(type, data) {
			credentialStore.set(type, data);
		},
		getStaticData(workflowId = DEFAULT_WORKFLOW_ID) {
			return staticFor(workflowId);
		},
		/** The bytes of an output item's binary field, wherever n8n stored them. */
		async binaryBuffer(binary) {
			if (!binary.id) return Buffer.from(binary.data, 'base64');
			return await runtime.Container.get(core.BinaryDataService).getAsBuffer(binary);
		},

		async runNode({ items = [{ json: {} }], mode, workflowId = DEFAULT_WORKFLOW_ID, ...nodeSpec }) {
			const node = makeNode(nodeSpec);
			const saved = staticFor(workflowId, nodeSpec.staticData);
			const workflow = buildWorkflow({ id: workflowId, nodes: [node], staticData: saved });
			const { runData, error } = await execute(workflow, node.name, structuredClone(items), mode);
			saveStatic(workflow, saved);
			const task = runData[node.name]?.[0];
			const outputs = task?.data?.main ?? [];
			return { items: outputs[0] ?? [], outputs, error: error ?? task?.error, runData };
		},

		async runWorkflow(workflowJson, { startItems = [{ json: {} }], startNode, staticData, mode } = {}) {
			const nodes = workflowJson.nodes.map((n) => ({
				...n,
				type: normalizeType(n.type),
				credentials: Object.fromEntries(Object.entries(n.credentials ?? {}).map(([k]) => [k, { id: k, name: k }])),
			}));
			const workflowId = workflowJson.id ?? DEFAULT_WORKFLOW_ID;
			const saved = staticFor(workflowId, staticData ?? workflowJson.staticData);
			const workflow = buildWorkflow({
				id: workflowId,
				name: workflowJson.name ?? 'Harness',
				nodes,
				connections: workflowJson.connections ?? {},
				staticData: saved,
				settings: workflowJson.settings ?? {},
			});
			const start = startNode ? workflow.getNode(startNode) : workflow.getStartNode();
			if (!start) throw new Error('runWorkflow: no start node found (pass { startNode })');
			const { run, runData, error } = await execute(workflow, start.name, structuredClone(startItems), mode);
			saveStatic(workflow, saved);
			const output = (name, index = 0) => runData[name]?.at(-1)?.data?.main?.[index] ?? [];
			const lastNode = run.data.resultData.lastNodeExecuted;
			return { items: output(lastNode), lastNode, output, error, runData, staticData: saved };
		},

		async loadOptions(spec) {
			return await callMethod('loadOptions', spec, []);
		},
		async listSearch(spec) {
			return await callMethod('listSearch', spec, [spec.filter, spec.paginationToken]);
		},
		async resourceMapping(spec) {
			return await callMethod('resourceMapping', spec, []);
		},

		/** Runs a trigger's webhook() for one fake HTTP request, like n8n's WebhookService.runWebhook. */
		async runWebhook({ request = {}, ...spec }) {
			const { node, workflow, nodeType, description, staticData } = webhookSetup(spec);
			const req = fakeRequest(request);
			const res = fakeResponse();
			const webhookData = {
				httpMethod: req.method,
				node: node.name,
				path: `${node.webhookId}/${description.path}`,
				webhookDescription: description,
				workflowId: workflow.id,
				webhookId: node.webhookId,
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
				responseBody =
					result.webhookResponse ??
					(result.workflowData ? { message: 'Workflow was started' } : { message: 'Webhook call received' });
			}
			return {
				...result,
				workflowData: result.workflowData,
				responseStatus,
				responseBody,
				responseHeaders: res.headers,
				staticData,
			};
		},

		/** Runs webhookMethods[webhookName][method] ('checkExists' | 'create' | 'delete') like n8n on (de)activation. */
		async runWebhookMethod({ method, webhookUrl, ...spec }) {
			const { node, workflow, nodeType, description, staticData } = webhookSetup(spec);
			const fn = nodeType.webhookMethods?.[description.name]?.[method];
			if (typeof fn !== 'function')
				throw new Error(`Node "${spec.type}" has no webhookMethods.${description.name}.${method}`);
			const data = additionalData(undefined);
			const webhookData = {
				httpMethod: description.httpMethod,
				node: node.name,
				path: description.path,
				webhookDescription: description,
				workflowId: workflow.id,
				workflowExecuteAdditionalData: data,
			};
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
			const type = types.credentialType(typeName);
			return await runCredentialTest({
				core,
				Workflow,
				typeName,
				type,
				additionalData: additionalData(undefined),
				data: type.test ? withDefaults(typeName, data ?? stored.get(typeName)) : undefined,
			});
		},
	};
	return engine;
}
