// Action resource: notes, public replies and time entries on a ticket (Halo /Actions), incl. Batch Size.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { startSimulator } from '../../simulator/index.mjs';
import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const create = (ticketId, extra = {}) => ({
	resource: 'action',
	operation: 'create',
	ticketId: byId(ticketId),
	note: 'Checked the event logs',
	...extra,
});
const posts = (requests) => requests.filter((r) => r.method === 'POST' && r.path === '/api/Actions');
const outcomeReads = (requests) => requests.filter((r) => r.method === 'GET' && r.path === '/api/Outcome');
// Seeded outcomes (simulator/seed/outcomes.mjs): 7 "Private Note" (Halo's built-in), 3 "Public Note", 11 "Re-Assign" (barred for the API agent).
const PRIVATE_NOTE = 7;

/** An action as the simulator holds it: Halo numbers actions within their ticket (EVIDENCE 11.13). */
async function storedAction(ctl, ticketId, actionId) {
	return (await ctl.state('actions')).find((a) => a.ticket_id === ticketId && a.id === actionId);
}
const PUBLIC_NOTE = 3;

/** Halo's API as any client sees it (a token of its own), for the behaviours the simulator models. */
async function haloApi(sim, method, path, body) {
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: sim.clientId,
		client_secret: sim.clientSecret,
		scope: 'all',
	});
	const token = (
		await (await fetch(`${sim.url}/auth/token?tenant=${sim.tenant}`, { method: 'POST', body: form })).json()
	).access_token;
	const res = await fetch(`${sim.url}/api${path}`, {
		method,
		headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await res.text();
	return { status: res.status, json: text ? JSON.parse(text) : null };
}

describe('action', () => {
	let ticketId;
	let otherTicketId;
	const t = haloSuite({ sim: { ticketCount: 20 } });
	before(async () => {
		const tickets = await t.ctl.state('tickets');
		ticketId = tickets[0].id;
		otherTicketId = tickets[1].id;
	});

	describe('create', () => {
		it("adds a private note by default: hiddenfromuser true with the tenant's private-note outcome, nothing else sent", async () => {
			const res = await t.run(create(ticketId));
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.body]),
				[
					['GET', '/api/Outcome', null],
					[
						'POST',
						'/api/Actions',
						[{ ticket_id: ticketId, note: 'Checked the event logs', hiddenfromuser: true, outcome_id: PRIVATE_NOTE }],
					],
				],
			);
			assert.equal(res.items.length, 1);
			const out = res.items[0];
			assert.deepEqual(out.pairedItem, { item: 0 });
			assert.equal(out.json.ticket_id, ticketId);
			assert.equal(out.json.hiddenfromuser, true);
			assert.equal(out.json.note, 'Checked the event logs');
			assert.ok(out.json.id > 0);
			assert.equal(out.json.note_html, undefined, 'simplified output');
			const stored = await storedAction(t.ctl, ticketId, out.json.id);
			assert.equal(stored.hiddenfromuser, true);
		});

		it('sends a public reply by email when asked: hiddenfromuser false with the email fields', async () => {
			const res = await t.run(
				create(ticketId, {
					note: 'We have applied a fix.',
					visibility: 'public',
					additionalFields: {
						sendemail: true,
						emailto: 'alice@example.com',
						emailcc: 'boss@example.com',
						emailsubject: 'Fixed',
					},
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const [post] = posts(await t.ctl.apiRequests());
			assert.deepEqual(post.body, [
				{
					ticket_id: ticketId,
					note: 'We have applied a fix.',
					hiddenfromuser: false,
					outcome_id: PUBLIC_NOTE,
					sendemail: true,
					emailto: 'alice@example.com',
					emailcc: 'boss@example.com',
					emailsubject: 'Fixed',
				},
			]);
			assert.equal(res.items[0].json.hiddenfromuser, false);
			assert.equal(res.items[0].json.sendemail, true);
		});

		it('records a time entry with outcome, status and agent given by name, and JSON extras', async () => {
			const before = await t.ctl.state('tickets', ticketId);
			const res = await t.run(
				create(ticketId, {
					note: 'Replaced the toner',
					outcome: 'phone call',
					additionalFields: {
						new_status: 'In Progress',
						new_agent: '3',
						timetaken: 0.75,
						nonbilltime: '0.25',
						actisbillable: false,
						important: true,
						datetime: '2025-03-04T10:15:00Z',
					},
					additionalJson: '{"traveltime": 0.5}',
					simplify: false,
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const post = posts(await t.ctl.apiRequests())[0];
			assert.deepEqual(post.body, [
				{
					ticket_id: ticketId,
					note: 'Replaced the toner',
					hiddenfromuser: true,
					outcome_id: 6,
					new_status: 2,
					new_agent: 3,
					timetaken: 0.75,
					nonbilltime: 0.25,
					actisbillable: false,
					important: true,
					datetime: '2025-03-04T10:15:00.000Z',
					traveltime: 0.5,
				},
			]);
			const out = res.items[0].json;
			assert.equal(out.outcome, 'Phone Call');
			assert.ok('note_html' in out, 'full record when Simplify is off');
			const ticket = await t.ctl.state('tickets', ticketId);
			assert.equal(ticket.status_id, 2);
			assert.equal(ticket.agent_id, 3);
			assert.equal(ticket.timetaken, Math.round((before.timetaken + 0.75) * 1e6) / 1e6);
		});

		it('refuses negative hours, naming the field and the item, before anything is sent', async () => {
			const res = await t.run(create(ticketId, { additionalFields: { timetaken: '={{ $json.hours }}' } }), [
				{ json: { hours: 1 } },
				{ json: { hours: -0.5 } },
			]);
			assert.match(
				res.error.message,
				/^Time Taken \(Hours\): must be zero or more hours as a decimal \(e\.g\. 0\.25\), but got "-0\.5" \[item 1\]$/,
			);
			const nonBillable = await t.run(create(ticketId, { additionalFields: { nonbilltime: -2 } }));
			assert.match(nonBillable.error.message, /^Non-Billable Time \(Hours\): .*"-2" \[item 0\]$/);
			assert.equal(posts(await t.ctl.apiRequests()).length, 1, 'only the valid first item was sent');
		});

		it('refuses an unknown outcome name and emailing a private note', async () => {
			const outcome = await t.run(create(ticketId, { outcome: 'Carrier Pigeon' }));
			assert.match(
				outcome.error.message,
				/^Outcome: Halo has no outcome named "Carrier Pigeon" \(known: .*Private Note \(7\).*\) \[item 0\]$/,
			);
			const email = await t.run(create(ticketId, { additionalFields: { sendemail: true } }));
			assert.match(email.error.message, /^Send Email: only a public reply can be emailed/);
			const emailTo = await t.run(
				create(ticketId, { visibility: 'public', additionalFields: { emailto: 'a@b.example' } }),
			);
			assert.match(emailTo.error.message, /^Email To: is only used when Send Email is on \[item 0\]$/);
			assert.equal(posts(await t.ctl.apiRequests()).length, 0);
		});

		it('sets action custom fields by name from the action field definitions', async () => {
			const res = await t.run(
				create(ticketId, { customFields: { field: [{ field: 'CFWorkCategory', value: 'Onsite' }] } }),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const [post] = posts(await t.ctl.apiRequests());
			assert.deepEqual(post.body[0].customfields, [{ id: 156, value: 'Onsite' }]);
			const fieldInfo = (await t.ctl.apiRequests()).filter((r) => r.path === '/api/FieldInfo');
			assert.deepEqual(
				fieldInfo.map((r) => r.query.typeid),
				['6'],
			);
		});

		it("surfaces Halo's message for an unknown ticket", async () => {
			const res = await t.run(create(987654));
			assert.match(res.error.message, /Ticket 987654 does not exist/);
			assert.equal(String(res.error.httpCode), '400');
		});

		it('continueOnFail keeps the good items and pairs the error with the bad one', async () => {
			const items = [{ json: { ticket: ticketId } }, { json: { ticket: 987654 } }, { json: { ticket: otherTicketId } }];
			const res = await t.run(
				{
					resource: 'action',
					operation: 'create',
					ticketId: { __rl: true, mode: 'id', value: '={{ $json.ticket }}' },
					note: '={{ "note for " + $json.ticket }}',
				},
				items,
				{ continueOnFail: true },
			);
			assert.equal(res.error, undefined);
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 1 }, { item: 2 }],
			);
			assert.equal(res.items[0].json.ticket_id, ticketId);
			assert.match(res.items[1].json.error, /Ticket 987654 does not exist/);
			assert.equal(res.items[1].json.id, undefined);
			assert.equal(res.items[2].json.ticket_id, otherTicketId);
			assert.equal(res.items[2].json.note, `note for ${otherTicketId}`);
		});
	});

	describe('outcome (Halo refuses an action without one)', () => {
		const tenantOutcomes = (rows) =>
			t.ctl.fault({
				match: { method: 'GET', path: '/api/Outcome' },
				kind: 'status',
				status: 200,
				body: rows,
				times: -1,
			});

		it('picks the tenant\'s private and public outcome by name when labels differ from the seed ("Internal Note", "Email Update")', async () => {
			await tenantOutcomes([
				{ id: 1, buttonname: 'Status Change', systemid: 2, hidefromuser: true },
				{ id: 2, buttonname: 'Email Update', hidefromuser: false },
				{ id: 6, buttonname: 'Internal Note', hidefromuser: true },
			]);
			const privateRun = await t.run(create(ticketId));
			const publicRun = await t.run(create(ticketId, { visibility: 'public' }));
			assert.equal(privateRun.error, undefined, privateRun.error?.message);
			assert.equal(publicRun.error, undefined, publicRun.error?.message);
			assert.deepEqual(
				posts(await t.ctl.apiRequests()).map((p) => [p.body[0].outcome_id, p.body[0].hiddenfromuser]),
				[
					[6, true],
					[2, false],
				],
			);
		});

		it('else takes a non-system note outcome whose hide-from-user flag matches', async () => {
			await tenantOutcomes([
				{ id: 1, buttonname: 'Ticket Note', systemid: 1, hidefromuser: true },
				{ id: 21, buttonname: 'Escalate', hidefromuser: true },
				{ id: 6, buttonname: 'Tech Note', hidefromuser: true },
			]);
			const res = await t.run(create(ticketId));
			assert.equal(res.error, undefined, res.error?.message);
			assert.equal(posts(await t.ctl.apiRequests())[0].body[0].outcome_id, 6);
		});

		it("fails before sending when no outcome fits, naming the field and the item and listing the tenant's outcomes", async () => {
			await tenantOutcomes([
				{ id: 5, buttonname: 'Resolved', hidefromuser: false },
				{ id: 21, buttonname: 'Escalate', hidefromuser: true },
				{ id: 8, buttonname: 'Ticket Logged', systemid: 1 },
			]);
			const res = await t.run(create(ticketId), [{ json: {} }, { json: {} }], { continueOnFail: true });
			assert.equal(res.items.length, 2);
			assert.match(
				res.items[1].json.error,
				/^Outcome: Halo needs an outcome for every action and none of your outcomes fits a private note \(looked for "Private Note", "Internal Note", .*\); choose one \(your outcomes: Resolved \(5\), Escalate \(21\)\) \[item 1\]$/,
			);
			assert.equal(posts(await t.ctl.apiRequests()).length, 0);
		});

		it('resolves a name given by expression once per execution, for every item', async () => {
			const items = [{ json: { o: 'Phone Call' } }, { json: { o: 'time entry' } }, { json: { o: 'Phone Call' } }];
			const res = await t.run(create(ticketId, { outcome: '={{ $json.o }}' }), items);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.equal(outcomeReads(requests).length, 1);
			assert.deepEqual(
				posts(requests).map((p) => p.body[0].outcome_id),
				[6, 4, 6],
			);
			assert.deepEqual(
				res.items.map((i) => i.json.outcome),
				['Phone Call', 'Time Entry', 'Phone Call'],
			);
		});

		it('says when the API agent may not use the outcome, naming it', async () => {
			const res = await t.run(create(ticketId, { outcome: 'Re-Assign' }));
			assert.match(
				res.error.message,
				/^Halo: the API agent may not use the outcome "Re-Assign" \(ID 11\) \("You do not have access to this Action"\)/,
			);
			const batch = await t.run({ ...create(ticketId, { outcome: '={{ $json.o }}' }), batchSize: 2 }, [
				{ json: { o: 'Escalate' } },
				{ json: { o: 11 } },
			]);
			assert.match(
				batch.error.message,
				/^Halo: the API agent may not use one of the outcomes "Escalate" \(ID 21\), "Re-Assign" \(ID 11\) /,
			);
		});

		it("Ticket → Resolve sends the tenant's outcome for the note's visibility when none is chosen", async () => {
			const res = await t.run({
				resource: 'ticket',
				operation: 'resolve',
				ticketId: byId(otherTicketId),
				statusId: 8,
				note: 'Fixed',
				visibility: 'public',
			});
			assert.equal(res.error, undefined, res.error?.message);
			const [post] = posts(await t.ctl.apiRequests());
			assert.deepEqual(post.body, [
				{ ticket_id: otherTicketId, note: 'Fixed', hiddenfromuser: false, new_status: 8, outcome_id: PUBLIC_NOTE },
			]);
			assert.equal(res.items[0].json.action.outcome, 'Public Note');
		});

		it("the dropdown lists the outcomes the ticket type's workflow allows, else every non-system outcome", async () => {
			const tickets = await t.ctl.state('tickets');
			const change = tickets.find((ticket) => ticket.tickettype_id === 2);
			const incident = tickets.find((ticket) => ticket.tickettype_id === 1);
			const names = async (parameters) =>
				(
					await t.engine.loadOptions({
						type: 'haloPsa',
						method: 'getOutcomes',
						parameters: { resource: 'action', operation: 'create', ...parameters },
					})
				).map((o) => o.name);
			assert.deepEqual(await names({ ticketId: byId(change.id) }), [
				'Default for the Visibility', // the empty default, so the untouched field is a listed choice
				'Private Note',
				'Public Note',
				'Resolved',
				'Time Entry',
			]);
			const forIncident = await names({ ticketId: byId(incident.id) });
			assert.ok(forIncident.includes('Phone Call') && forIncident.includes('Escalate'), forIncident.join());
			const all = await names({});
			assert.deepEqual(all, [
				'Default for the Visibility',
				'Email User',
				'Escalate',
				'Phone Call',
				'Private Note',
				'Public Note',
				'Re-Assign',
				'Resolved',
				'Time Entry',
			]);
			const paths = (await t.ctl.apiRequests()).map((r) => r.path);
			assert.ok(paths.includes('/api/TicketType/2') && paths.includes('/api/Workflow/2'), paths.join());
		});
	});

	describe('the simulator refuses what Halo refuses', () => {
		it('an action without an outcome, a string outcome_id, and a delete without ticket_id', async () => {
			const none = await haloApi(t.sim, 'POST', '/Actions', [{ ticket_id: ticketId, note: 'x' }]);
			assert.equal(none.status, 400);
			assert.equal(none.json.ClassName, 'System.Exception');
			assert.equal(none.json.Message, 'An Outcome must be entered for this Action');
			// A string outcome_id also breaks Halo's API definition: sent to a simulator of its own, so this suite's
			// closing check (no request the node sent broke the definition) stays meaningful.
			const strict = await startSimulator({ port: 0, ticketCount: 1 });
			try {
				const [ticket] = strict.control.state('tickets');
				const text = await haloApi(strict, 'POST', '/Actions', [
					{ ticket_id: ticket.id, note: 'x', outcome_id: 'seven' },
				]);
				assert.equal(text.status, 400);
				assert.match(
					text.json['[0].outcome_id'][0],
					/^Could not convert string to integer: seven\. Path '\[0\]\.outcome_id'/,
				);
			} finally {
				await strict.close();
			}
			const denied = await haloApi(t.sim, 'POST', '/Actions', [
				{ ticket_id: ticketId, note: 'x', outcome: 'Re-Assign' },
			]);
			assert.deepEqual([denied.status, denied.json.Message], [400, 'You do not have access to this Action']);
			const ok = await haloApi(t.sim, 'POST', '/Actions', [
				{ ticket_id: ticketId, note: 'x', outcome: 'private note' },
			]);
			assert.equal(ok.status, 201);
			assert.ok(!Array.isArray(ok.json), 'a one-element POST answers with the record itself');
			assert.equal(ok.json.outcome_id, PRIVATE_NOTE);
			assert.equal(ok.json.hiddenfromuser, true, "the outcome's own hide-from-user default");
			assert.ok(ok.json.actionby_application_id);
			const noTicket = await haloApi(t.sim, 'DELETE', `/Actions/${ok.json.id}`);
			assert.deepEqual(
				[noTicket.status, noTicket.json.Message],
				[400, 'ticket_id must be included when deleting an Action'],
			);
		});

		it('GET /Outcome is a bare array labelled by buttonname with hidefromuser; no bookkeeping leaks', async () => {
			const list = await haloApi(t.sim, 'GET', '/Outcome');
			assert.ok(Array.isArray(list.json));
			const builtIn = list.json.find((row) => row.id === PRIVATE_NOTE);
			assert.deepEqual([builtIn.buttonname, builtIn.hidefromuser], ['Private Note', true]);
			assert.ok(list.json.every((row) => Object.keys(row).every((key) => !key.startsWith('_'))));
		});

		it('a multi-element POST answers with the last record only, unless returnall=true', async () => {
			const two = [
				{ ticket_id: ticketId, note: 'one', outcome_id: 7 },
				{ ticket_id: otherTicketId, note: 'two', outcome_id: 7 },
			];
			const last = await haloApi(t.sim, 'POST', '/Actions', two);
			assert.equal(last.status, 201);
			assert.deepEqual([Array.isArray(last.json), last.json.note], [false, 'two']);
			const all = await haloApi(t.sim, 'POST', '/Actions?returnall=true', two);
			assert.deepEqual(
				all.json.map((a) => a.note),
				['one', 'two'],
			);
		});
	});

	describe('batch size', () => {
		const batchParams = (size) => ({
			resource: 'action',
			operation: 'create',
			ticketId: { __rl: true, mode: 'id', value: '={{ $json.ticket }}' },
			note: '={{ $json.note }}',
			batchSize: size,
		});
		const fiveItems = () =>
			Array.from({ length: 5 }, (_, i) => ({
				json: { ticket: i % 2 ? otherTicketId : ticketId, note: `batch note ${i}` },
			}));

		it('5 items with batch size 2 → 3 POSTs of 2, 2 and 1 actions, outputs paired 0..4 in order', async () => {
			const res = await t.run(batchParams(2), fiveItems());
			assert.equal(res.error, undefined, res.error?.message);
			const sent = posts(await t.ctl.apiRequests());
			assert.deepEqual(
				sent.map((p) => p.body.length),
				[2, 2, 1],
			);
			assert.deepEqual(
				sent.map((p) => p.query),
				[{ returnall: 'true' }, { returnall: 'true' }, {}],
				'several elements ask for every record',
			);
			assert.deepEqual(
				sent.flatMap((p) => p.body.map((b) => b.note)),
				['batch note 0', 'batch note 1', 'batch note 2', 'batch note 3', 'batch note 4'],
			);
			assert.equal(res.items.length, 5);
			res.items.forEach((item, i) => {
				assert.deepEqual(item.pairedItem, { item: i });
				assert.equal(item.json.note, `batch note ${i}`);
				assert.equal(item.json.ticket_id, i % 2 ? otherTicketId : ticketId);
				assert.ok(item.json.id > 0);
			});
			assert.equal(new Set(res.items.map((i) => i.json.id)).size, 5);
		});

		it("does not re-send a batch whose reply cannot be matched: Halo's reply on the first item, with a warning", async () => {
			const countBefore = (await t.ctl.state('actions')).length;
			await t.ctl.fault({
				match: { method: 'POST', path: '/api/Actions' },
				kind: 'status',
				status: 201,
				body: { id: 424242, note: 'only one record' },
				applyAfterHandling: true,
			});
			const res = await t.run(batchParams(3), fiveItems().slice(0, 3));
			assert.equal(res.error, undefined, res.error?.message);
			assert.equal(posts(await t.ctl.apiRequests()).length, 1, 'sent once, never again');
			assert.equal((await t.ctl.state('actions')).length, countBefore + 3, 'Halo wrote all three once');
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 1 }, { item: 2 }],
			);
			assert.equal(res.items[0].json.id, 424242);
			assert.match(res.items[0].json.warning, /Items 0–2 were sent to Halo as one batch of 3 actions.*not sent again/);
			assert.deepEqual(Object.keys(res.items[1].json), ['warning']);
			assert.deepEqual(Object.keys(res.items[2].json), ['warning']);
		});

		it('treats a reply in another order as unmatched rather than pairing records with the wrong items', async () => {
			await t.ctl.fault({
				match: { method: 'POST', path: '/api/Actions' },
				kind: 'status',
				status: 201,
				body: [
					{ id: 11, ticket_id: otherTicketId },
					{ id: 12, ticket_id: ticketId },
				],
				applyAfterHandling: true,
			});
			const res = await t.run(batchParams(2), fiveItems().slice(0, 2));
			assert.equal(posts(await t.ctl.apiRequests()).length, 1);
			assert.match(res.items[0].json.warning, /did not list them in the order sent/);
			assert.deepEqual(
				res.items[0].json.reply.map((r) => r.id),
				[11, 12],
			);
			assert.deepEqual(Object.keys(res.items[1].json), ['warning']);
		});

		it('an invalid item fails its whole batch before sending; other batches still go through (continueOnFail)', async () => {
			const items = fiveItems().slice(0, 4);
			items[3].json.hours = -1;
			const res = await t.run(
				{ ...batchParams(2), additionalFields: { timetaken: '={{ $json.hours ?? 0 }}' } },
				items,
				{ continueOnFail: true },
			);
			assert.equal(res.error, undefined);
			const sent = posts(await t.ctl.apiRequests());
			assert.deepEqual(
				sent.map((p) => p.body.length),
				[2],
			);
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }],
			);
			assert.ok(res.items[0].json.id > 0 && res.items[1].json.id > 0);
			for (const failed of res.items.slice(2)) assert.match(failed.json.error, /^Time Taken \(Hours\): .* \[item 3\]$/);
		});

		it('a batch Halo rejects fails every item in it, saying which item each element is', async () => {
			const items = [{ json: { ticket: ticketId, note: 'a' } }, { json: { ticket: 987654, note: 'b' } }];
			const failed = await t.run(batchParams(2), items);
			assert.match(failed.error.message, /Ticket 987654 does not exist/);
			assert.match(failed.error.description, /\[0\] = item 0, \[1\] = item 1/);

			const res = await t.run(batchParams(2), items, { continueOnFail: true });
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 1 }],
			);
			for (const item of res.items) assert.match(item.json.error, /Ticket 987654 does not exist/);
			assert.equal(posts(await t.ctl.apiRequests()).length, 2, 'one POST per run, never repeated');
		});

		it('refuses a batch size below 1', async () => {
			const res = await t.run(batchParams(0), fiveItems());
			assert.match(res.error.message, /^Batch Size: must be a whole number of 1 or more/);
			assert.equal(posts(await t.ctl.apiRequests()).length, 0);
		});
	});

	describe('get, get many, delete', () => {
		let timeEntry;
		let privateNote;
		let publicReply;
		let systemAction;
		let listTicket;
		before(async () => {
			const tickets = await t.ctl.state('tickets');
			listTicket = tickets[5].id;
			const act = async (action) => t.ctl.act({ type: 'action.create', action: { ticket_id: listTicket, ...action } });
			timeEntry = await act({
				note: 'Worked on it',
				outcome_id: 4,
				timetaken: 1.5,
				hiddenfromuser: true,
				datetime: '2030-01-02T09:00:00Z',
			});
			privateNote = await act({
				note: 'Private thoughts',
				outcome_id: PRIVATE_NOTE,
				hiddenfromuser: true,
				datetime: '2030-01-03T09:00:00Z',
			});
			publicReply = await act({
				note_html: '<p>Hello <b>there</b></p>',
				outcome_id: 2,
				hiddenfromuser: false,
				datetime: '2030-01-04T09:00:00Z',
			});
			systemAction = await act({
				note: 'Status changed',
				outcome: 'Status Change',
				hiddenfromuser: true,
				datetime: '2030-01-05T09:00:00Z',
			});
		});

		it('gets one action within its ticket', async () => {
			const res = await t.run({
				resource: 'action',
				operation: 'get',
				ticketId: byId(listTicket),
				actionId: String(timeEntry.id),
			});
			assert.equal(res.error, undefined, res.error?.message);
			const [req] = await t.ctl.apiRequests();
			assert.equal(req.method, 'GET');
			assert.equal(req.path, `/api/Actions/${timeEntry.id}`);
			assert.deepEqual(req.query, { ticket_id: String(listTicket), includedetails: 'true' });
			assert.equal(res.items[0].json.id, timeEntry.id);
			assert.equal(res.items[0].json.timetaken, 1.5);
		});

		it('names the action a 404 is about: a number the ticket has no action with', async () => {
			// actions are numbered within their ticket, so the other ticket's actions stop before this number
			const missing = (await t.ctl.state('actions')).filter((a) => a.ticket_id === otherTicketId).length + 1;
			const res = await t.run({
				resource: 'action',
				operation: 'get',
				ticketId: byId(otherTicketId),
				actionId: String(missing),
			});
			assert.equal(
				res.error.message,
				`Action ${missing} was not found in Halo. Check the ID, or look the record up with a search; the API agent may also lack access to it.`,
			);
			assert.equal(String(res.error.httpCode), '404');
		});

		it("lists a ticket's actions unpaged, with count as the limit", async () => {
			const all = await t.run({ resource: 'action', operation: 'getAll', ticketId: byId(listTicket), returnAll: true });
			assert.equal(all.error, undefined, all.error?.message);
			const limited = await t.run({
				resource: 'action',
				operation: 'getAll',
				ticketId: byId(listTicket),
				returnAll: false,
				limit: 2,
			});
			const [allReq, limitedReq] = await t.ctl.apiRequests();
			assert.deepEqual(allReq.query, { ticket_id: String(listTicket) });
			assert.deepEqual(limitedReq.query, { ticket_id: String(listTicket), count: '2' });
			const stored = (await t.ctl.state('actions')).filter((a) => a.ticket_id === listTicket);
			assert.equal(all.items.length, stored.length);
			assert.equal(limited.items.length, 2);
			for (const id of [timeEntry.id, privateNote.id, publicReply.id, systemAction.id]) {
				assert.ok(
					all.items.some((i) => i.json.id === id),
					`action ${id} listed`,
				);
			}
		});

		it('Time Entries Only sends timeentriesonly=true and returns only actions with time', async () => {
			const res = await t.run({
				resource: 'action',
				operation: 'getAll',
				ticketId: byId(listTicket),
				returnAll: true,
				filters: { timeEntriesOnly: true },
			});
			const [req] = await t.ctl.apiRequests();
			assert.deepEqual(req.query, { ticket_id: String(listTicket), timeentriesonly: 'true' });
			assert.ok(res.items.length >= 1);
			assert.ok(res.items.every((i) => i.json.timetaken > 0));
			assert.ok(res.items.some((i) => i.json.id === timeEntry.id));
			assert.ok(!res.items.some((i) => i.json.id === privateNote.id));
		});

		it("maps every filter onto Halo's parameters", async () => {
			const res = await t.run({
				resource: 'action',
				operation: 'getAll',
				ticketId: byId(listTicket),
				returnAll: true,
				filters: {
					excludePrivate: true,
					excludeSystem: true,
					agentOnly: true,
					conversationOnly: true,
					includeHtmlNote: true,
					since: '2030-01-01T00:00:00Z',
					until: '2030-01-31T00:00:00Z',
				},
			});
			assert.equal(res.error, undefined, res.error?.message);
			const [req] = await t.ctl.apiRequests();
			assert.deepEqual(req.query, {
				ticket_id: String(listTicket),
				excludeprivate: 'true',
				excludesys: 'true',
				agentonly: 'true',
				conversationonly: 'true',
				includehtmlnote: 'true',
				startdate: '2030-01-01T00:00:00.000Z',
				enddate: '2030-01-31T00:00:00.000Z',
			});
			assert.deepEqual(
				res.items.map((i) => i.json.id),
				[publicReply.id],
			);
			assert.equal(res.items[0].json.note_html, '<p>Hello <b>there</b></p>', 'HTML note kept when asked for');
		});

		it('Exclude Private and Exclude System leave those actions out', async () => {
			const res = await t.run({
				resource: 'action',
				operation: 'getAll',
				ticketId: byId(listTicket),
				returnAll: true,
				filters: { excludePrivate: true },
			});
			assert.ok(res.items.every((i) => i.json.hiddenfromuser === false));
			const noSys = await t.run({
				resource: 'action',
				operation: 'getAll',
				ticketId: byId(listTicket),
				returnAll: true,
				filters: { excludeSystem: true },
			});
			assert.ok(!noSys.items.some((i) => i.json.id === systemAction.id));
			assert.ok(noSys.items.some((i) => i.json.id === privateNote.id));
		});

		it('deletes an action within its ticket: DELETE /Actions/{id}?ticket_id=', async () => {
			const del = (ticket, id) => ({
				resource: 'action',
				operation: 'delete',
				ticketId: byId(ticket),
				actionId: String(id),
			});
			const missing = (await t.ctl.state('actions')).filter((a) => a.ticket_id === otherTicketId).length + 1;
			const wrongTicket = await t.run(del(otherTicketId, missing));
			assert.equal(
				wrongTicket.error.message,
				`Action ${missing} was not found in Halo. Check the ID, or look the record up with a search; the API agent may also lack access to it.`,
			);
			assert.ok(await storedAction(t.ctl, listTicket, privateNote.id));
			await t.ctl.clearRequests();
			const res = await t.run(del(listTicket, privateNote.id));
			assert.equal(res.error, undefined, res.error?.message);
			const [req] = await t.ctl.apiRequests();
			assert.deepEqual(
				[req.method, req.path, req.query],
				['DELETE', `/api/Actions/${privateNote.id}`, { ticket_id: String(listTicket) }],
			);
			assert.deepEqual(res.items, [
				{ json: { id: privateNote.id, ticket_id: listTicket, deleted: true }, pairedItem: { item: 0 } },
			]);
			assert.equal(await storedAction(t.ctl, listTicket, privateNote.id), undefined);
			const again = await t.run(del(listTicket, privateNote.id));
			assert.equal(
				again.error.message,
				`Action ${privateNote.id} was not found in Halo. Check the ID, or look the record up with a search; the API agent may also lack access to it.`,
			);
		});

		it('refuses an Action ID that is not a number', async () => {
			const res = await t.run({ resource: 'action', operation: 'delete', ticketId: byId(listTicket), actionId: 'abc' });
			assert.match(
				res.error.message,
				/^Action ID: must be a Halo ID \(a positive whole number\), but "abc" is not a positive whole number \[item 0\]$/,
			);
			assert.equal((await t.ctl.apiRequests()).length, 0);
		});
	});
});
