// The editor as a person sees it: n8n's own UI in a real browser (lib/browser.mjs), one n8n server and one
// browser for the whole file, against the simulator. Signs in, opens every example workflow, opens a HaloPSA
// panel per resource and the trigger's, and checks what a person would notice: no console error or error
// toast, dropdowns listing the tenant's values, the client locator's search, the credential test, the
// trigger's event list and the node creator's search. Each panel's screenshot is saved (lib/browser.mjs).
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import { haloClient } from './examples/halo.mjs';
import { AGENT_CREDENTIALS, DEMO_CREDENTIAL, HALO_TYPE, loadExamples } from './examples/validate.mjs';
import { byTestId, launchBrowser, openEditor } from './lib/browser.mjs';
import {
	createWorkflow,
	importCredentials,
	importWorkflows,
	n8nMajor,
	PACKAGE,
	randomUuid,
	startServer,
	TRIGGER_TYPE,
} from './lib/n8n.mjs';
import { startSim } from './lib/sim.mjs';

const WRONG_SECRET = { id: 'haloPsaWrongSecret', name: 'HaloPSA (wrong secret)' };
const TRIGGER_NAME = 'HaloPSA Trigger';
/** Operations whose panels hold the fields checked below; other resources show their first operation. */
const PANEL_OPERATION = {
	action: { operation: 'create', additionalFields: { new_status: '' } }, // Outcome, New Status
	ticket: { operation: 'getAll', filters: { ticketTypeId: '' } }, // Ticket Type
	client: { operation: 'get' }, // the client locator
};
const credentials = { haloPsaApi: DEMO_CREDENTIAL };
const nonSticky = (workflow) => workflow.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote');

/** One HaloPSA node per resource (from the installed node's own description) and the trigger, in a grid. */
function panelsWorkflow(nodeTypes) {
	const description = nodeTypes.find((d) => d.name === HALO_TYPE);
	// n8n adds a "Custom API Call" resource (`__CUSTOM_API_CALL__`) to nodes with a credential; it is n8n's.
	const resources = description.properties
		.find((p) => p.name === 'resource')
		.options.filter(({ value }) => !value.startsWith('__'));
	const firstOperation = (resource) =>
		description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource))
			.options[0].value;
	const at = (i) => [(i % 6) * 220, Math.floor(i / 6) * 200];
	const nodes = resources.map(({ name, value }, i) => ({
		id: randomUuid(),
		name,
		type: HALO_TYPE,
		typeVersion: 1,
		position: at(i),
		parameters: { resource: value, operation: firstOperation(value), ...PANEL_OPERATION[value] },
		credentials,
	}));
	nodes.push({
		id: randomUuid(),
		name: TRIGGER_NAME,
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: at(nodes.length),
		webhookId: randomUuid(),
		parameters: { registration: 'automatic', events: ['3'] },
		credentials,
	});
	return { name: 'Editor panels', nodes, connections: {}, settings: { executionOrder: 'v1' } };
}

// n8n 1.x's editor is not covered yet: on it, opening the first workflow throws an uncaught "Cannot read
// properties of undefined (reading 'enabled')" in the page, and its dropdown lists stay open after Escape.
const EDITOR_LINE_SKIP =
	n8nMajor() < 2 && "n8n 1.x's editor: uncaught page error on first load, dropdowns not dismissable (not adapted yet)";

