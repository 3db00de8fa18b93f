import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { userLocator } from '../../descriptions/locators';
import { locatorId } from '../../helpers/locator';
import { inputError } from '../../helpers/validate';
import { outputRecords } from '../common/crud';
import { recordBody, saveRecord } from '../common/write';
import { userFieldRules, userFields } from './fields';

const properties: INodeProperties[] = [
	userLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: userFields('update'),
	},
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await locatorId(this, itemIndex, 'userId', 'User', 'user');
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (fields.name !== undefined && String(fields.name).trim() === '') {
		throw inputError(this, itemIndex, 'Name', 'cannot be set to empty');
	}
	// Halo changes only the fields sent with the id.
	const body = await recordBody(this, itemIndex, { id }, fields, userFieldRules);
	const user = await saveRecord(this, itemIndex, '/Users', body);
	return outputRecords(this, itemIndex, 'user', [user]);
}
