import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

// `includedetails=true` (sent by every Get) brings the quote's `lines`.
export const { description, execute } = getOperation({ record: RECORDS.quote, operation: 'get' });

export const tool: ToolText = {
	needs: 'the quote ID (a number)',
	returns: 'the quote: title, client, status, dates, total and lines',
};
