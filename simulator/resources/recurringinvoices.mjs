// Recurring invoices (schema InvoiceHeader): the schedules that raise invoices. The node only reads them.
// evidence: billing.invoice-lists — wrapper `invoices`, paged
// evidence: billing.recurring-negative-ids — ids are negative (given by the seed)
import { defineResource } from '../collection.mjs';
import { hideListLines, invoiceListFilters, invoiceMirror } from './invoices.mjs';

export default defineResource({
	name: 'RecurringInvoice',
	collection: 'recurringinvoices',
	entity: 'Recurring invoice',
	schema: 'InvoiceHeader',
	wrapper: 'invoices',
	ops: ['list', 'get'],
	filters: invoiceListFilters,
	mirror: invoiceMirror,
	transform: hideListLines,
});
