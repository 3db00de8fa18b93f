import { RECORDS } from '../../descriptions/records';
import { namedCreateOperation } from '../common/create';
import { itemFieldRules, itemFields } from './fields';

export const { description, execute } = namedCreateOperation({
	record: RECORDS.item,
	namePlaceholder: 'e.g. Microsoft 365 Business Premium',
	fields: itemFields('create'),
	rules: itemFieldRules,
});
