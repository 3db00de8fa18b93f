// Custom fields by name on Project and Opportunity Create / Update: they are tickets in Halo (the spec posts them
// as Faults), so their custom fields are picked from the ticket's field definitions and sent as `customfields`.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const posts = async (t) => (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');

describe('project and opportunity custom fields', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });

	it('project create sends the custom fields by their ids; the output shows them by name', async () => {
		const res = await t.run({
			resource: 'project',
			operation: 'create',
			summary: 'Office move',
			clientId: byId(1),
			customFields: {
				field: [
					{ field: 'CFBillingCode', value: 'PRJ-ACME-7' },
					{ field: 'Impact Score', value: '4' },
				],
			},
		});
		assert.equal(res.error, undefined, res.error?.message);
		const [post] = await posts(t);
		assert.equal(post.path, '/api/Projects');
		assert.deepEqual(post.body, [
			{
				summary: 'Office move',
				client_id: 1,
				customfields: [
					{ id: 151, value: 'PRJ-ACME-7' },
					{ id: 152, value: '4' },
				],
			},
		]);
		assert.equal(res.items[0].json.custom_fields.CFBillingCode, 'PRJ-ACME-7');
	});

	it('opportunity update sends the id, the fields set and the custom fields', async () => {
		const created = await t.run({
			resource: 'opportunity',
			operation: 'create',
			summary: 'Managed print',
			clientId: byId(2),
		});
		assert.equal(created.error, undefined, created.error?.message);
		const id = created.items[0].json.id;
		await t.ctl.clearRequests();
		const res = await t.run({
			resource: 'opportunity',
			operation: 'update',
			opportunityId: byId(id),
			updateFields: { summary: 'Managed print (3 sites)' },
			customFields: { field: [{ field: '151', value: 'OPP-BW-1' }] },
		});
		assert.equal(res.error, undefined, res.error?.message);
		const [post] = await posts(t);
		assert.deepEqual(post.body, [
			{ id, summary: 'Managed print (3 sites)', customfields: [{ id: 151, value: 'OPP-BW-1' }] },
		]);
		const stored = await t.ctl.state('opportunities', id);
		assert.equal(stored.customfields.find((field) => field.id === 151)?.value, 'OPP-BW-1');
	});

	it('a custom field the tenant does not define fails before anything is written, naming the item and field', async () => {
		const res = await t.run({
			resource: 'project',
			operation: 'create',
			summary: 'Office move',
			clientId: byId(1),
			customFields: { field: [{ field: 'CFProjectCode', value: 'X' }] },
		});
		assert.match(res.error?.message ?? '', /Halo has no ticket custom field "CFProjectCode".*\[item 0\]$/);
		assert.deepEqual(await posts(t), []);
	});
});
