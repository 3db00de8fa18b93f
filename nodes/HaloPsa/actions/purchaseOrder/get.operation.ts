import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

// `includedetails=true` (sent by every Get) brings the purchase order's `lines`.
export const { description, execute } = getOperation({ record: RECORDS.purchaseOrder, operation: 'get' });

export const tool: ToolText = {
	needs: 'the purchase order ID (a number)',
	returns: 'the purchase order: reference, supplier, client, status, dates, total and lines',
};
