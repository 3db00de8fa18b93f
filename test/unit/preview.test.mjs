// Writes stay the workflow author's choice: Preview Only on every write outputs the request the node would
// send, and Halo receives nothing; the trigger offers no tool variant.
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { haloSuite, ROOT } from './support.mjs';

const require = createRequire(import.meta.url);
const { HaloPsa } = require(path.join(ROOT, 'dist/nodes/HaloPsa/HaloPsa.node.js'));
const { HaloPsaTrigger } = require(path.join(ROOT, 'dist/nodes/HaloPsaTrigger/HaloPsaTrigger.node.js'));

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const writesTo = (requests) => requests.filter((r) => r.method !== 'GET');

describe('Preview Only', () => {
	const t = haloSuite({ sim: { ticketCount: 20 } });
	let ticketId;
	before(async () => {
		ticketId = (await t.ctl.state('tickets'))[0].id;
	});

	it('Action → Create: outputs the POST it would send; Halo receives no write and keeps no note', async () => {
		const before = (await t.ctl.state('actions')).length;
		const res = await t.run({
			resource: 'action',
			operation: 'create',
			ticketId: byId(ticketId),
			note: 'Rebooted the printer',
			previewOnly: true,
		});
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(writesTo(await t.ctl.apiRequests()), [], 'nothing but reads reached Halo');
		assert.equal((await t.ctl.state('actions')).length, before);
		assert.equal(res.items.length, 1);
		const { json, pairedItem } = res.items[0];
		assert.equal(json.previewOnly, true);
		assert.equal(json.sentToHalo, false);
		assert.equal(json.request.method, 'POST');
		assert.equal(json.request.path, '/Actions');
		assert.equal(json.request.body[0].ticket_id, ticketId);
		assert.equal(json.request.body[0].note, 'Rebooted the printer');
		assert.equal(json.request.body[0].hiddenfromuser, true, 'a private note, as it would be sent');
		assert.deepEqual(pairedItem, { item: 0 });
		const shown = JSON.stringify(json);
		for (const secret of [t.credentialData.clientSecret, t.engine.credentialStore.get('haloPsaApi').accessToken]) {
			if (secret) assert.ok(!shown.includes(secret), 'no secret in the preview');
		}
	});

	it('Ticket → Delete: outputs the DELETE with its query; the ticket stays', async () => {
		const res = await t.run({
			resource: 'ticket',
			operation: 'delete',
			ticketId: byId(ticketId),
			reason: 'duplicate',
			previewOnly: true,
		});
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(writesTo(await t.ctl.apiRequests()), []);
		assert.ok(await t.ctl.state('tickets', ticketId), 'the ticket is still in Halo');
		assert.equal(res.items[0].json.request.method, 'DELETE');
		assert.equal(res.items[0].json.request.path, `/Tickets/${ticketId}`);
	});

	it('Ticket → Update with Batch Size 2: each item outputs the one batch request, nothing is sent', async () => {
		const tickets = (await t.ctl.state('tickets')).slice(0, 2).map((ticket) => ticket.id);
		const res = await t.run(
			{
				resource: 'ticket',
				operation: 'update',
				ticketId: { mode: 'id', value: '={{ $json.id }}' },
				updateFields: { category_2: 'Previewed' },
				batchSize: 2,
				previewOnly: true,
			},
			tickets.map((id) => ({ json: { id } })),
		);
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(writesTo(await t.ctl.apiRequests()), []);
		assert.deepEqual(
			res.items.map((item) => [item.pairedItem.item, item.json.request.body.map((ticket) => ticket.id)]),
			[
				[0, tickets],
				[1, tickets],
			],
		);
	});

	it('off (the default): the same write is sent', async () => {
		const res = await t.run({ resource: 'action', operation: 'create', ticketId: byId(ticketId), note: 'Sent' });
		assert.equal(res.error, undefined, res.error?.message);
		assert.equal(writesTo(await t.ctl.apiRequests()).length, 1);
	});

	it('is offered on every write operation and on no read', () => {
		const { properties } = new HaloPsa().description;
		const previewOn = (resource, operation) =>
			properties.some(
				(p) =>
					p.name === 'previewOnly' &&
					p.displayOptions.show.resource.includes(resource) &&
					p.displayOptions.show.operation.includes(operation),
			);
		const operations = properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => p.options.map((option) => [p.displayOptions.show.resource[0], option]));
		for (const [resource, option] of operations) {
			const writes = String(option.description).startsWith('Writes to Halo');
			assert.equal(previewOn(resource, option.value), writes, `${resource} → ${option.value}`);
		}
	});
});

describe('the trigger', () => {
	it('offers no tool variant: it is not usableAsTool', () => {
		assert.equal(new HaloPsaTrigger().description.usableAsTool, undefined);
		assert.equal(new HaloPsa().description.usableAsTool, true, 'the regular node still is');
	});
});
