import { RECORDS } from '../../descriptions/records';
import { deleteOperation } from '../common/crud';

export const { description, execute } = deleteOperation({ record: RECORDS.appointment, operation: 'delete' });
