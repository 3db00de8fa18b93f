// Small helpers for the example-workflow tests: Halo's API on the simulator (as an integration would call
// it), the simulator's state, and finding the n8n execution a webhook delivery started for a given ticket.
import { listExecutions, sleep } from '../lib/n8n.mjs';

export function haloClient(sim) {
	let token;
	async function getToken() {
		if (token) return token;
		const res = await fetch(`${sim.url}/auth/token?tenant=${sim.tenant}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: sim.clientId,
				client_secret: sim.clientSecret,
				scope: 'all',
			}),
		});
		if (!res.ok) throw new Error(`token: ${res.status} ${await res.text()}`);
		token = (await res.json()).access_token;
		return token;
	}
	return {
		/** `POST|GET /api/<path>`; throws on a non-2xx answer. */
		async api(method, path, body) {
			const res = await fetch(`${sim.url}/api${path}`, {
				method,
				headers: {
					authorization: `Bearer ${await getToken()}`,
					...(body ? { 'content-type': 'application/json' } : {}),
				},
				body: body ? JSON.stringify(body) : undefined,
			});
			const text = await res.text();
			if (!res.ok) throw new Error(`${method} /api${path} → ${res.status}: ${text}`);
			return text ? JSON.parse(text) : undefined;
		},
		/** An agent acting in Halo's UI (`POST /_sim/act`): fires webhooks like the real thing. */
		act: (body) => sim.controlRequest('POST', '/act', body),
		state: (collection, id) => sim.controlRequest('GET', `/state/${collection}${id === undefined ? '' : `/${id}`}`),
		async actionsOf(ticketId) {
			return (await sim.controlRequest('GET', '/state/actions')).filter((a) => a.ticket_id === ticketId);
		},
	};
}

/** The ticket id the trigger node handed to an execution (webhook envelope: `ticket.id` / `object_id`). */
export function triggerTicketId(execution, triggerName) {
	const json = execution.data?.resultData?.runData?.[triggerName]?.[0]?.data?.main?.[0]?.[0]?.json;
	return json ? Number(json.ticket?.id ?? json.object_id) : undefined;
}

/** Waits until the execution started for `ticketId` has finished and returns it (with its data). */
export async function executionForTicket(server, workflowId, triggerName, ticketId, { timeoutMs = 60_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	let seen = [];
	for (;;) {
		seen = await listExecutions(server, workflowId);
		const match = seen.find((e) => triggerTicketId(e, triggerName) === ticketId && (e.finished || e.stoppedAt));
		if (match) return match;
		if (Date.now() > deadline) {
			throw new Error(
				`no finished execution of ${workflowId} for ticket ${ticketId} within ${timeoutMs} ms: ${JSON.stringify(seen.map((e) => ({ id: e.id, status: e.status, ticket: triggerTicketId(e, triggerName) })))}`,
			);
		}
		await sleep(300);
	}
}

/** Output items (json) of a node in an execution from the public API or the CLI run. */
export function outputOf(executionOrRun, nodeName) {
	const runData = executionOrRun?.data?.resultData?.runData?.[nodeName];
	if (!runData) return undefined;
	return (runData[0]?.data?.main?.[0] ?? []).map((item) => item.json);
}

/** A node's error in an execution, if it failed. */
export function errorOf(executionOrRun) {
	const error = executionOrRun?.data?.resultData?.error;
	return error
		? `${error.message}${error.description ? ` (${error.description})` : ''} at ${error.node?.name ?? '?'}`
		: undefined;
}
