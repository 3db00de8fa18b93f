import { filtersProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { getManyOperation } from '../common/crud';
import { includeLinesField, invoiceFilters, invoiceQuery } from '../invoice/listQuery';
import type { ToolText } from '../../descriptions/tool';

// GET /RecurringInvoice pages (one row for page_size=1 in the production sweep) and is wrapped as `invoices`.
export const { description, execute } = getManyOperation({
	records: RECORDS.recurringInvoice,
	paging: 'pages',
	properties: [includeLinesField, filtersProperty(invoiceFilters('recurring invoices'))],
	query: invoiceQuery,
});

export const tool: ToolText = {
	notes: 'Recurring invoices bill a client or contract on a schedule',
	needs: 'nothing; optionally client, contract, search text, Include Lines and a Limit',
	returns: 'a list of recurring invoices (negative ID, client, contract, schedule)',
};
