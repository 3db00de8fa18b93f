// Supplier (Halo /Supplier, the vendors an MSP buys from): create, get, get many (search, include inactive), update.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const PAGE = (size) => ({ pageinate: 'true', page_size: String(size), page_no: '1' });
const calls = async (t) => (await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]);
const supplier = (operation, extra = {}) => ({ resource: 'supplier', operation, ...extra });

describe('supplier', () => {
	const t = haloSuite({ sim: { ticketCount: 5, seed: 'default' } });

	it('create sends the name and the fields set; the output is the simplified supplier', async () => {
		const res = await t.run(
			supplier('create', {
				name: 'Dell Technologies',
				additionalFields: { email_address: 'orders@dell.example', contact_name: 'Inside Sales', toplevel_id: 1 },
			}),
		);
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.body]),
			[
				[
					'POST',
					'/api/Supplier',
					[
						{
							name: 'Dell Technologies',
							email_address: 'orders@dell.example',
							contact_name: 'Inside Sales',
							toplevel_id: 1,
						},
					],
				],
			],
		);
		assert.deepEqual(res.items[0].json, {
			id: res.items[0].json.id,
			name: 'Dell Technologies',
			contact_name: 'Inside Sales',
			email_address: 'orders@dell.example',
			phone_number: '',
			website: '',
			toplevel_id: 1,
			toplevel_name: 'Customers',
			inactive: false,
		});
	});

	it('create refuses an empty name before sending', async () => {
		const res = await t.run(supplier('create', { name: '={{ "  " }}' }));
		assert.match(res.error?.message ?? '', /^Name: .*\[item 0\]$/);
		assert.deepEqual(await calls(t), []);
	});

	it('get reads one; get many searches in pages, inactive ones only when asked', async () => {
		const one = await t.run(supplier('get', { supplierId: byId(2) }));
		assert.equal(one.items[0].json.name, 'TD Synnex');
		await t.ctl.clearRequests();
		const res = await t.run(supplier('getAll', { filters: { search: 'o' }, limit: 10 }));
		assert.deepEqual(await calls(t), [['GET', '/api/Supplier', { search: 'o', ...PAGE(10) }]]);
		assert.ok(!res.items.some((i) => i.json.inactive), 'inactive suppliers are hidden by default');
		const all = await t.run(supplier('getAll', { returnAll: true, filters: { includeInactive: true } }));
		assert.ok(all.items.some((i) => i.json.name === 'Old Parts Wholesale' && i.json.inactive === true));
	});

	it('update changes only the fields set, and can mark a supplier inactive', async () => {
		const res = await t.run(
			supplier('update', { supplierId: byId(1), updateFields: { inactive: true, phone_number: '0330 000 0000' } }),
		);
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.body]),
			[['POST', '/api/Supplier', [{ id: 1, inactive: true, phone_number: '0330 000 0000' }]]],
		);
		assert.equal(res.items[0].json.name, 'Ingram Micro');
		assert.equal((await t.ctl.state('suppliers', 1)).inactive, true);
		const empty = await t.run(supplier('update', { supplierId: byId(1), updateFields: { name: ' ' } }));
		assert.match(empty.error?.message ?? '', /^Name: cannot be set to empty \[item 0\]$/);
	});
});
