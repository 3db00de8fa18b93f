// Invoices (schema InvoiceHeader). Wrapper `invoices`, paged (evidence: billing.invoice-lists). Lines are `lines[]`;
// money is numbers. List rows carry their lines only with includelines=true.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue } from '../paging.mjs';
import { checkRefs, iso, nameOf } from '../util.mjs';

// evidence: billing.line-totals — what the line bills: quantity × unit price, rounded to cents
/** Prices the lines and totals the invoice. */
export function priceLines(rec) {
	const cents = (value) => Math.round(value * 100) / 100;
	rec.lines = (rec.lines ?? []).map((line, index) => {
		const qty = Number(line.qty_order ?? 1);
		const price = Number(line.unit_price ?? 0);
		return { id: line.id || index + 1, ...line, qty_order: qty, unit_price: price, net_amount: cents(qty * price) };
	});
	rec.total = cents(rec.lines.reduce((sum, line) => sum + line.net_amount, 0));
}

/** The filters and list shape GET /Invoice and GET /RecurringInvoice share (one spec parameter list). */
export const invoiceListFilters = {
	// evidence: general.spec-list-filters
	client_id: F.eq('client_id'),
	contract_id: F.eq('contract_id'),
	ticket_id: F.eq('ticket_id'),
	search: (row, v, q, sim) =>
		F.contains('invoicenumber', 'reference')(row, v) ||
		nameOf(sim, 'clients', row.client_id).toLowerCase().includes(String(v).toLowerCase()),
};

// evidence: billing.list-lines — list rows leave `lines` out unless includelines=true
export function hideListLines(out, rec, ctx, mode) {
	if (mode === 'list' && !isTrue(ctx.query?.includelines)) delete out.lines;
}

// evidence: billing.invoice-number — amountdue follows total and amountpaid
export const invoiceMirror = (rec, sim) => ({
	client_name: nameOf(sim, 'clients', rec.client_id),
	contract_ref: rec.contract_id ? (sim.store.coll('contracts').get(rec.contract_id)?.ref ?? '') : '',
	amountdue: Math.round(((rec.total ?? 0) - (rec.amountpaid ?? 0)) * 100) / 100,
});

export default defineResource({
	name: 'Invoice',
	collection: 'invoices',
	entity: 'Invoice',
	schema: 'InvoiceHeader',
	wrapper: 'invoices',
	ops: ['list', 'get', 'post'],
	readOnly: ['total', 'amountdue', 'invoicenumber'],
	filters: {
		...invoiceListFilters,
		// evidence: general.spec-list-filters
		postedonly: F.whenTrue((row) => row.posted === true),
		notpostedonly: F.whenTrue((row) => row.posted !== true),
	},
	defaults: ({ now }) => ({
		client_id: null,
		contract_id: null,
		ticket_id: null,
		recurring_invoice_id: null,
		reference: '',
		invoice_date: iso(now),
		duedate: iso(new Date(now.getTime() + 30 * 86400e3)),
		posted: false,
		amountpaid: 0,
		lines: [],
	}),
	validate(el, { sim, existing }) {
		const errors = checkRefs(sim, el, { client_id: ['clients', 'Client'], contract_id: ['contracts', 'Contract'] });
		if (!existing && !el.client_id) errors.client_id = 'The Client field is required.';
		return errors;
	},
	beforeSave: (rec) => priceLines(rec),
	// evidence: billing.invoice-number
	afterSave(before, rec) {
		if (!rec.invoicenumber) rec.invoicenumber = `INV-${String(rec.id).padStart(5, '0')}`;
	},
	mirror: invoiceMirror,
	transform: hideListLines,
});
