// Quotes (schema QuotationHeader). Wrapper `quotes`, paged (evidence: billing.quote-list). Lines are `lines[]`
// (QuotationDetail), money is numbers. POST creates one with its lines (evidence: billing.quote-create).
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { checkRefs, iso, nameOf } from '../util.mjs';
import { hideListLines, priceDocumentLines } from './invoices.mjs';

// evidence: billing.quote-create — a line's net_total is current_quantity × baseprice less discount_perc
/** Prices the lines (QuotationDetail names) and totals the quote; the seed prices its quotes with it too. */
export const priceQuoteLines = (rec) =>
	priceDocumentLines(
		rec,
		{ quantity: 'current_quantity', price: 'baseprice', discount: 'discount_perc', lineTotal: 'net_total' },
		(index) => ({ sort_seq: index + 1 }),
	);

// evidence: billing.quote-closed — the status the simulator treats as closed
export const QUOTE_CLOSED_STATUS = 3;

export default defineResource({
	name: 'Quotation',
	collection: 'quotes',
	entity: 'Quote',
	schema: 'QuotationHeader',
	wrapper: 'quotes',
	ops: ['list', 'get', 'post'],
	readOnly: ['total', 'client_name'],
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
	// evidence: billing.quote-create
	defaults: ({ now }) => ({
		client_id: null,
		title: '',
		status: 1,
		salesorder_id: null,
		ticket_id: null,
		agent_id: null,
		approvalstate: 0,
		date: iso(now),
		expiry_date: null,
		note: '',
		lines: [],
	}),
	// evidence: billing.quote-create — a quote needs a client; references must exist
	validate(el, { sim, existing }) {
		const errors = checkRefs(sim, el, { client_id: ['clients', 'Client'], site_id: ['sites', 'Site'] });
		if (!existing && !el.client_id) errors.client_id = 'The Client field is required.';
		return errors;
	},
	beforeSave: (rec) => priceQuoteLines(rec),
	mirror: (rec, sim) => ({ client_name: nameOf(sim, 'clients', rec.client_id) }),
	// evidence: billing.quote-lines — list rows carry `lines` only with includelines=true
	transform: hideListLines,
});
