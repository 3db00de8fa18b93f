import { additionalJsonField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { updateOperation } from '../common/crud';
import { itemFieldRules, itemFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute, executeBatch } = updateOperation({
	record: RECORDS.item,
	updateFields: itemFields('update'),
	properties: [additionalJsonField],
	rules: itemFieldRules,
	notEmpty: { name: 'Name' },
	batch: { plural: 'item updates', matchField: 'id' },
});

export const tool: ToolText = {
	needs: 'the item ID and the fields to change (e.g. prices)',
	returns: 'the updated item',
};
