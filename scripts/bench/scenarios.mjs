// Benchmark scenarios, shared by the side-by-side benchmark (scripts/bench/run.mjs + worker.mjs) and
// the CI floor test (test/unit/bench-floors.test.mjs). Each scenario is a function of an engine (the
// in-process n8n harness) and a side: OURS (this package) or BUILTIN (n8n-nodes-base's HaloPSA node).
// Nothing here imports n8n-nodes-base, so the floor test runs without a real n8n install.
import { credentialFieldsFor } from '../../simulator/index.mjs';

/** This package's node and credential. */
export const OURS = { key: 'ours', node: 'n8n-nodes-halopsa.haloPsa', typeVersion: 1, credential: 'haloPsaApi' };
/** n8n's built-in HaloPSA node (n8n-nodes-base) and its credential. */
export const BUILTIN = { key: 'builtin', node: 'n8n-nodes-base.haloPSA', typeVersion: 1, credential: 'haloPSAApi' };
export const SIDES = { ours: OURS, builtin: BUILTIN };

/** The files the harness loads from n8n-nodes-base (instead of all ~500 nodes). */
export const BASE_FILES = {
	nodes: ['dist/nodes/HaloPSA/HaloPSA.node.js', 'dist/nodes/HttpRequest/HttpRequest.node.js'],
	credentials: ['dist/credentials/HaloPSAApi.credentials.js'],
};
const HTTP_REQUEST = { type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2 };

/** `sim`: { url, tenant, clientId, clientSecret } of the simulator (in-process or over HTTP). */
export function oursCredential(sim, extra = {}) {
	return credentialFieldsFor(sim, { requestBudget: 0, backoffSeconds: 1, ...extra });
}

/** The built-in credential as a hosted-Halo user fills it in (its "On-Premise" choice never sends a valid tenant). */
export function builtinCredential(sim) {
	return {
		hostingType: 'hostedHalo',
		authUrl: `${sim.url}/auth`,
		resourceApiUrl: `${sim.url}/api`,
		client_id: sim.clientId,
		client_secret: sim.clientSecret,
		tenant: sim.tenant,
	};
}

const rl = (value) => ({ __rl: true, mode: 'id', value });

function haloNode(side, name, position, parameters) {
	return {
		id: name,
		name,
		type: side.node,
		typeVersion: side.typeVersion,
		position: [position * 200, 0],
		parameters,
		credentials: { [side.credential]: { id: side.credential, name: side.credential } },
	};
}

