// Ticket → Create or Add Note: a private note on the client's open ticket with the same key, else a new ticket;
// items of one execution with the same key end on one ticket.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const op = (extra) => ({
	resource: 'ticket',
	operation: 'createOrAddNote',
	clientId: 1,
	note: 'Seen again by the RMM',
	...extra,
});
const posts = async (ctl, path) => (await ctl.apiRequests()).filter((r) => r.method === 'POST' && r.path === path);

describe('ticket create or add note', () => {
	const t = haloSuite({ sim: { ticketCount: 120 } });

	it('summary (exact): adds a private note with the default private outcome to the open ticket', async () => {
		const [open] = await t.ctl
			.act({ type: 'ticket.create', ticket: { summary: 'Disk space low on ACME-SRV-01', client_id: 1 } })
			.then((r) => [r.ticket ?? r]);
		await t.ctl.act({
			type: 'ticket.create',
			ticket: { summary: 'Disk space low on ACME-SRV-01 (old)', client_id: 1 },
		});
		await t.ctl.clearRequests();
		const res = await t.run(op({ summary: 'Disk space low on ACME-SRV-01' }));
		assert.equal(res.error, undefined, res.error?.message);
		const [out] = res.items.map((i) => i.json);
		assert.equal(out.created, false);
		assert.equal(out.ticket.id, open.id);
		assert.equal(out.action.ticket_id, open.id);
		assert.deepEqual(await posts(t.ctl, '/api/Tickets'), []);
		const [action] = await posts(t.ctl, '/api/Actions');
		const outcomes = await t.ctl.state('outcomes');
		assert.deepEqual(action.body, [
			{
				ticket_id: open.id,
				note: 'Seen again by the RMM',
				hiddenfromuser: true,
				outcome_id: outcomes.find((o) => o.outcome === 'Private Note').id,
			},
		]);
	});

	it("a closed ticket or another client's ticket with the key does not match: a new ticket is logged", async () => {
		const closed = await t.ctl.act({
			type: 'ticket.create',
			ticket: { summary: 'Printer jam in reception', client_id: 1, status_id: 9 },
		});
		await t.ctl.act({ type: 'ticket.create', ticket: { summary: 'Printer jam in reception', client_id: 2 } });
		await t.ctl.clearRequests();
		const res = await t.run(op({ summary: 'Printer jam in reception', additionalFields: { tickettype_id: 5 } }));
		assert.equal(res.error, undefined, res.error?.message);
		const [out] = res.items.map((i) => i.json);
		assert.equal(out.created, true);
		assert.equal(out.action, null);
		assert.notEqual(out.ticket.id, (closed.ticket ?? closed).id);
		const [post] = await posts(t.ctl, '/api/Tickets');
		assert.deepEqual(post.body, [
			{ summary: 'Printer jam in reception', details: 'Seen again by the RMM', client_id: 1, tickettype_id: 5 },
		]);
		assert.deepEqual(await posts(t.ctl, '/api/Actions'), []);
	});

	it('custom field key: items of one execution with the same alert ID end on one ticket', async () => {
		const items = ['RMM-9001', 'RMM-9001', 'RMM-9002', 'RMM-9001'].map((alertId, n) => ({ json: { alertId, n } }));
		const res = await t.run(
			op({
				summary: '={{ "Alert " + $json.alertId }}',
				matchBy: 'customField',
				matchField: 'CFRMMAlertID',
				matchValue: '={{ $json.alertId }}',
				note: '={{ "Occurrence " + $json.n }}',
			}),
			items,
		);
		assert.equal(res.error, undefined, res.error?.message);
		const out = res.items.map((i) => i.json);
		assert.deepEqual(
			out.map((o) => o.created),
			[true, false, true, false],
		);
		assert.equal(out[1].ticket.id, out[0].ticket.id);
		assert.equal(out[3].ticket.id, out[0].ticket.id);
		assert.notEqual(out[2].ticket.id, out[0].ticket.id);
		assert.deepEqual(
			res.items.map((i) => i.pairedItem),
			[0, 1, 2, 3].map((item) => ({ item })),
		);
		const created = await posts(t.ctl, '/api/Tickets');
		assert.equal(created.length, 2);
		assert.deepEqual(created[0].body[0].customfields, [{ id: 150, value: 'RMM-9001' }]);
		const notes = (await posts(t.ctl, '/api/Actions')).map((p) => [p.body[0].ticket_id, p.body[0].note]);
		assert.deepEqual(notes, [
			[out[0].ticket.id, 'Occurrence 1'],
			[out[0].ticket.id, 'Occurrence 3'],
		]);

		// A later execution finds the ticket in Halo by the custom field's value.
		await t.ctl.clearRequests();
		const again = await t.run(
			op({ summary: 'Alert RMM-9001', matchBy: 'customField', matchField: 'CFRMMAlertID', matchValue: 'RMM-9001' }),
		);
		assert.equal(again.items[0].json.created, false);
		assert.equal(again.items[0].json.ticket.id, out[0].ticket.id);
		assert.deepEqual(await posts(t.ctl, '/api/Tickets'), []);
	});

	it('third-party ID key: stored on the new ticket, matched by a later execution', async () => {
		const first = await t.run(op({ summary: 'Backup failed', matchBy: 'thirdPartyId', matchValue: 'DATTO-77' }));
		assert.equal(first.items[0].json.created, true);
		const [post] = await posts(t.ctl, '/api/Tickets');
		assert.equal(post.body[0].third_party_id_string, 'DATTO-77');
		const second = await t.run(op({ summary: 'Backup failed again', matchBy: 'thirdPartyId', matchValue: 'DATTO-77' }));
		assert.equal(second.items[0].json.created, false);
		assert.equal(second.items[0].json.ticket.id, first.items[0].json.ticket.id);
	});

	it('bad input fails before anything is sent, naming the field and the item', async () => {
		const res = await t.run(op({ summary: 'x', matchBy: 'customField', matchField: 'CFRMMAlertID', matchValue: '  ' }));
		assert.match(res.error.message, /^Match Value: is required.*\[item 0\]$/);
		const noClient = await t.run(op({ summary: 'x', clientId: '-2' }));
		assert.match(noClient.error.message, /^Client: must be a Halo ID.*\[item 0\]$/);
		assert.deepEqual(
			(await t.ctl.apiRequests()).filter((r) => r.method === 'POST'),
			[],
		);
	});
});
