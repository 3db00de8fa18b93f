// Invoices (schema InvoiceHeader). Wrapper `invoices`, paged (evidence: billing.invoice-lists). Lines are `lines[]`;
// money is numbers. List rows carry their lines only with includelines=true.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue } from '../paging.mjs';
import { checkRefs, iso, nameOf } from '../util.mjs';

export const cents = (value) => Math.round(value * 100) / 100;

/**
 * Prices a billed document's lines and totals it. `fields` names the line fields of its kind: quantity, unit price,
 * the optional discount percentage and the line total; `lineDefaults` adds fields a line gets unless it has them.
 */
export function priceDocumentLines(rec, { quantity, price, discount, lineTotal }, lineDefaults = () => ({})) {
	rec.lines = (rec.lines ?? []).map((line, index) => {
		const qty = Number(line[quantity] ?? 1);
		const unit = Number(line[price] ?? 0);
		const off = discount ? Number(line[discount] ?? 0) : 0;
		return {
			id: line.id || index + 1,
			...lineDefaults(index),
			...line,
			[quantity]: qty,
			[price]: unit,
			[lineTotal]: cents(qty * unit * (1 - off / 100)),
		};
	});
	rec.total = cents(rec.lines.reduce((sum, line) => sum + line[lineTotal], 0));
}

// evidence: billing.line-totals — what the line bills: quantity × unit price, rounded to cents
/** Prices the lines and totals the invoice. */
export const priceLines = (rec) =>
	priceDocumentLines(rec, { quantity: 'qty_order', price: 'unit_price', lineTotal: 'net_amount' });

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
	amountdue: cents((rec.total ?? 0) - (rec.amountpaid ?? 0)),
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
