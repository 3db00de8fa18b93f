import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

// Recurring invoice ids are negative in Halo (EVIDENCE 10.3): the locator takes them as they are.
export const { description, execute } = getOperation({ record: RECORDS.recurringInvoice, operation: 'get' });

export const tool: ToolText = {
	needs: 'the recurring invoice ID (a whole number; Halo gives these negative IDs, e.g. -12)',
	returns: 'the recurring invoice: client, contract, schedule, next date and lines',
};
