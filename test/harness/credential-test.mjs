// The harness's credential test, like n8n's CredentialsTester for a credential with
// `test: ICredentialTestRequest`: the request goes through n8n-core's RoutingNode on a temporary node,
// which counts as a credential test (so a new token is always fetched), and the test's rules judge the answer.

const getPath = (obj, key) =>
	String(key)
		.split('.')
		.reduce((o, k) => (o == null ? undefined : o[k]), obj);

/**
 * `type`: the credential type; `data`: its decrypted data with defaults; `additionalData`: the engine's.
 * Returns `{status: 'OK' | 'Error', message}`.
 */
export async function runCredentialTest({ core, Workflow, typeName, type, data, additionalData }) {
	if (!type.test) return { status: 'Error', message: 'No testing function found for this credential.' };
	const credentialsDecrypted = { id: typeName, name: typeName, type: typeName, data };
	const description = {
		displayName: 'NoOp',
		name: 'n8n-nodes-base.noOp',
		group: ['transform'],
		version: 1,
		defaults: {},
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: typeName, required: true }],
		properties: [
			{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: type.test.request } },
		],
	};
	const tempType = { description };
	const tempTypes = { getByName: () => tempType, getByNameAndVersion: () => tempType, getKnownTypes: () => ({}) };
	const node = {
		id: 'temp',
		name: 'Temp-Node',
		type: description.name,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [typeName]: { id: typeName, name: typeName } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: tempTypes });
	const tempNode = workflow.getNode('Temp-Node');
	const context = new core.ExecuteContext(
		workflow,
		tempNode,
		additionalData,
		'internal',
		{ resultData: { runData: {} } },
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node: tempNode, data: {}, source: null },
		[],
	);
	let response;
	try {
		response = await new core.RoutingNode(context, tempType, credentialsDecrypted).runNode();
	} catch (error) {
		return failedRequest(type.test.rules ?? [], error);
	}
	for (const rule of type.test.rules ?? []) {
		if (
			rule.type === 'responseSuccessBody' &&
			getPath(response?.[0]?.[0]?.json, rule.properties.key) === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/** The test's message for a request that failed: a matching `responseCode` rule, the HTTP status, or the error. */
function failedRequest(rules, error) {
	const response = error.cause?.response;
	if (response) {
		for (const rule of rules) {
			if (rule.type === 'responseCode' && rule.properties.value === response.status)
				return { status: 'Error', message: rule.properties.message };
		}
		if (response.status < 199 || response.status > 299) {
			return { status: 'Error', message: response.statusText || `Received HTTP status code: ${response.status}` };
		}
	} else if (error.cause?.code) {
		return { status: 'Error', message: error.cause.code };
	}
	return { status: 'Error', message: String(error.message) };
}
