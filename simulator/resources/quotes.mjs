// Quotes (schema QuotationHeader). Wrapper `quotes`, paged (evidence: billing.quote-list). Lines are `lines[]`
// (QuotationDetail), money is numbers. POST creates one with its lines (evidence: billing.quote-create).
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { checkRefs, iso, nameOf } from '../util.mjs';
import { hideListLines } from './invoices.mjs';

const cents = (value) => Math.round(value * 100) / 100;

// evidence: billing.quote-create — a line's net_total is current_quantity × baseprice less discount_perc
/** Prices the lines (QuotationDetail names) and totals the quote; the seed prices its quotes with it too. */
export function priceQuoteLines(rec) {
	rec.lines = (rec.lines ?? []).map((line, index) => {
		const quantity = Number(line.current_quantity ?? 1);
		const price = Number(line.baseprice ?? 0);
		const discount = Number(line.discount_perc ?? 0);
		const net_total = cents(quantity * price * (1 - discount / 100));
		return {
			id: line.id || index + 1,
			sort_seq: index + 1,
			...line,
			current_quantity: quantity,
			baseprice: price,
			net_total,
		};
	});
	rec.total = cents(rec.lines.reduce((sum, line) => sum + line.net_total, 0));
}

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
