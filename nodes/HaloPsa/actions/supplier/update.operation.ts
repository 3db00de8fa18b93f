import { additionalJsonField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { updateOperation } from '../common/crud';
import { supplierFieldRules, supplierFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = updateOperation({
	record: RECORDS.supplier,
	updateFields: supplierFields('update'),
	properties: [additionalJsonField],
	rules: supplierFieldRules,
	notEmpty: { name: 'Name' },
});

export const tool: ToolText = {
	needs: 'the supplier ID and the fields to change',
	returns: 'the updated supplier',
};
