import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';

// `includedetails=true` (sent by every Get) brings the invoice's `lines`.
export const { description, execute } = getOperation({ record: RECORDS.invoice, operation: 'get' });
