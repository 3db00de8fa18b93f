// What tests do on a running n8n (a handle from startServer): executions, activation, credentials, and
// calls to a production webhook.
import { CREDENTIAL_TYPE, randomId } from './builders.mjs';
import { expectOk, parseBody } from './http.mjs';
import { lineTraits } from './lines.mjs';
import { sleep } from './process.mjs';

/** Executions of a workflow, newest first, with their data (`GET /api/v1/executions?includeData=true`). */
export async function listExecutions(server, workflowId, { status, limit = 100 } = {}) {
	const qs = new URLSearchParams({ workflowId, includeData: 'true', limit: String(limit) });
	if (status) qs.set('status', status);
	const res = expectOk(await server.api('GET', `/executions?${qs}`), 'GET /api/v1/executions');
	return res.body.data;
}

/** Poll listExecutions until `predicate(executions)` holds (default: at least one finished execution). */
export async function waitForExecutions(
	server,
	workflowId,
	predicate = (list) => list.some((e) => e.finished || e.stoppedAt),
	{ timeoutMs = 30_000 } = {},
) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const list = await listExecutions(server, workflowId);
		if (predicate(list)) return list;
		if (Date.now() > deadline)
			throw new Error(
				`executions of ${workflowId} did not reach the expected state within ${timeoutMs} ms: ${JSON.stringify(list.map((e) => ({ id: e.id, status: e.status })))}`,
			);
		await sleep(300);
	}
}

/** Activate (publish) a workflow on the running server through the public API. */
export async function activateWorkflow(server, id) {
	return expectOk(await server.api('POST', `/workflows/${id}/activate`), `POST /api/v1/workflows/${id}/activate`).body;
}

export async function deactivateWorkflow(server, id) {
	return expectOk(await server.api('POST', `/workflows/${id}/deactivate`), `POST /api/v1/workflows/${id}/deactivate`)
		.body;
}

/**
 * The editor's "Test credential" button: `POST /rest/credentials/test` with `{credentials: {id, name, type, data}}`.
 * For a stored credential, n8n merges `data` with what it stored (redacted fields are filled in).
 * Returns n8n's answer `{status: 'OK'|'Error', message}`.
 */
export async function testCredential(server, { id, name, type = CREDENTIAL_TYPE, data = {} }) {
	const res = await server.rest('POST', '/credentials/test', { credentials: { id, name, type, data } });
	return expectOk(res, 'POST /rest/credentials/test').data;
}

/**
 * Create a credential through the public API of a running server (much faster than the CLI import).
 * Returns `{id, name}`.
 */
export async function createCredential(server, { name, type = CREDENTIAL_TYPE, data }) {
	name ??= `HaloPSA e2e ${randomId(6)}`;
	const res = await server.api('POST', '/credentials', {
		name,
		type,
		// n8n 1.x adds its domain field only to credential types that authenticate requests themselves (ours does;
		// httpBearerAuth, which a trigger uses to check its callers, does not) and refuses it elsewhere.
		data: { ...(type === CREDENTIAL_TYPE ? lineTraits().credentialApiData : {}), ...data },
	});
	expectOk(res, 'POST /api/v1/credentials');
	return { id: res.body.id, name: res.body.name };
}

/**
 * Create a workflow through the public API of a running server (a CLI import would start n8n once more).
 * Takes exported-workflow JSON; returns its id.
 */
export async function createWorkflow(server, workflow) {
	const { name, nodes, connections, settings } = workflow;
	const res = await server.api('POST', '/workflows', { name, nodes, connections, settings });
	return expectOk(res, 'POST /api/v1/workflows').body.id;
}

/** Test a stored credential with its stored data through the public API (`POST /api/v1/credentials/{id}/test`). */
export async function testCredentialById(server, id) {
	return expectOk(await server.api('POST', `/credentials/${id}/test`), `POST /api/v1/credentials/${id}/test`).body;
}

/** Call a production webhook, retrying a 404 briefly (a just-registered webhook may not answer yet). */
export async function callWebhook(
	server,
	webhookPath,
	{ method = 'POST', body, headers = {}, timeoutMs = 10_000 } = {},
) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const res = await fetch(`${server.baseUrl}/webhook/${webhookPath.replace(/^\//, '')}`, {
			method,
			headers: { 'content-type': 'application/json', ...headers },
			body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
		});
		if (res.status !== 404 || Date.now() > deadline) return { status: res.status, body: parseBody(await res.text()) };
		await res.arrayBuffer().catch(() => {});
		await sleep(250);
	}
}
