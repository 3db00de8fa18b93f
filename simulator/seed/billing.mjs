// Seeded billing (/RecurringInvoice, /Invoice), from the seeded contracts: the first four clients' current managed
// services contracts are billed by a monthly recurring invoice (negative ids, EVIDENCE 10.3) that raised last
// month's invoice (posted); Crestline Engineering and Pinecrest Legal have contracts but no recurring invoice, so
// their time is billed by nobody (the billing example finds it). Uses no PRNG: it changes no other seeded value.
import { DAY, iso } from './common.mjs';

// [client id, monthly price per user, users billed]
const RECURRING = [
	[1, 45, 9],
	[2, 45, 7],
	[3, 40, 5],
	[4, 45, 8],
];

export function seedBilling(store, anchor) {
	const put = (coll, rec) => store.coll(coll).insert(rec);
	const contracts = store.coll('contracts').all();
	const current = (clientId) =>
		contracts.find((c) => c.client_id === clientId && !c.inactive && Date.parse(c.end_date) > anchor.getTime());
	const firstOfMonth = (offset) => Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + offset, 1);
	RECURRING.forEach(([clientId, price, users], index) => {
		const contract = current(clientId);
		const lines = [
			{ id: 1, item_shortdescription: 'Managed services (per user)', qty_order: users, unit_price: price },
		];
		const total = users * price;
		const recurring = put('recurringinvoices', {
			id: -(index + 1),
			client_id: clientId,
			contract_id: contract?.id ?? null,
			reference: `${contract?.ref ?? 'MSA'} monthly`,
			startdate: iso(firstOfMonth(-6)),
			enddate: contract?.end_date ?? null,
			nextcreationdate: iso(firstOfMonth(1)),
			is_recurring_invoice: true,
			lines,
			total,
		});
		put('invoices', {
			client_id: clientId,
			contract_id: recurring.contract_id,
			ticket_id: null,
			recurring_invoice_id: recurring.id,
			reference: recurring.reference,
			invoicenumber: '',
			invoice_date: iso(firstOfMonth(0)),
			duedate: iso(firstOfMonth(0) + 30 * DAY),
			posted: true,
			dateposted: iso(firstOfMonth(0) + DAY),
			amountpaid: clientId === 1 ? total : 0,
			lines: lines.map((line) => ({ ...line, net_amount: line.qty_order * line.unit_price })),
			total,
		});
	});
	// one ad-hoc invoice, not posted yet: a project day for Northwind
	put('invoices', {
		client_id: 3,
		contract_id: null,
		ticket_id: null,
		recurring_invoice_id: null,
		reference: 'Server migration (project day)',
		invoicenumber: '',
		invoice_date: iso(anchor.getTime() - 3 * DAY),
		duedate: iso(anchor.getTime() + 27 * DAY),
		posted: false,
		dateposted: null,
		amountpaid: 0,
		lines: [
			{ id: 1, item_shortdescription: 'Project engineer (day)', qty_order: 1, unit_price: 650, net_amount: 650 },
			{ id: 2, item_shortdescription: 'Travel', qty_order: 1, unit_price: 45.5, net_amount: 45.5 },
		],
		total: 695.5,
	});
	for (const invoice of store.coll('invoices').all())
		if (!invoice.invoicenumber) invoice.invoicenumber = `INV-${String(invoice.id).padStart(5, '0')}`;
}