describe(`n8n ${n8nMajor()}.x editor in a browser`, { skip: EDITOR_LINE_SKIP }, () => {
	let sim;
	let halo;
	let server;
	let browser;
	let editor;
	let panels;
	let nodeTypes;
	const examples = loadExamples();
	const exampleIds = [];

	before(async () => {
		sim = await startSim();
		halo = haloClient(sim);
		await importCredentials([
			{ ...DEMO_CREDENTIAL, data: sim.credentialFields() },
			{ ...WRONG_SECRET, data: sim.credentialFields({ clientSecret: 'not-the-secret' }) },
			{ ...AGENT_CREDENTIALS.httpBearerAuth, type: 'httpBearerAuth', data: { token: 'e2e-editor-token' } },
			{ ...AGENT_CREDENTIALS.openAiApi, type: 'openAiApi', data: { apiKey: 'sk-not-used' } },
		]);
		exampleIds.push(...(await importWorkflows(examples.map((e) => e.json))));
		[server, browser] = await Promise.all([startServer(), launchBrowser()]);
		assert.deepEqual(server.loadErrors(), [], 'n8n could not load the package');
		nodeTypes = await (await server.fetch('/types/nodes.json')).json();
		panels = panelsWorkflow(nodeTypes);
		panels.id = await createWorkflow(server, panels);
		editor = await openEditor(browser, server);
	});

	after(async () => {
		await browser?.close();
		await server?.stop();
		await sim?.close();
	});

	afterEach(async (t) => {
		if (!t.passed && editor) await editor.screenshot(`failed-${t.name}`).catch(() => {});
	});

	/** Nothing a person would see as an error since the last check: console errors, page errors, toasts. */
	async function assertNoErrors(where) {
		assert.deepEqual([...editor.problems(), ...(await editor.toasts())], [], `${where}: errors in the editor`);
	}

	/** The panels workflow on the canvas (opened once; later tests find it there). */
	async function onPanels() {
		if (!editor.page.url().endsWith(`/workflow/${panels.id}`))
			await editor.openWorkflow(panels.id, panels.nodes.length);
	}

	test('every example workflow opens on the canvas', async () => {
		for (const [i, { file, json }] of examples.entries()) {
			const drawn = await editor.openWorkflow(exampleIds[i], nonSticky(json).length);
			await editor.screenshot(`canvas-${file.replace(/\.json$/, '')}`);
			for (const node of nonSticky(json)) assert.ok(drawn.includes(node.name), `${file}: "${node.name}" not drawn`);
			await assertNoErrors(file);
		}
	});

	test("a node after a HaloPSA node shows the HaloPSA node's fields before any execution", async () => {
		const triage = examples.findIndex((e) => e.file.startsWith('01-'));
		await editor.openWorkflow(exampleIds[triage], nonSticky(examples[triage].json).length);
		// "Requester assets" follows "Ticket context" (Ticket → Get Context), which has never run.
		await editor.openNode('Requester assets');
		// (the schema list draws only the rows on screen: these are the first ones)
		const fields = ['active_contracts', 'assets', 'client', 'end_user'];
		const shown = await editor.page.waitForFunction(
			(selector, names) => {
				const text = document.querySelector(selector)?.innerText ?? '';
				return names.every((name) => text.includes(name)) && text;
			},
			{ timeout: 20_000 },
			byTestId('ndv-input-panel'),
			fields,
		);
		assert.ok(await shown.jsonValue());
		await editor.screenshot('input-schema-preview');
		await editor.closeNode();
		await assertNoErrors('schema preview');
	});

	test('searching "Halo" in the node creator finds the node and the trigger', async () => {
		const ours = nodeTypes.filter((d) => d.name === HALO_TYPE || d.name === TRIGGER_TYPE);
		await onPanels();
		await editor.page.click(byTestId('node-creator-plus-button'));
		await editor.visible(byTestId('node-creator-search-bar'));
		await editor.page.type(byTestId('node-creator-search-bar'), 'Halo');
		// n8n lists a package's node and trigger as one entry (the app); ours is the one drawn with our icon
		// (n8n's own HaloPSA node is found too).
		const item = `${byTestId('node-creator')} ${byTestId('item-iterator-item')}`;
		const found = await editor.page.waitForFunction(
			(selector, pkg) => [...document.querySelectorAll(selector)].findIndex((el) => el.innerHTML.includes(pkg)) + 1,
			{ timeout: 15_000 },
			item,
			PACKAGE,
		);
		await editor.screenshot('node-creator-search-halo');
		await (await editor.page.$$(item))[(await found.jsonValue()) - 1].click();
		// The app's page lists the node's operations (by their action text) and the trigger.
		const createAction = ours[0].properties
			.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('action'))
			.options.find((o) => o.value === 'create').action;
		const text = await (
			await editor.page.waitForFunction(
				(selector, expected) => {
					const t = document.querySelector(selector)?.innerText ?? '';
					return t.includes(expected) && t;
				},
				{ timeout: 15_000 },
				byTestId('node-creator'),
				createAction,
			)
		).jsonValue();
		await editor.screenshot('node-creator-halopsa');
		assert.match(text, /trigger/i, `no trigger on the HaloPSA page of the node creator:\n${text.slice(0, 3000)}`);
		await editor.dismiss();
		await assertNoErrors('node creator');
	});

	test("a panel per resource and the trigger's open without an error", async () => {
		await onPanels();
		for (const node of panels.nodes) {
			await editor.openNode(node.name);
			await editor.screenshot(`panel-${node.name}`);
			// n8n writes a dropdown's loadOptions failure next to the field ("…problem loading the parameter options…").
			assert.doesNotMatch(await editor.panelText(), /problem loading|could not be read/i, `${node.name} panel`);
			await editor.closeNode();
			await assertNoErrors(`${node.name} panel`);
		}
	});

	test("the Status, Outcome and Ticket Type dropdowns list the tenant's values", async () => {
		const names = (rows) => rows.map((row) => row.name).sort();
		// Halo's system outcomes (systemid > 0: status change, ticket logged) are not offered to agents.
		const outcomes = (await halo.api('GET', '/Outcome')).filter((row) => !(row.systemid > 0));
		await onPanels();
		await editor.openNode('Action');
		assert.deepEqual(
			(await editor.dropdownOptions('outcome')).sort(),
			// the first entry stands for the field's empty default (the tenant's outcome for the visibility)
			['Default for the Visibility', ...outcomes.map((row) => row.buttonname)].sort(),
			'Outcome',
		);
		// Left untouched, Outcome holds its empty default: the editor must not mark it as an unlisted value.
		const outcomeIssues = await editor.page.evaluate(() => {
			const input = document.querySelector('[data-test-id="parameter-input-outcome"]');
			const item = input?.closest('[data-test-id="parameter-item"]');
			return item ? item.querySelectorAll('[data-test-id="parameter-issues"]').length : -1;
		});
		assert.equal(outcomeIssues, 0, 'the Outcome field shows a parameter issue (or was not found: -1)');
		assert.deepEqual(
			(await editor.dropdownOptions('new_status')).sort(),
			names(await halo.api('GET', '/Status')),
			'New Status',
		);
		await editor.closeNode();
		await editor.openNode('Ticket');
		assert.deepEqual(
			(await editor.dropdownOptions('ticketTypeId')).sort(),
			names(await halo.api('GET', '/TicketType')),
			'Ticket Type',
		);
		await editor.closeNode();
		await assertNoErrors('dropdowns');
	});

	test("the client locator's search finds a client", async () => {
		const client = (await halo.api('GET', '/Client?count=1')).clients[0];
		await onPanels();
		await editor.openNode('Client');
		await editor.page.click(`${byTestId('resource-locator-clientId')} ${byTestId('rlc-input')}`);
		await editor.visible(byTestId('rlc-search'));
		await editor.page.type(
			`input${byTestId('rlc-search')}, ${byTestId('rlc-search')} input`,
			client.name.split(' ')[0],
		);
		const found = await editor.page.waitForFunction(
			(selector) => {
				const items = [...document.querySelectorAll(selector)].filter((el) => el.offsetParent !== null);
				return items.length && items.map((el) => el.innerText.trim());
			},
			{ timeout: 20_000 },
			byTestId('rlc-item'),
		);
		await editor.screenshot('client-locator-search');
		assert.ok((await found.jsonValue()).includes(client.name), `"${client.name}" not in ${await found.jsonValue()}`);
		await editor.dismiss();
		await editor.closeNode();
		await assertNoErrors('client locator');
	});

	test("the trigger's Events list loads from the tenant", async () => {
		await onPanels();
		await editor.openNode(TRIGGER_NAME);
		const events = await editor.dropdownOptions('events');
		await editor.closeNode();
		// From Halo's event catalog (GET /Lookup?lookupid=64), not the package's fallback list.
		const catalogReads = (await sim.apiRequests()).filter((r) => /\/Lookup$/.test(r.path) && r.status === 200);
		assert.ok(catalogReads.length > 0, 'the event catalog was not read from Halo');
		assert.ok(
			events.some((e) => e.endsWith('(3)')),
			`no event 3 (new ticket) in ${JSON.stringify(events)}`,
		);
		assert.ok(!events.some((e) => /could not be read/.test(e)), JSON.stringify(events));
		await assertNoErrors('trigger events');
	});

	test("the credential's test reports success, and a clear failure for a wrong secret", async () => {
		await onPanels();
		await editor.openNode('Action');
		await editor.page.click(byTestId('credential-edit-button'));
		const dialog = byTestId('credential-edit-dialog');
		await editor.visible(`${dialog} ${byTestId('credentials-config-container-test-success')}`);
		await editor.screenshot('credential-test-success');
		await editor.closeDialog(dialog);
		// The same node with the credential holding a wrong secret.
		await editor.page.click(byTestId('node-credentials-select'));
		const option = await editor.page.waitForSelector(`::-p-text(${WRONG_SECRET.name})`, { visible: true });
		await option.click();
		await editor.page.click(byTestId('credential-edit-button'));
		const failure = await editor.page.waitForFunction(
			(selector) => {
				const text = document.querySelector(selector)?.innerText ?? '';
				return /couldn.t connect/i.test(text) && text;
			},
			{ timeout: 30_000 },
			dialog,
		);
		assert.ok(await failure.jsonValue());
		// n8n folds the reason under "More details": it must say what Halo refused.
		const details = await editor.page.$(`${dialog} ::-p-text(More details)`);
		if (details) await details.click();
		const reason = await editor.page.$eval(dialog, (el) => el.innerText);
		await editor.screenshot('credential-test-wrong-secret');
		// e.g. "Credentials rejected by Halo: invalid_client: … Check the Client ID and Client Secret (…)"
		assert.match(reason.split('Halo URL')[0], /Client Secret/, 'the failure does not say what Halo refused');
		await editor.closeDialog(dialog);
		await editor.closeNode();
	});
});
