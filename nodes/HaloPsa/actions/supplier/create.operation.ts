import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { requiredText } from '../../helpers/validate';
import { recordBody, saveAndOutput } from '../common/write';
import { supplierFieldRules, supplierFields } from './fields';

const properties: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', placeholder: 'e.g. Ingram Micro' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: supplierFields('create'),
	},
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['supplier'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const name = requiredText(this, itemIndex, 'name', 'Name');
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = await recordBody(this, itemIndex, { name }, fields, supplierFieldRules);
	return await saveAndOutput(this, itemIndex, RECORDS.supplier, body);
}
