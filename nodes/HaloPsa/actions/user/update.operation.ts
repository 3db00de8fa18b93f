import { additionalJsonField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { updateOperation } from '../common/crud';
import { userFieldRules, userFields } from './fields';

export const { description, execute } = updateOperation({
	record: RECORDS.user,
	updateFields: userFields('update'),
	properties: [additionalJsonField],
	rules: userFieldRules,
	notEmpty: { name: 'Name' },
});
