// Seeded purchase orders (/PurchaseOrder): hardware bought from the seeded suppliers for the first clients, one of
// them for a sales order and one closed. Uses no PRNG: it changes no other seeded value.
import { DAY, iso } from './common.mjs';
import { PO_CLOSED_STATUS } from '../resources/purchaseorders.mjs';

// [po_ref, supplier id, client id, sales order id, status, days ago, lines: [name, baseprice, quantity received]]
const ORDERS = [
	[
		'PO-1001',
		1,
		1,
		501,
		2,
		12,
		[
			['Business laptop 14"', 899.99, 0],
			['Docking station', 149.5, 0],
		],
	],
	['PO-1002', 2, 2, null, 1, 4, [['24-port managed switch', 420, 0]]],
	['PO-1003', 1, 3, 502, PO_CLOSED_STATUS, 40, [['Firewall appliance', 1250, 1]]],
];

export function seedPurchaseOrders(put, anchor) {
	for (const [po_ref, supplier_id, client_id, salesorder_id, status, daysAgo, lines] of ORDERS) {
		const priced = lines.map(([name, baseprice, quantity_received], index) => ({
			id: index + 1,
			sort_seq: index + 1,
			name,
			baseprice,
			quantity_received,
			net_total: baseprice,
			salesorder_id,
		}));
		put('purchaseorders', {
			po_ref,
			title: `${priced[0].name} for client ${client_id}`,
			supplier_id,
			client_id,
			salesorder_id,
			ticket_id: null,
			status,
			approval_status: 0,
			date: iso(anchor.getTime() - daysAgo * DAY),
			datesent: iso(anchor.getTime() - (daysAgo - 1) * DAY),
			est_delivery_date: iso(anchor.getTime() + (10 - daysAgo) * DAY),
			currency_code: 0,
			lines: priced,
			total: Math.round(priced.reduce((sum, line) => sum + line.net_total, 0) * 100) / 100,
		});
	}
}
