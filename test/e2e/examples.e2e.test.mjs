// The example workflows in examples/*.json, imported as they are into a real n8n 2.41.1 with the packed
// package and run against the simulator: one n8n server for the whole file; the trigger examples are activated
// (automatic registration creates the Halo webhook pointing at n8n's production URL) and driven by an agent
// acting in Halo (`/_sim/act`); the scheduled examples run through `n8n execute --id` (their Manual Trigger).
// Every assertion reads Halo's state back from the simulator.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { errorOf, executionForTicket, haloClient, outputOf } from './examples/halo.mjs';
import { AGENT_CREDENTIALS, DEMO_CREDENTIAL, loadExamples, validateExample } from './examples/validate.mjs';
import {
	activateWorkflow,
	deactivateWorkflow,
	executeWorkflow,
	importCredentials,
	importWorkflows,
	listExecutions,
	sleep,
	startServer,
} from './lib/n8n.mjs';
import { startSim } from './lib/sim.mjs';

const FILES = {
	triage: '01-triage-enrichment.json',
	dispatch: '02-smart-dispatch.json',
	sla: '03-sla-risk.json',
	kb: '04-kb-lookup.json',
	closure: '05-closure-hygiene.json',
	reconcile: '06-nightly-reconciliation.json',
	// run by ai-agent.e2e.test.mjs and mcp.e2e.test.mjs; validated here with the others
	agent: '07-halo-triage-agent.json',
	mcp: '08-halo-tools-over-mcp.json',
	billing: '09-billing-reconciliation.json',
};
const TRIGGERED = ['triage', 'dispatch', 'kb', 'closure'];
// the trigger node of each trigger example
const TRIGGER_NODE = { triage: 'New ticket', dispatch: 'New ticket', kb: 'New ticket', closure: 'Ticket closed' };
const SERVICE_DESK = 1;
const FLAG_MARKER = 'n8n closure check';
// state handed from one test to the next (the nightly closure test checks the trigger test's tickets again)
const shared = {};

