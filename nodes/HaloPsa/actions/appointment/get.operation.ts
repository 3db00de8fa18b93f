import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';

export const { description, execute } = getOperation({ record: RECORDS.appointment, operation: 'get' });
