import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { clientLocator } from '../../descriptions/locators';
import { locatorId } from '../../helpers/locator';
import { inputError } from '../../helpers/validate';
import { outputRecords } from '../common/crud';
import { recordBody, saveRecord } from '../common/write';
import { clientFieldRules, clientFields } from './fields';

const properties: INodeProperties[] = [
	clientLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: clientFields('update'),
	},
	customFieldsProperty('client'),
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await locatorId(this, itemIndex, 'clientId', 'Client', 'client');
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (fields.name !== undefined && String(fields.name).trim() === '') {
		throw inputError(this, itemIndex, 'Name', 'cannot be set to empty');
	}
	// Halo changes only the fields sent with the id.
	const body = await recordBody(this, itemIndex, { id }, fields, clientFieldRules, 'client');
	const client = await saveRecord(this, itemIndex, '/Client', body);
	return outputRecords(this, itemIndex, 'client', [client]);
}
