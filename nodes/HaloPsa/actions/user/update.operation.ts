import { additionalJsonField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { updateOperation } from '../common/crud';
import { userFieldRules, userFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = updateOperation({
	record: RECORDS.user,
	updateFields: userFields('update'),
	properties: [additionalJsonField],
	rules: userFieldRules,
	notEmpty: { name: 'Name' },
});

export const tool: ToolText = {
	needs: 'the user ID and the fields to change',
	returns: 'the updated user',
};
