// Purchase orders (schema SupplierOrderHeader). Wrapper `purchaseorders`, paged (evidence: billing.purchase-order-list).
// Lines are `lines[]` (SupplierOrderDetail), money is numbers. The node only reads them.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { nameOf } from '../util.mjs';

// evidence: billing.purchase-order-closed — the status the simulator treats as closed
export const PO_CLOSED_STATUS = 4;

export default defineResource({
	name: 'PurchaseOrder',
	collection: 'purchaseorders',
	entity: 'Purchase order',
	schema: 'SupplierOrderHeader',
	wrapper: 'purchaseorders',
	ops: ['list', 'get'],
	filters: {
		// evidence: general.spec-list-filters
		client_id: F.eq('client_id'),
		supplier_id: F.eq('supplier_id'),
		salesorder_id: F.eq('salesorder_id'),
		ticket_id: F.eq('ticket_id'),
		po_status: F.inIds('status'),
		search: F.contains('po_ref', 'title'),
		// evidence: billing.purchase-order-closed
		...F.openClosed(PO_CLOSED_STATUS),
	},
	mirror: (rec, sim) => ({
		client_name: rec.client_id ? nameOf(sim, 'clients', rec.client_id) : '',
		supplier_name: nameOf(sim, 'suppliers', rec.supplier_id),
	}),
	// evidence: billing.purchase-order-lines — list rows leave `lines` out; GET /PurchaseOrder/{id} carries them
	transform(out, rec, ctx, mode) {
		if (mode === 'list') delete out.lines;
	},
});