function chain(nodes) {
	const connections = {};
	for (let i = 0; i + 1 < nodes.length; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	return connections;
}

// ---- 1. enrichment event ---------------------------------------------------------------------------

/**
 * One event: get the ticket, its client and its end user, then post a private note. The built-in node
 * has no action/note operation, so its side posts the note with n8n's HTTP Request node. The built-in
 * credential has no `authenticate`, so the HTTP Request node cannot use it: the flow fetches its own
 * token with one HTTP Request node and posts the note with a second one (Bearer header). Halo refuses an
 * action without an outcome: both sides send outcome 7 (Halo's built-in private note), as a user who picked it
 * does; leaving our Outcome empty costs one `GET /Outcome` per execution.
 */
export function enrichmentWorkflow(side, sim) {
	const trigger = {
		id: 'Event',
		name: 'Event',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const note = "=Enrichment: client {{ $('Get Client').item.json.name }}, user {{ $('Get User').item.json.name }}";
	let nodes;
	if (side.key === 'ours') {
		nodes = [
			trigger,
			haloNode(side, 'Get Ticket', 1, {
				resource: 'ticket',
				operation: 'get',
				ticketId: rl('={{ $json.ticket_id }}'),
				simplify: false,
			}),
			haloNode(side, 'Get Client', 2, {
				resource: 'client',
				operation: 'get',
				clientId: rl("={{ $('Get Ticket').item.json.client_id }}"),
				simplify: false,
			}),
			haloNode(side, 'Get User', 3, {
				resource: 'user',
				operation: 'get',
				userId: rl("={{ $('Get Ticket').item.json.user_id }}"),
				simplify: false,
			}),
			haloNode(side, 'Add Note', 4, {
				resource: 'action',
				operation: 'create',
				ticketId: rl("={{ $('Get Ticket').item.json.id }}"),
				note,
				visibility: 'private',
				outcome: 7,
			}),
		];
	} else {
		nodes = [
			trigger,
			haloNode(side, 'Get Ticket', 1, {
				resource: 'ticket',
				operation: 'get',
				ticketId: '={{ $json.ticket_id }}',
				simplify: false,
			}),
			haloNode(side, 'Get Client', 2, {
				resource: 'client',
				operation: 'get',
				clientId: "={{ $('Get Ticket').item.json.client_id }}",
				simplify: false,
			}),
			haloNode(side, 'Get User', 3, {
				resource: 'user',
				operation: 'get',
				userId: "={{ $('Get Ticket').item.json.user_id }}",
				simplify: false,
			}),
			{
				id: 'Get Token',
				name: 'Get Token',
				...HTTP_REQUEST,
				position: [800, 0],
				parameters: {
					method: 'POST',
					url: `${sim.url}/auth/token?tenant=${sim.tenant}`,
					sendBody: true,
					contentType: 'form-urlencoded',
					bodyParameters: {
						parameters: [
							{ name: 'grant_type', value: 'client_credentials' },
							{ name: 'client_id', value: sim.clientId },
							{ name: 'client_secret', value: sim.clientSecret },
							{ name: 'scope', value: 'all' },
						],
					},
					options: {},
				},
			},
			{
				id: 'Add Note',
				name: 'Add Note',
				...HTTP_REQUEST,
				position: [1000, 0],
				parameters: {
					method: 'POST',
					url: `${sim.url}/api/Actions`,
					sendHeaders: true,
					headerParameters: { parameters: [{ name: 'Authorization', value: '=Bearer {{ $json.access_token }}' }] },
					sendBody: true,
					specifyBody: 'json',
					jsonBody:
						"={{ JSON.stringify([{ ticket_id: $('Get Ticket').item.json.id, hiddenfromuser: true, outcome_id: 7, note: 'Enrichment: client ' + $('Get Client').item.json.name + ', user ' + $('Get User').item.json.name }]) }}",
					options: {},
				},
			},
		];
	}
	return {
		id: `bench-enrichment-${side.key}`,
		name: `Enrichment (${side.key})`,
		nodes,
		connections: chain(nodes),
		settings: {},
	};
}

/** Runs `ticketIds.length` events, one execution each; `after(i)` is awaited after event i. */
export async function runEnrichment(engine, side, { sim, ticketIds, after = async () => {} }) {
	const workflow = enrichmentWorkflow(side, sim);
	let failed = 0;
	let firstError;
	for (const [i, ticketId] of ticketIds.entries()) {
		const run = await engine.runWorkflow(workflow, {
			startNode: 'Event',
			startItems: [{ json: { ticket_id: ticketId } }],
		});
		const ok = !run.error && run.lastNode === 'Add Note' && run.items.length === 1 && !run.items[0].json.error;
		if (!ok) {
			failed++;
			firstError ??= run.error?.message ?? JSON.stringify(run.items[0]?.json ?? null).slice(0, 300);
		}
		await after(i);
	}
	return { events: ticketIds.length, failed, firstError };
}

// ---- 2. full pull ------------------------------------------------------------------------------------

/** Get Many tickets, Return All, full records (Simplify off on both sides, so both hold the same data). */
export async function runPull(engine, side) {
	const res = await engine.runNode({
		type: side.node,
		typeVersion: side.typeVersion,
		parameters: { resource: 'ticket', operation: 'getAll', returnAll: true, simplify: false },
	});
	const ids = res.items.map((item) => item.json.id);
	let ordered = true;
	for (let i = 1; i < ids.length; i++)
		if (!(ids[i] > ids[i - 1])) {
			ordered = false;
			break;
		}
	const summary = { items: res.items.length, ordered, error: res.error?.message };
	// the items themselves, for a caller that measures the memory they hold (not enumerable: not copied or sent)
	Object.defineProperty(summary, 'output', { value: res.items, enumerable: false });
	return summary;
}

// ---- 3. updates under a rate budget -------------------------------------------------------------------

/**
 * One execution updating `ids.length` tickets (one item each). The built-in side runs with Continue On
 * Fail so every item is attempted and failures can be counted; by default its execution would stop at
 * the first 429 instead.
 */
export async function runUpdates(engine, side, { ids, continueOnFail = side.key === 'builtin' }) {
	const summary = '=Bench update {{ $json.id }}';
	const parameters =
		side.key === 'ours'
			? { resource: 'ticket', operation: 'update', ticketId: rl('={{ $json.id }}'), updateFields: { summary } }
			: { resource: 'ticket', operation: 'update', ticketId: '={{ $json.id }}', updateFields: { summary } };
	const res = await engine.runNode({
		type: side.node,
		typeVersion: side.typeVersion,
		parameters,
		continueOnFail,
		items: ids.map((id) => ({ json: { id } })),
	});
	const failedIndexes = [];
	res.items.forEach((item, i) => {
		if (item.json.error) failedIndexes.push(i);
	});
	const succeeded = res.items.length - failedIndexes.length;
	return {
		items: ids.length,
		succeeded: res.error ? 0 : succeeded,
		failed: res.error ? ids.length : failedIndexes.length,
		firstFailedItem: failedIndexes[0],
		error: res.error?.message,
	};
}

// ---- 4. per-item overhead ------------------------------------------------------------------------------

/** One execution with one Get-by-ID item per id. */
export async function runGetById(engine, side, { ids }) {
	const parameters =
		side.key === 'ours'
			? { resource: 'ticket', operation: 'get', ticketId: rl('={{ $json.id }}'), simplify: false }
			: { resource: 'ticket', operation: 'get', ticketId: '={{ $json.id }}', simplify: false };
	const res = await engine.runNode({
		type: side.node,
		typeVersion: side.typeVersion,
		parameters,
		items: ids.map((id) => ({ json: { id } })),
	});
	const wrong = res.items.filter((item, i) => item.json.id !== ids[i]).length;
	return { items: res.items.length, wrong, error: res.error?.message };
}

// ---- 5. dropdowns / locators ---------------------------------------------------------------------------

/**
 * Three lookups opened `times` times each. Ours: Status and Ticket Type dropdowns and the Client
 * locator's search. The built-in node has no status dropdown: Ticket Type, Client and Agent (its Site
 * dropdown reads `clientsite_name`, which the simulator's sites do not carry, and would throw).
 */
export const DROPDOWNS = {
	ours: [
		{ kind: 'loadOptions', method: 'getStatuses', label: 'statuses' },
		{ kind: 'loadOptions', method: 'getTicketTypes', label: 'ticket types' },
		{ kind: 'listSearch', method: 'searchClients', label: 'clients (locator search)' },
	],
	builtin: [
		{ kind: 'loadOptions', method: 'getHaloPSATicketsTypes', label: 'ticket types' },
		{ kind: 'loadOptions', method: 'getHaloPSAClients', label: 'clients' },
		{ kind: 'loadOptions', method: 'getHaloPSAAgents', label: 'agents (it has no status dropdown)' },
	],
};

/** `after(i)` is awaited after open i (e.g. to snapshot request counts). */
export async function runDropdowns(engine, side, { times, after = async () => {} }) {
	const parameters = { resource: 'ticket', operation: 'getAll' };
	let opens = 0;
	let empty = 0;
	for (let round = 0; round < times; round++) {
		for (const dropdown of DROPDOWNS[side.key]) {
			const spec = { type: side.node, typeVersion: side.typeVersion, method: dropdown.method, parameters };
			const result =
				dropdown.kind === 'loadOptions'
					? await engine.loadOptions(spec)
					: await engine.listSearch({ ...spec, filter: '' });
			const options = Array.isArray(result) ? result : result.results;
			if (!options?.length) empty++;
			await after(opens++);
		}
	}
	return { opens, empty };
}
