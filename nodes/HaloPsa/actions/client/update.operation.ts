import { additionalJsonField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { RECORDS } from '../../descriptions/records';
import { updateOperation } from '../common/crud';
import { clientFieldRules, clientFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = updateOperation({
	record: RECORDS.client,
	updateFields: clientFields('update'),
	properties: [customFieldsProperty('client'), additionalJsonField],
	rules: clientFieldRules,
	notEmpty: { name: 'Name' },
});

export const tool: ToolText = {
	needs: 'the client ID and the fields to change',
	returns: 'the updated client',
};
