import { additionalJsonField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { updateOperation } from '../common/crud';
import { supplierFieldRules, supplierFields } from './fields';

export const { description, execute } = updateOperation({
	record: RECORDS.supplier,
	updateFields: supplierFields('update'),
	properties: [additionalJsonField],
	rules: supplierFieldRules,
	notEmpty: { name: 'Name' },
});
