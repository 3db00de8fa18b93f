// Item (product/service catalogue, Halo /Item): create, get, get many (search, item group, supplier, inactive),
// update (opt-in Batch Size); item groups (Halo's asset groups) load from the tenant.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const PAGE = (size) => ({ pageinate: 'true', page_size: String(size), page_no: '1' });
const calls = async (t) => (await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]);
const item = (operation, extra = {}) => ({ resource: 'item', operation, ...extra });

describe('item', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });

	it('create sends the name and the fields set, prices as numbers', async () => {
		const res = await t.run(
			item('create', {
				name: 'Firewall Subscription',
				additionalFields: { assetgroup_id: 3, baseprice: 39.99, costprice: 25, isrecurringitem: true, supplier_id: '' },
			}),
		);
		assert.equal(res.error, undefined, res.error?.message);
		const requests = await t.ctl.apiRequests();
		assert.deepEqual(
			requests.map((r) => [r.method, r.path, r.body]),
			[
				[
					'POST',
					'/api/Item',
					[{ name: 'Firewall Subscription', assetgroup_id: 3, baseprice: 39.99, costprice: 25, isrecurringitem: true }],
				],
			],
		);
		const out = res.items[0].json;
		assert.equal(out.assetgroup_name, 'Software & Licences');
		assert.equal(out.baseprice, 39.99);
		assert.deepEqual(Object.keys(out).slice(0, 3), ['id', 'name', 'description'], 'simplified');
	});

	it('create refuses an empty name and a bad group id before sending', async () => {
		const empty = await t.run(item('create', { name: '  ' }));
		assert.match(empty.error?.message ?? '', /^Name: .*\[item 0\]$/);
		const group = await t.run(item('create', { name: 'X', additionalFields: { assetgroup_id: 'licences' } }));
		assert.match(group.error?.message ?? '', /^Item Group: must be a Halo ID .*\[item 0\]$/);
		assert.deepEqual(await calls(t), []);
	});

	it('get reads one item; get many filters by search and item group, in pages', async () => {
		const one = await t.run(item('get', { itemId: byId(5) }));
		assert.equal(one.items[0].json.name, 'Managed Services (per user)');
		assert.equal(one.items[0].json.recurringprice, 45);
		await t.ctl.clearRequests();
		const res = await t.run(item('getAll', { filters: { search: 'licen', itemGroupId: 3 }, limit: 10 }));
		assert.deepEqual(await calls(t), [['GET', '/api/Item', { search: 'licen', assetgroup_id: '3', ...PAGE(10) }]]);
		assert.deepEqual(
			res.items.map((i) => i.json.name),
			[],
			'the inactive legacy licence is hidden by default',
		);
		const all = await t.run(item('getAll', { returnAll: true, filters: { itemGroupId: 3, includeInactive: true } }));
		assert.deepEqual(
			all.items.map((i) => i.json.name),
			// the item the first test created is in this group too
			[
				'Microsoft 365 Business Premium',
				'Endpoint Protection (per device)',
				'Legacy Backup Licence',
				'Firewall Subscription',
			],
		);
	});

	it('update changes only the fields set; Batch Size sends several in one POST', async () => {
		const res = await t.run(
			item('update', {
				itemId: byId('={{ $json.id }}'),
				updateFields: { baseprice: '={{ $json.price }}' },
				batchSize: 2,
			}),
			[{ json: { id: 1, price: 1199 } }, { json: { id: 2, price: 999 } }],
		);
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query, r.body]),
			[
				[
					'POST',
					'/api/Item',
					{ returnall: 'true' },
					[
						{ id: 1, baseprice: 1199 },
						{ id: 2, baseprice: 999 },
					],
				],
			],
		);
		assert.deepEqual(
			res.items.map((i) => [i.json.id, i.json.baseprice, i.json.costprice]),
			[
				[1, 1199, 890],
				[2, 999, 720],
			],
		);
	});

	it('the Item Group dropdown lists the tenant asset groups; the locator searches items', async () => {
		const options = await t.engine.loadOptions({
			type: 'haloPsa',
			method: 'getItemGroups',
			parameters: item('create'),
		});
		assert.deepEqual(
			options.map((o) => [o.name, o.value]),
			[
				['End User Devices', 1],
				['Infrastructure', 2],
				['Services', 4],
				['Software & Licences', 3],
			],
		);
		const found = await t.engine.listSearch({
			type: 'haloPsa',
			method: 'searchItems',
			parameters: item('get'),
			filter: 'switch',
		});
		assert.deepEqual(
			found.results.map((r) => [r.name, r.value]),
			[['24-port PoE Switch (Infrastructure)', '7']],
		);
	});
});
