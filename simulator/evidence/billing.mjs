// Halo behaviours the simulator models for billing records (/Invoice, /RecurringInvoice), each with where it comes from.
export default [
	{
		id: 'billing.invoice-lists',
		behaviour:
			'GET /Invoice and GET /RecurringInvoice are wrapped as `invoices` and page (the production GET sweep behind EVIDENCE 11 got one row for page_size=1 on both)',
		source: 'EVIDENCE 7.4',
	},
	{
		id: 'billing.recurring-negative-ids',
		behaviour:
			'Recurring invoice ids are negative whole numbers (the seed gives -1, -2, …); GET /RecurringInvoice/-1 reads one',
		source: 'EVIDENCE 10.3',
	},
	{
		id: 'billing.list-lines',
		behaviour:
			'Invoice and recurring-invoice list rows carry `lines` only with includelines=true (a spec parameter); GET /Invoice/{id} always carries them',
		source: 'assumption',
	},
	{
		id: 'billing.line-totals',
		behaviour:
			'A saved invoice line gets net_amount = qty_order × unit_price (rounded to cents) and the invoice total is their sum, all numbers; tax is not modelled',
		source: 'assumption',
	},
	{
		id: 'billing.invoice-number',
		behaviour: 'A new invoice gets invoicenumber INV-<id, 5 digits>; amountdue = total − amountpaid',
		source: 'assumption',
	},
];
