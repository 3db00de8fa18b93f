// `npm run screenshots` (scripts/demo.sh --screenshots prepared Node 24, n8n, chromium and the user folder):
// regenerates the README's pictures in docs/images/ from the demo's simulator, credential and examples, through
// the browser tier's harness (test/e2e/lib/browser.mjs). Each picture is a PNG of the editor at 1280×800 and
// must stay under 300 KB (checked here).
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSimulator } from '../simulator/index.mjs';
import { AGENT_CREDENTIALS, DEMO_CREDENTIAL, loadExample } from '../test/e2e/examples/validate.mjs';
import { byTestId, launchBrowser, openEditor } from '../test/e2e/lib/browser.mjs';
import { createWorkflow, importCredentials, importWorkflows, NODE_TYPE, startServer } from '../test/e2e/lib/n8n.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMAGES = path.join(ROOT, 'docs', 'images');
const MAX_BYTES = 300 * 1024;
const say = (text) => process.stderr.write(`[screenshots] ${text}\n`);

const triage = loadExample('01-triage-enrichment.json');
const credentials = { haloPsaApi: DEMO_CREDENTIAL };
// A report as a person would try one: Manual Trigger → Report → Run an SQL Query.
const report = {
	name: 'Recent tickets by client (report)',
	nodes: [
		{
			id: 'f0e1d2c3-0000-4000-8000-000000000001',
			name: 'Run',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'f0e1d2c3-0000-4000-8000-000000000002',
			name: 'Recent tickets',
			type: NODE_TYPE,
			typeVersion: 1,
			position: [240, 0],
			parameters: {
				resource: 'report',
				operation: 'runSql',
				sql: 'SELECT TOP 8 f.faultid AS [Ticket], f.symptom AS [Summary], ar.aareadesc AS [Client] FROM faults f JOIN area ar ON ar.aarea = f.areaint ORDER BY f.faultid DESC',
			},
			credentials,
		},
	],
	connections: { Run: { main: [[{ node: 'Recent tickets', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

mkdirSync(IMAGES, { recursive: true });
const sim = await startSimulator({ port: 0 });
let server;
let browser;
try {
	await importCredentials([
		{ ...DEMO_CREDENTIAL, data: sim.credentialFields() },
		{ ...AGENT_CREDENTIALS.openAiApi, type: 'openAiApi', data: { apiKey: 'sk-not-used' } },
	]);
	const [triageId] = await importWorkflows([triage]);
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
	const reportId = await createWorkflow(server, report);
	const editor = await openEditor(browser, server);
	const shots = [];
	const shoot = async (name) => shots.push(await editor.screenshot(name, IMAGES));

	say('the triage workflow');
	await editor.openWorkflow(triageId, triage.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote').length);
	await shoot('triage-workflow');
	await editor.openNode('Add private note'); // Action → Create
	await shoot('action-create-panel');
	await editor.closeNode();
	await editor.openNode('New ticket'); // the trigger
	await editor.page.waitForFunction(
		(selector) => document.querySelector(selector)?.innerText.includes('(3)'),
		{ timeout: 30_000 },
		byTestId('parameter-input-events'),
	);
	await shoot('trigger-panel');
	await editor.closeNode();

	say("a report's output");
	await editor.openWorkflow(reportId, report.nodes.length);
	await editor.openNode('Recent tickets');
	await editor.page.click(byTestId('node-execute-button'));
	await editor.visible(`${byTestId('output-panel')} ${byTestId('ndv-data-container')} table`, 60_000);
	await shoot('report-output');

	const problems = editor.problems();
	if (problems.length) throw new Error(`errors in the editor:\n${problems.join('\n')}`);
	for (const file of shots) {
		const bytes = statSync(file).size;
		say(`${path.relative(ROOT, file)}: ${Math.round(bytes / 1024)} KB`);
		if (bytes > MAX_BYTES) throw new Error(`${file} is ${bytes} bytes, over the ${MAX_BYTES} limit`);
	}
} finally {
	await browser?.close();
	await server?.stop();
	await sim.close();
}
