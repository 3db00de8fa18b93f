import { filtersProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { getManyOperation } from '../common/crud';
import { includeLinesField, invoiceFilters, invoiceQuery } from '../invoice/listQuery';

// GET /RecurringInvoice pages (one row for page_size=1 in the production sweep) and is wrapped as `invoices`.
export const { description, execute } = getManyOperation({
	records: RECORDS.recurringInvoice,
	paging: 'pages',
	properties: [includeLinesField, filtersProperty(invoiceFilters('recurring invoices'))],
	query: invoiceQuery,
});
