// Quotes (schema QuotationHeader). Wrapper `quotes`, paged (evidence: billing.quote-list). Lines are `lines[]`
// (QuotationDetail), money is numbers. The node only reads them.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { nameOf } from '../util.mjs';
import { hideListLines } from './invoices.mjs';

// evidence: billing.quote-closed — the status the simulator treats as closed
export const QUOTE_CLOSED_STATUS = 3;

export default defineResource({
	name: 'Quotation',
	collection: 'quotes',
	entity: 'Quote',
	schema: 'QuotationHeader',
	wrapper: 'quotes',
	ops: ['list', 'get'],
	filters: {
		// evidence: general.spec-list-filters
		client_id: F.eq('client_id'),
		site_id: F.eq('site_id'),
		ticket_id: F.eq('ticket_id'),
		quote_status: F.inIds('status'),
		search: F.contains('title'),
		// evidence: billing.quote-closed
		...F.openClosed(QUOTE_CLOSED_STATUS),
	},
	mirror: (rec, sim) => ({ client_name: nameOf(sim, 'clients', rec.client_id) }),
	// evidence: billing.quote-lines — list rows carry `lines` only with includelines=true
	transform: hideListLines,
});
