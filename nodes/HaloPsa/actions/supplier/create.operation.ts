import { RECORDS } from '../../descriptions/records';
import { namedCreateOperation } from '../common/create';
import { supplierFieldRules, supplierFields } from './fields';

export const { description, execute } = namedCreateOperation({
	record: RECORDS.supplier,
	namePlaceholder: 'e.g. Ingram Micro',
	fields: supplierFields('create'),
	rules: supplierFieldRules,
});