describe('example workflows in a real n8n', () => {
	let sim;
	let halo;
	let server;
	const examples = loadExamples();
	const ids = {};

	before(async () => {
		for (const file of Object.values(FILES))
			assert.ok(
				examples.some((e) => e.file === file),
				`examples/${file} is missing`,
			);
		sim = await startSim();
		halo = haloClient(sim);
		// The examples reference the demo credential by id and name, as `npm run demo` imports it.
		await importCredentials([
			{ ...DEMO_CREDENTIAL, data: sim.credentialFields() },
			{ ...AGENT_CREDENTIALS.httpBearerAuth, type: 'httpBearerAuth', data: { token: 'e2e-examples-token' } },
			{ ...AGENT_CREDENTIALS.openAiApi, type: 'openAiApi', data: { apiKey: 'sk-not-used' } },
		]);
		const imported = await importWorkflows(examples.map((e) => e.json));
		for (const [key, file] of Object.entries(FILES)) ids[key] = imported[examples.findIndex((e) => e.file === file)];
		server = await startServer();
		// The closure example compares category_1 with the ticket custom field CFOriginalCategory (its sticky note
		// says to create it in Halo); the seed has no such field.
		await halo.api('POST', '/FieldInfo', [
			{ name: 'CFOriginalCategory', label: 'Original Category', usage: 1, type: 0, inputtype: 0 },
		]);
		for (const key of TRIGGERED) await activateWorkflow(server, ids[key]);
	});

	after(async () => {
		// Leave nothing active in the shared n8n database: a later test file's server would try to register these
		// triggers again, against a simulator that is gone.
		if (server) for (const key of TRIGGERED) await deactivateWorkflow(server, ids[key]).catch(() => {});
		await server?.stop();
		await sim?.close();
	});

	/** Logs a ticket the way an agent would, and waits for the three new-ticket examples to finish with it. */
	async function logTicket(ticket) {
		const created = await halo.act({ type: 'ticket.create', ticket });
		const runs = {};
		for (const key of ['triage', 'dispatch', 'kb']) {
			runs[key] = await executionForTicket(server, ids[key], TRIGGER_NODE[key], created.id);
			assert.equal(runs[key].status, 'success', `${FILES[key]} failed for ticket ${created.id}: ${errorOf(runs[key])}`);
		}
		return { ticket: created, runs };
	}

	const notesWith = async (ticketId, text) =>
		(await halo.actionsOf(ticketId)).filter((a) => String(a.note).includes(text));

	test('every example is a valid, importable workflow for the installed package', async () => {
		assert.deepEqual(server.loadErrors(), [], 'n8n could not load the package');
		const nodeTypes = await (await server.fetch('/types/nodes.json')).json();
		const webhookIds = new Map();
		const problems = examples.flatMap((example) => validateExample(example, nodeTypes, webhookIds));
		assert.deepEqual(problems, []);
		assert.equal(
			examples.length,
			Object.keys(FILES).length,
			`unexpected files in examples/: ${examples.map((e) => e.file)}`,
		);
		// Activation registered one Halo webhook per trigger example, at n8n's production URL.
		const webhooks = await halo.state('webhooks');
		for (const key of TRIGGERED) {
			const trigger = examples.find((e) => e.file === FILES[key]).json.nodes.find((n) => n.name === TRIGGER_NODE[key]);
			const registered = webhooks.filter((w) => w.url === `${server.baseUrl}/webhook/${trigger.webhookId}/halopsa`);
			assert.equal(
				registered.length,
				1,
				`${FILES[key]}: expected one Halo webhook for its trigger, got ${JSON.stringify(webhooks.map((w) => w.url))}`,
			);
		}
	});

	test('1. triage enrichment: one private note with client, requester, assets, contracts and recent tickets', async () => {
		const { ticket } = await logTicket({
			summary: 'Outlook keeps crashing on startup',
			details: 'Since this morning',
			user_id: 1,
			team: 'Service Desk',
		});
		const notes = await notesWith(ticket.id, 'n8n triage summary');
		assert.equal(notes.length, 1, `expected one triage note on #${ticket.id}, got ${notes.length}`);
		const [note] = notes;
		assert.equal(note.hiddenfromuser, true, 'the triage note must be private');
		const text = note.note;

		const user = await halo.state('users', 1);
		assert.match(text, /Acme Logistics Ltd/);
		assert.ok(text.includes(user.name) && text.includes(user.emailaddress), `requester missing: ${text}`);
		const assets = (await halo.state('assets')).filter((a) => a.client_id === 1 && !a.inactive);
		const mine = assets.filter((a) => a.username === user.name).map((a) => a.inventory_number);
		assert.ok(mine.length >= 1, 'seed: user 1 should have assets');
		for (const host of mine) assert.ok(text.includes(host), `asset ${host} missing: ${text}`);
		for (const other of assets.filter((a) => a.username !== user.name)) {
			assert.ok(
				!text.includes(`${other.inventory_number} `),
				`someone else's asset ${other.inventory_number} listed: ${text}`,
			);
		}
		const contracts = (await halo.state('contracts')).filter((c) => c.client_id === 1);
		const active = contracts.filter((c) => !c.inactive && Date.parse(c.end_date) > Date.now());
		assert.ok(
			active.length >= 1 && active.length < contracts.length,
			'seed: client 1 should have active and expired contracts',
		);
		for (const c of contracts)
			assert.equal(
				text.includes(c.ref),
				active.includes(c),
				`contract ${c.ref} (active: ${active.includes(c)}): ${text}`,
			);
		const recent = (await halo.state('tickets'))
			.filter((t) => t.client_id === 1 && t.id !== ticket.id)
			.sort((a, b) => Date.parse(b.dateoccurred) - Date.parse(a.dateoccurred) || a.id - b.id)
			.slice(0, 5);
		for (const t of recent) assert.ok(text.includes(`#${t.id} `), `recent ticket #${t.id} missing: ${text}`);
		assert.ok(!text.includes(`#${ticket.id} `), 'the new ticket itself is not a "recent ticket"');
	});

	test('2. smart dispatch: the least-loaded enabled agent of the ticket team gets the ticket', async () => {
		const closed = new Set((await halo.state('statuses')).filter((s) => s.type === 2).map((s) => s.id));
		const members = (await halo.state('agents')).filter(
			(a) => !a.isapiagent && a.teams.some((t) => t.id === SERVICE_DESK),
		);
		const enabled = members.filter((a) => !a.isdisabled);
		const disabled = members.filter((a) => a.isdisabled);
		assert.ok(disabled.length >= 1, 'seed: the Service Desk should have a disabled agent');
		const openLoad = async (exclude) => {
			const open = (await halo.state('tickets')).filter(
				(t) => t.team_id === SERVICE_DESK && !closed.has(t.status_id) && t.id !== exclude,
			);
			return (agentId) => open.filter((t) => t.agent_id === agentId).length;
		};
		// Give every enabled agent at least one open ticket, so the disabled agent (none) would win if it were considered.
		let load = await openLoad();
		const busiest = [...enabled].sort((a, b) => load(b.id) - load(a.id))[0];
		const spare = (await halo.state('tickets')).filter(
			(t) => t.team_id === SERVICE_DESK && !closed.has(t.status_id) && t.agent_id === busiest.id,
		);
		const moves = enabled.filter((a) => load(a.id) === 0).map((a, i) => ({ id: spare[i].id, agent_id: a.id }));
		if (moves.length) await halo.api('POST', '/Tickets', moves);
		load = await openLoad();
		for (const a of enabled) assert.ok(load(a.id) > 0, `setup: ${a.name} still has no open ticket`);
		for (const a of disabled) assert.equal(load(a.id), 0);

		const { ticket, runs } = await logTicket({ summary: 'Keyboard missing keys', user_id: 4, team: 'Service Desk' });
		load = await openLoad(ticket.id);
		const expected = [...enabled].sort((a, b) => load(a.id) - load(b.id) || a.id - b.id)[0];
		const after = await halo.state('tickets', ticket.id);
		assert.equal(
			after.agent_id,
			expected.id,
			`assigned ${after.agent_name} (${after.agent_id}); loads ${JSON.stringify(members.map((a) => [a.name, load(a.id)]))}`,
		);
		assert.ok(!disabled.some((a) => a.id === after.agent_id), 'a disabled agent was assigned');
		// One Get Many of the team's open tickets for all agents (Execute Once), not one per agent.
		const runData = runs.dispatch.data.resultData.runData;
		assert.ok(outputOf(runs.dispatch, 'Team agents').length > 1);
		assert.equal(runData['Team open tickets'].length, 1, 'the open tickets were listed more than once');
		assert.equal(runData['Agent loads'].length, 1);

		// Already assigned: left alone.
		const { ticket: assigned } = await logTicket({
			summary: 'Printer jam',
			user_id: 4,
			team: 'Service Desk',
			agent_id: busiest.id,
		});
		assert.equal((await halo.state('tickets', assigned.id)).agent_id, busiest.id);
	});

	test('4. KB lookup: a private note linking the matching articles; nothing when none match', async () => {
		const articles = await halo.state('kbarticles');
		const vpn = articles.find((a) => a.name === 'Connecting to the VPN');
		const { ticket } = await logTicket({ summary: 'Cannot connect to the VPN from home', user_id: 10 });
		const notes = await notesWith(ticket.id, 'n8n knowledge base suggestions');
		assert.equal(notes.length, 1, `expected one KB note on #${ticket.id}`);
		assert.equal(notes[0].hiddenfromuser, true);
		assert.ok(notes[0].note.includes(vpn.name) && notes[0].note.includes(`id=${vpn.id}"`), notes[0].note);
		assert.ok(!/Phishing|printer/i.test(notes[0].note), `unrelated article suggested: ${notes[0].note}`);

		const { ticket: other, runs } = await logTicket({ summary: 'Conference room projector flickering', user_id: 11 });
		assert.deepEqual(await notesWith(other.id, 'n8n knowledge base suggestions'), [], 'no match must post nothing');
		assert.ok(outputOf(runs.kb, 'Search KB') !== undefined, 'the KB was searched');
		assert.equal(outputOf(runs.kb, 'Add private note'), undefined, 'the note step must not run');
	});

	test('5. closure hygiene (trigger): flags what is missing, leaves a tidy ticket alone', async () => {
		const { ticket: sloppy } = await logTicket({
			summary: 'Monitor flickering on desk 4',
			user_id: 5,
			team: 'Service Desk',
			category_1: 'Hardware',
			customfields: [{ name: 'CFOriginalCategory', value: 'Network' }],
		});
		const { ticket: tidy } = await logTicket({
			summary: 'Replace broken mouse',
			user_id: 6,
			team: 'Service Desk',
			category_1: 'Hardware',
			customfields: [{ name: 'CFOriginalCategory', value: 'Hardware' }],
		});
		const { ticket: untimed } = await logTicket({ summary: 'Reset voicemail PIN', user_id: 7, team: 'Service Desk' });

		await halo.act({ type: 'ticket.close', id: sloppy.id });
		await halo.act({
			type: 'action.create',
			action: { ticket_id: tidy.id, note: 'Swapped the mouse', outcome_id: 4, timetaken: 0.5, hiddenfromuser: true },
		});
		await halo.act({
			type: 'action.create',
			action: {
				ticket_id: tidy.id,
				note: 'We replaced your mouse, all working again.',
				outcome_id: 5,
				hiddenfromuser: false,
				new_status: 8,
			},
		});
		await halo.act({
			type: 'action.create',
			action: {
				ticket_id: untimed.id,
				note: 'Your voicemail PIN is reset.',
				outcome_id: 5,
				hiddenfromuser: false,
				new_status: 9,
			},
		});

		for (const t of [sloppy, tidy, untimed]) {
			const run = await executionForTicket(server, ids.closure, TRIGGER_NODE.closure, t.id);
			assert.equal(run.status, 'success', `closure check failed for #${t.id}: ${errorOf(run)}`);
		}
		const [flag, ...more] = await notesWith(sloppy.id, FLAG_MARKER);
		assert.ok(flag && !more.length, `expected one flag on #${sloppy.id}`);
		assert.equal(flag.hiddenfromuser, true);
		assert.match(flag.note, /No time entry/);
		assert.match(flag.note, /No public closure note/);
		assert.match(flag.note, /Category changed: logged as "Network", closed as "Hardware"/);

		assert.deepEqual(
			await notesWith(tidy.id, FLAG_MARKER),
			[],
			'a ticket with a time entry and a public closure note must not be flagged',
		);

		const untimedFlags = await notesWith(untimed.id, FLAG_MARKER);
		assert.equal(untimedFlags.length, 1);
		assert.match(untimedFlags[0].note, /No time entry/);
		assert.doesNotMatch(untimedFlags[0].note, /closure note|Category/);
		shared.closure = { sloppy, tidy, untimed };
	});

	test('5b. closure hygiene (nightly run): catches a closure the trigger missed, flags nothing twice', async () => {
		const { sloppy, tidy, untimed } = shared.closure;
		// n8n "down" while a ticket is closed: deactivating deletes the Halo webhook, so no delivery arrives.
		await deactivateWorkflow(server, ids.closure);
		for (let i = 0; i < 40 && (await halo.state('webhooks')).some((w) => /n8n: HaloPSA: closure/.test(w.name)); i++)
			await sleep(250);
		assert.ok(
			!(await halo.state('webhooks')).some((w) => /n8n: HaloPSA: closure/.test(w.name)),
			'the closure webhook is still registered',
		);
		const { ticket: missed } = await logTicket({
			summary: 'Scanner driver reinstall',
			user_id: 8,
			team: 'Service Desk',
		});
		await halo.act({ type: 'ticket.close', id: missed.id });

		const run = await executeWorkflow(ids.closure);
		assert.ok(run.ok, `nightly run failed: ${errorOf(run.run) ?? run.stderr.slice(-2000)}`);
		const checked = outputOf(run.run, 'Checks').map((c) => c.ticketId);
		for (const t of [sloppy, tidy, untimed, missed])
			assert.ok(checked.includes(t.id), `#${t.id} closed today was not checked`);

		const flags = await notesWith(missed.id, FLAG_MARKER);
		assert.equal(flags.length, 1, `expected one flag on #${missed.id}`);
		assert.match(flags[0].note, /No time entry/);
		assert.match(flags[0].note, /No public closure note/);
		assert.equal((await notesWith(sloppy.id, FLAG_MARKER)).length, 1, 'flagged twice');
		assert.equal((await notesWith(untimed.id, FLAG_MARKER)).length, 1, 'flagged twice');
		assert.deepEqual(await notesWith(tidy.id, FLAG_MARKER), []);
	});

	test('3. SLA risk: open tickets due within 4 h or overdue, most urgent first, as one chat message', async () => {
		const soon = await halo.act({
			type: 'ticket.create',
			ticket: { summary: 'Payment terminal offline', client_id: 2, priority_id: 1 },
		});
		const later = await halo.act({
			type: 'ticket.create',
			ticket: { summary: 'Update the wallboard', client_id: 1, priority_id: 4 },
		});
		const started = Date.now();
		const run = await executeWorkflow(ids.sla);
		const ended = Date.now();
		assert.ok(run.ok, `SLA run failed: ${errorOf(run.run) ?? run.stderr.slice(-2000)}`);

		const closed = new Set((await halo.state('statuses')).filter((s) => s.type === 2).map((s) => s.id));
		const open = (await halo.state('tickets')).filter((t) => !closed.has(t.status_id) && t.fixbydate);
		const hours4 = 4 * 3600e3;
		const atRisk = outputOf(run.run, 'Due soon or overdue').map((t) => t.id);
		assert.ok(atRisk.includes(soon.id), 'a ticket due in 2 h is at risk');
		assert.ok(!atRisk.includes(later.id), 'a ticket due in 72 h is not');
		for (const t of open) {
			const due = Date.parse(t.fixbydate);
			if (due <= started + hours4) assert.ok(atRisk.includes(t.id), `#${t.id} due ${t.fixbydate} missing`);
			if (due > ended + hours4) assert.ok(!atRisk.includes(t.id), `#${t.id} due ${t.fixbydate} listed`);
		}
		const expected = open
			.filter((t) => Date.parse(t.fixbydate) <= started + hours4)
			.sort((a, b) => Date.parse(a.fixbydate) - Date.parse(b.fixbydate) || a.id - b.id);
		const [message] = outputOf(run.run, 'Chat message');
		assert.equal(message.atRiskCount, atRisk.length);
		assert.deepEqual(
			message.ticketIds,
			expected.slice(0, 20).map((t) => t.id),
			'ranking: overdue first, then by fix-by time',
		);
		const lines = message.text.split('\n');
		assert.match(lines[0], new RegExp(`^SLA risk: ${atRisk.length} open ticket\\(s\\) overdue or due within 4h`));
		assert.equal(lines.length, 1 + Math.min(20, atRisk.length));
		lines.slice(1).forEach((line, i) => assert.ok(line.startsWith(`${i + 1}. #${message.ticketIds[i]} `), line));
		assert.match(lines[1], /OVERDUE by/);
		assert.deepEqual(outputOf(run.run, 'Send to chat'), [message], 'the message reaches the chat placeholder');
	});

	test('6. nightly reconciliation: tickets for new RMM alerts, a report of the mismatches, nothing twice', async () => {
		const ticketsWithAlert = async (alertId) =>
			(await halo.state('tickets')).filter((t) =>
				(t.customfields ?? []).some((f) => f.name === 'CFRMMAlertID' && f.value === alertId),
			);
		// RMM-40212 (active in the stand-in list) already has a ticket, closed; RMM-38001 is not in the RMM list
		// any more but its ticket is open; one Alert ticket has no alert ID at all.
		const closedActive = await halo.act({
			type: 'ticket.create',
			ticket: {
				summary: 'Firewall WAN link down on HVH-FW-01',
				client_id: 4,
				tickettype_id: 5,
				customfields: [{ name: 'CFRMMAlertID', value: 'RMM-40212' }],
			},
		});
		await halo.act({ type: 'ticket.close', id: closedActive.id });
		const clearedOpen = await halo.act({
			type: 'ticket.create',
			ticket: {
				summary: 'CPU usage above 95% on ACME-SRV-02',
				client_id: 1,
				tickettype_id: 5,
				customfields: [{ name: 'CFRMMAlertID', value: 'RMM-38001' }],
			},
		});
		const noAlertId = await halo.act({
			type: 'ticket.create',
			ticket: { summary: 'UPS on battery at Main Office', client_id: 3, tickettype_id: 5 },
		});

		const first = await executeWorkflow(ids.reconcile);
		assert.ok(first.ok, `reconciliation failed: ${errorOf(first.run) ?? first.stderr.slice(-2000)}`);
		const [report] = outputOf(first.run, 'Report');

		const created = await ticketsWithAlert('RMM-40211');
		assert.equal(created.length, 1, 'one ticket for the new alert RMM-40211');
		const server01 = (await halo.state('assets')).find((a) => a.inventory_number === 'ACME-SRV-01');
		assert.equal(created[0].client_id, 1);
		assert.equal(created[0].tickettype_id, 5);
		assert.match(created[0].summary, /ACME-SRV-01/);
		assert.deepEqual(
			created[0].assets.map((a) => a.id),
			[server01.id],
			'the device is linked by hostname',
		);
		assert.deepEqual(await ticketsWithAlert('RMM-39877'), [], 'an alert older than the window is not ticketed');
		assert.deepEqual(
			(await ticketsWithAlert('RMM-40212')).map((t) => t.id),
			[closedActive.id],
			'an alert with a ticket gets no second one',
		);

		assert.deepEqual(
			report.created.map((c) => [c.ticketId, c.alertId, c.deviceLinked]),
			[[created[0].id, 'RMM-40211', true]],
		);
		assert.deepEqual(
			report.closedButActive.map((t) => t.id),
			[closedActive.id],
		);
		assert.ok(
			report.clearedButOpen.some((t) => t.id === clearedOpen.id),
			JSON.stringify(report.clearedButOpen),
		);
		assert.ok(
			report.withoutAlertId.some((t) => t.id === noAlertId.id),
			JSON.stringify(report.withoutAlertId),
		);
		for (const id of [created[0].id, closedActive.id, clearedOpen.id, noAlertId.id])
			assert.ok(report.report.includes(`#${id} `), `#${id} not in the report:\n${report.report}`);
		assert.deepEqual(outputOf(first.run, 'Send the report'), [report]);

		const second = await executeWorkflow(ids.reconcile);
		assert.ok(second.ok, `second run failed: ${errorOf(second.run) ?? second.stderr.slice(-2000)}`);
		const [again] = outputOf(second.run, 'Report');
		assert.deepEqual(again.created, [], 'the second run creates nothing');
		assert.match(again.report, /No RMM alert without a ticket/);
		assert.equal((await ticketsWithAlert('RMM-40211')).length, 1);
		assert.ok(!again.clearedButOpen.some((t) => t.id === created[0].id), 'the ticket it created matches its alert');
	});

	test('7. billing reconciliation: the past day of billable time by client, unbilled where no recurring invoice bills a contract', async () => {
		// Seed: Acme (1) is billed by recurring invoice -1 on its contract; Crestline (5) has a contract that no recurring
		// invoice bills. Pinecrest's (6) contract is ended here, so its time has no active contract at all.
		const tickets = await halo.state('tickets');
		const ticketOf = (clientId) => tickets.find((t) => t.client_id === clientId && !t.deleted);
		const [acme, crestline, pinecrest] = [ticketOf(1), ticketOf(5), ticketOf(6)];
		const pinecrestContract = (await halo.state('contracts')).find((c) => c.client_id === 6 && !c.inactive);
		await halo.api('POST', '/ClientContract', [{ id: pinecrestContract.id, inactive: true }]);
		const logTime = async (ticket, timetaken, nonbilltime) =>
			await halo.act({
				type: 'action.create',
				action: {
					ticket_id: ticket.id,
					note: 'Worked on it',
					outcome_id: 4,
					hiddenfromuser: true,
					timetaken,
					nonbilltime,
				},
			});
		await logTime(acme, 2, 0);
		await logTime(crestline, 1.5, 0.5);
		await logTime(pinecrest, 0.75, 0);
		await logTime(crestline, 0.5, 0.5); // all non-billable: not counted

		const logged = (await sim.requests()).length;
		const run = await executeWorkflow(ids.billing);
		assert.ok(run.ok, `billing reconciliation failed: ${errorOf(run.run) ?? run.stderr.slice(-2000)}`);
		const [report] = outputOf(run.run, 'Report');
		const status = Object.fromEntries(report.clients.map((c) => [c.clientId, c.status]));
		assert.equal(status[1], 'billed');
		assert.equal(status[5], 'contractNotInvoiced');
		assert.equal(status[6], 'noContract');
		assert.deepEqual(
			report.clients.find((c) => c.clientId === 1).recurringInvoices,
			[-1],
			'negative ids as Halo gives them',
		);

		// Expected from Halo's state: every action since the run's `since` with billable time, by the client's status.
		const since = Date.parse(report.since);
		const clientOf = new Map((await halo.state('tickets')).map((t) => [t.id, t.client_id]));
		const billable = (await halo.state('actions'))
			.filter((a) => a.timetaken > 0 && Date.parse(a.datetime) >= since)
			.map((a) => ({
				ticketId: a.ticket_id,
				clientId: clientOf.get(a.ticket_id),
				hours: Math.max(0, a.timetaken - (a.nonbilltime ?? 0)),
			}))
			.filter((a) => a.hours > 0);
		const unbilled = billable.filter((a) => status[a.clientId] !== 'billed');
		assert.deepEqual(
			report.unbilledEntries.map((e) => [e.ticketId, e.billableHours]).sort(),
			unbilled.map((a) => [a.ticketId, a.hours]).sort(),
		);
		assert.equal(report.unbilledHours, Math.round(unbilled.reduce((sum, a) => sum + a.hours, 0) * 100) / 100);
		assert.ok(
			report.unbilledEntries.some((e) => e.ticketId === crestline.id && e.billableHours === 1),
			'the Crestline hour (1.5 h minus 0.5 h non-billable) is unbilled',
		);
		assert.ok(
			!report.unbilledEntries.some((e) => e.ticketId === acme.id),
			'time billed by a recurring invoice is not listed',
		);
		assert.deepEqual(
			report.unbilled.map((c) => c.clientId).sort(),
			[...new Set(unbilled.map((a) => a.clientId))].sort(),
		);
		const [unbilledPart, billedPart = ''] = report.report.split('Billed by a recurring invoice:');
		assert.ok(unbilledPart.includes(`#${crestline.id}`) && unbilledPart.includes(`#${pinecrest.id}`), report.report);
		assert.match(unbilledPart, /Crestline Engineering: .* has no recurring invoice\)/);
		assert.match(unbilledPart, /Pinecrest Legal: .*\(no active contract\)/);
		assert.match(billedPart, /Acme Logistics Ltd: .*recurring invoice -1\)/);
		assert.deepEqual(outputOf(run.run, 'Send the report'), [report]);
		// it writes nothing to Halo: no POST besides the report query
		const sent = (await sim.requests()).slice(logged).filter((r) => !r.tokenRequest);
		assert.deepEqual(
			sent.map((r) => `${r.method} ${r.path}`),
			['POST /api/Report', 'GET /api/ClientContract', 'GET /api/RecurringInvoice'],
			'three requests, and the only POST is the report query',
		);
	});

	test('every execution succeeded and every Halo request was valid', async () => {
		for (const key of TRIGGERED) {
			// tickets logged by the last tests may still be in flight
			let list = await listExecutions(server, ids[key]);
			for (let i = 0; i < 60 && list.some((e) => !e.stoppedAt); i++) {
				await sleep(500);
				list = await listExecutions(server, ids[key]);
			}
			const failed = list.filter((e) => e.status !== 'success');
			assert.deepEqual(
				failed.map((e) => [e.id, e.status, errorOf(e)]),
				[],
				`${FILES[key]} had failed executions`,
			);
		}
		assert.deepEqual(await sim.specViolations(), []);
	});
});
