// Purchase Order (/PurchaseOrder, read-only): get with its lines, get many by client (name or ID), supplier, status,
// sales order and open/closed, in Halo's pages (one row for page_size=1 in the production sweep).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const PAGE = (size) => ({ pageinate: 'true', page_size: String(size), page_no: '1' });
const calls = async (t) => (await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]);
const po = (operation, extra = {}) => ({ resource: 'purchaseOrder', operation, ...extra });

describe('purchase order', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });

	describe('get', () => {
		it('reads one purchase order with its lines as Halo sends them; money stays numbers', async () => {
			const res = await t.run(po('get', { purchaseOrderId: byId(1) }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [['GET', '/api/PurchaseOrder/1', { includedetails: 'true' }]]);
			const out = res.items[0].json;
			assert.equal(out.po_ref, 'PO-1001');
			assert.equal(out.client_name, 'Acme Logistics Ltd');
			assert.equal(out.salesorder_id, 501);
			assert.equal(out.total, 1049.49);
			assert.deepEqual(
				out.lines.map((line) => [line.name, line.baseprice, line.quantity_received]),
				[
					['Business laptop 14"', 899.99, 0],
					['Docking station', 149.5, 0],
				],
			);
		});

		it("surfaces Halo's 404 and refuses a bad id before sending", async () => {
			const res = await t.run(
				po('get', { purchaseOrderId: byId('={{ $json.id }}') }),
				[{ json: { id: 999 } }, { json: { id: 'PO-1' } }],
				{ continueOnFail: true },
			);
			assert.match(res.items[0].json.error, /Purchase order 999 was not found in Halo/i);
			assert.match(res.items[1].json.error, /^Purchase Order: must be a Halo ID .*\[item 1\]$/);
			assert.deepEqual(await calls(t), [['GET', '/api/PurchaseOrder/999', { includedetails: 'true' }]]);
		});
	});

	describe('get many', () => {
		it('takes the client by name and sends the filters as Halo names them, in pages', async () => {
			const res = await t.run(
				po('getAll', {
					filters: { clientId: 'Acme Logistics Ltd', supplierId: '1', salesOrderId: '501', statusIds: '1, 2' },
					limit: 10,
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await calls(t);
			assert.deepEqual(requests.at(-1), [
				'GET',
				'/api/PurchaseOrder',
				{ client_id: '1', supplier_id: '1', salesorder_id: '501', po_status: '1,2', ...PAGE(10) },
			]);
			assert.deepEqual(
				res.items.map((i) => [i.json.id, i.json.po_ref, i.json.supplier_name !== '', i.json.lines]),
				[[1, 'PO-1001', true, null]],
			);
		});

		it('open only and closed only', async () => {
			const open = await t.run(po('getAll', { returnAll: true, filters: { state: 'open' } }));
			const closed = await t.run(po('getAll', { returnAll: true, filters: { state: 'closed' } }));
			assert.deepEqual(await calls(t), [
				['GET', '/api/PurchaseOrder', { open: 'true', ...PAGE(100) }],
				['GET', '/api/PurchaseOrder', { closed: 'true', ...PAGE(100) }],
			]);
			assert.deepEqual(
				open.items.map((i) => i.json.po_ref),
				['PO-1001', 'PO-1002'],
			);
			assert.deepEqual(
				closed.items.map((i) => i.json.po_ref),
				['PO-1003'],
			);
		});

		it('refuses a bad status or sales order before sending, naming the item and the field', async () => {
			const status = await t.run(po('getAll', { filters: { statusIds: '1,open' } }));
			assert.match(status.error?.message ?? '', /^Filters → Status IDs: must be a Halo ID .*\[item 0\]$/);
			const order = await t.run(po('getAll', { filters: { salesOrderId: 'SO-5' } }));
			assert.match(order.error?.message ?? '', /^Filters → Sales Order ID: must be a Halo ID .*\[item 0\]$/);
			assert.deepEqual(await calls(t), []);
		});
	});
});
