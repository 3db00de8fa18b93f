import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

// `includedetails=true` (sent by every Get) brings the invoice's `lines`.
export const { description, execute } = getOperation({ record: RECORDS.invoice, operation: 'get' });

export const tool: ToolText = {
	needs: 'the invoice ID (a number)',
	returns: 'the invoice: number, client, dates, posted or not, lines (description, quantity, price, total) and totals',
};
