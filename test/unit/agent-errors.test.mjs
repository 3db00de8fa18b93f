// Errors an AI agent can act on. When the node runs as a tool, n8n hands the model only the error's message
// (not its description), so the message itself says what was wrong and what to try next, in Halo's words
// where Halo gave some.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
// Seeded outcome 11 "Re-Assign" is barred for the API agent (simulator/seed/outcomes.mjs).
const BARRED_OUTCOME = 11;

describe('errors an agent can act on', () => {
	const t = haloSuite({ sim: { ticketCount: 20 } });
	let ticketId;
	before(async () => {
		ticketId = (await t.ctl.state('tickets'))[0].id;
	});
	const failure = async (parameters) => {
		const res = await t.run(parameters);
		assert.ok(res.error, 'the run fails');
		return res.error.message;
	};

	it('not found: names the record and says to check the ID or search', async () => {
		const message = await failure({ resource: 'ticket', operation: 'get', ticketId: byId(999999) });
		assert.equal(
			message,
			'Ticket 999999 was not found in Halo. Check the ID, or look the record up with a search; the API agent may also lack access to it.',
		);
	});

	it("Halo's validation refusal: Halo's words, then to correct the value it names", async () => {
		await t.ctl.fault({
			match: { method: 'POST', path: '/api/Tickets' },
			kind: 'status',
			status: 400,
			body: { '[0].summary': 'Summary is too long.' },
		});
		const message = await failure({ resource: 'ticket', operation: 'create', summary: 'Printer on fire' });
		assert.equal(message, 'Halo: summary: Summary is too long. Correct the value Halo names and try again.');
	});

	it("outcome access: Halo's words, the outcome named, and what to choose instead", async () => {
		const message = await failure({
			resource: 'action',
			operation: 'create',
			ticketId: byId(ticketId),
			note: 'Passing this on',
			outcome: BARRED_OUTCOME,
		});
		assert.match(message, /You do not have access to this Action/);
		assert.match(message, /Choose another outcome/);
	});

	it('permission refused (403): says a retry will not help', async () => {
		await t.ctl.fault({ match: { method: 'GET', path: `/api/Tickets/${ticketId}` }, kind: 'status', status: 403 });
		const message = await failure({ resource: 'ticket', operation: 'get', ticketId: byId(ticketId) });
		assert.match(
			message,
			/^Halo: .*\. The API application or its agent lacks permission .*trying again will not help\.$/,
		);
	});

	it('a write Halo failed on (500): says to check Halo before trying again', async () => {
		await t.ctl.fault({ match: { method: 'POST', path: '/api/Tickets' }, kind: 'status', status: 500 });
		const message = await failure({ resource: 'ticket', operation: 'create', summary: 'Printer on fire' });
		assert.match(message, /Halo may have applied the change: check it in Halo before trying again\.$/);
	});

	it('bad input: names the field, the value and the form it must have, before anything is sent', async () => {
		const message = await failure({ resource: 'ticket', operation: 'get', ticketId: byId('={{ "abc" }}') });
		assert.match(message, /^Ticket: must be a Halo ID \(a positive whole number\), but "abc"/);
		assert.deepEqual(await t.ctl.apiRequests(), []);
	});

	it('as a tool, a failed call is an answer the model reads, whatever On Error says (the agent run goes on)', async () => {
		const res = await t.engine.runNode({
			type: 'haloPsaTool',
			typeVersion: 1,
			parameters: { resource: 'ticket', operation: 'get', ticketId: byId(999999) },
			items: [{ json: {} }],
		});
		assert.equal(res.error, undefined, 'the tool run does not fail');
		assert.equal(res.items.length, 1);
		assert.match(res.items[0].json.error, /^Ticket 999999 was not found in Halo\. Check the ID/);
	});
});
