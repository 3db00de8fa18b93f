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
	{
		id: 'billing.report-nonbilltime',
		behaviour:
			"Report SQL sees an action's non-billable hours as ACTIONS.nonbilltime, beside timetaken (the billing example reads both)",
		source: 'EVIDENCE 11.11',
	},
	{
		id: 'billing.item-list',
		behaviour:
			'GET /Item is wrapped as `items` and pages (one row for page_size=1 in the production GET sweep behind EVIDENCE 11)',
		source: 'EVIDENCE 11.23',
	},
	{
		id: 'billing.asset-group-list',
		behaviour:
			'GET /AssetGroup (the groups of asset types and items) is a bare array of every group, whatever the paging parameters (13 rows for page_size=1 in the production sweep)',
		source: 'EVIDENCE 11.23',
	},
	{
		id: 'billing.item-inactive',
		behaviour:
			"Items can be inactive and are listed only with includeinactive=true (a spec parameter; the spec's Item has no inactive field and the production row showed none)",
		source: 'assumption',
	},
	{
		id: 'billing.supplier-list',
		behaviour:
			'GET /Supplier is wrapped as `suppliers` and pages; rows carry contact_name, email_address, phone_number, website, inactive, toplevel_id/name (the production GET sweep behind EVIDENCE 11 showed one row of these keys for page_size=1)',
		source: 'EVIDENCE 11.23',
	},
	{
		id: 'billing.purchase-order-list',
		behaviour:
			'GET /PurchaseOrder is wrapped as `purchaseorders` and pages (one row for page_size=1 in the production GET sweep behind EVIDENCE 11); rows carry client_name, approval_status, date, est_delivery_date among their keys',
		source: 'EVIDENCE 7.4',
	},
	{
		id: 'billing.purchase-order-lines',
		behaviour:
			'Purchase order list rows leave `lines` out (the spec gives the list no includelines); GET /PurchaseOrder/{id} carries `lines[]` (SupplierOrderDetail: name, baseprice, quantity_received, net_total), money as numbers',
		source: 'assumption',
	},
	{
		id: 'billing.purchase-order-closed',
		behaviour:
			'open=true / closed=true (spec parameters) split purchase orders on their status; the simulator treats status 4 as closed (which statuses Halo counts as closed is not evidenced)',
		source: 'assumption',
	},
	{
		id: 'billing.quote-list',
		behaviour:
			'GET /Quotation is wrapped as `quotes` and pages (one row for page_size=1 in the production GET sweep behind EVIDENCE 11); rows carry client_id, client_name, agent_id, approvalstate, date among their keys',
		source: 'EVIDENCE 7.4',
	},
	{
		id: 'billing.quote-lines',
		behaviour:
			'Quote list rows carry `lines` only with includelines=true (a spec parameter); GET /Quotation/{id} carries `lines[]` (QuotationDetail names: name, current_quantity, baseprice, net_total), money as numbers; which line fields Halo fills is not evidenced',
		source: 'assumption',
	},
	{
		id: 'billing.quote-closed',
		behaviour:
			'open=true / closed=true (spec parameters) split quotes on their status; the simulator treats status 3 as closed (which statuses Halo counts as closed is not evidenced); quote_status takes comma-separated status ids',
		source: 'assumption',
	},
	{
		id: 'billing.quote-create',
		behaviour:
			"POST /Quotation (the spec: an array of QuotationHeader) creates a quote for a client (client_id required) with its lines[]; a line's quantity is current_quantity and its unit price baseprice, the only such fields the spec's QuotationDetail declares (three copies agree: the March 2025 one and two from September 2025; none shows a plain quantity or unit price, and no live capture was found), net_total = current_quantity × baseprice less discount_perc, the quote total their sum; status 1 and today's date unless given. Which line fields a live Halo prices a new line from is not verified",
		source: 'assumption',
	},
];
