import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';

// Recurring invoice ids are negative in Halo (EVIDENCE 10.3): the locator takes them as they are.
export const { description, execute } = getOperation({ record: RECORDS.recurringInvoice, operation: 'get' });
