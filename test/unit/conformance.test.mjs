// Conformance: the node fed the reply shapes live Halo tenants produce (test/fixtures/halo/, see its README),
// not the simulator's own tidy ones: differently spelled keys, null flags, "no date" sentinels, single-object
// replies, returnall arrays.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { haloSuite, ROOT } from './support.mjs';

const fixture = (name) => JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/halo', name), 'utf8'));
const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });

describe('conformance with live reply shapes', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });
	const replyWith = (method, pathPrefix, status, body) =>
		t.ctl.fault({ match: { method, path: pathPrefix }, kind: 'status', status, body });

	it('Ticket Create: a create reply with last_update, category_1, team name + id, hasbeenclosed null and empty-date sentinels', async () => {
		await replyWith('POST', '/api/Tickets', 201, fixture('ticket-create-reply.json'));
		const res = await t.run({ resource: 'ticket', operation: 'create', summary: 'Label printer offline in dispatch' });
		assert.equal(res.error, undefined, res.error?.message);
		const out = res.items[0].json;
		assert.equal(out.id, 2916);
		assert.deepEqual([out.team, out.team_id], ['1st Line Support', 26]);
		assert.equal(out.category_1, 'Hardware>Printer');
		assert.equal(out.last_update, '2026-10-05T08:14:02.6');
		assert.equal(out.hasbeenclosed, null);
		assert.equal(out.dateclosed, null, '1900-01-01 means "no date"');
		assert.equal(out.deadlinedate, null, '0001-01-01 means "no date"');
		assert.equal(out.fixbydate, '2026-10-06T08:14:02.35');
		assert.deepEqual(out.custom_fields, { CFRMMAlertID: 'ALRT-771203', CFImpactScore: '4' });

		await replyWith('POST', '/api/Tickets', 201, fixture('ticket-create-reply.json'));
		const full = await t.run({ resource: 'ticket', operation: 'create', summary: 'x', simplify: false });
		assert.equal(full.items[0].json.deadlinedate, '0001-01-01T00:00:00', "Simplify off keeps Halo's record as it came");
	});

	it('Ticket Get: the GET spellings lastupdate and category1 come out under the same names as a create reply', async () => {
		await replyWith('GET', '/api/Tickets/2916', 200, fixture('ticket-get-reply.json'));
		const res = await t.run({ resource: 'ticket', operation: 'get', ticketId: byId(2916) });
		assert.equal(res.error, undefined, res.error?.message);
		const out = res.items[0].json;
		assert.equal(out.last_update, '2026-10-05T08:14:02.6');
		assert.equal(out.category_1, 'Hardware>Printer');
		assert.equal(out.datecreated, null);
		assert.equal(out.custom_fields.CFRMMAlertID, 'ALRT-771203');
	});

	it('Action Create: a single-object action reply with actionby_application_id, after sending the default outcome', async () => {
		await replyWith('POST', '/api/Actions', 201, fixture('action-create-reply.json'));
		const [ticket] = await t.ctl.state('tickets');
		const res = await t.run({
			resource: 'action',
			operation: 'create',
			ticketId: byId(ticket.id),
			note: 'Checked the print spooler',
		});
		assert.equal(res.error, undefined, res.error?.message);
		const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
		assert.equal(post.body[0].outcome_id, 7);
		assert.deepEqual(
			[res.items[0].json.id, res.items[0].json.ticket_id, res.items[0].json.outcome, res.items[0].json.hiddenfromuser],
			[3, 2916, 'Private Note', true],
		);
		const full = await (async () => {
			await replyWith('POST', '/api/Actions', 201, fixture('action-create-reply.json'));
			return await t.run({
				resource: 'action',
				operation: 'create',
				ticketId: byId(ticket.id),
				note: 'x',
				simplify: false,
			});
		})();
		assert.equal(full.items[0].json.actionby_application_id, 'Fernbrook n8n');
	});

	it('Action Create with Batch Size: a returnall reply (ids repeat across tickets) is mapped back item by item', async () => {
		await replyWith('POST', '/api/Actions', 201, fixture('actions-returnall-reply.json'));
		const res = await t.run(
			{
				resource: 'action',
				operation: 'create',
				ticketId: { __rl: true, mode: 'id', value: '={{ $json.ticket }}' },
				note: '={{ $json.note }}',
				batchSize: 2,
			},
			[{ json: { ticket: 2916, note: 'first of two' } }, { json: { ticket: 2917, note: 'second of two' } }],
		);
		assert.equal(res.error, undefined, res.error?.message);
		const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
		assert.deepEqual(post.query, { returnall: 'true' });
		assert.deepEqual(
			res.items.map((i) => [i.json.id, i.json.ticket_id, i.json.warning]),
			[
				[4, 2916, undefined],
				[1, 2917, undefined],
			],
		);
	});
});
