import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { clientLocator } from '../../descriptions/locators';
import { RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { lookupId } from '../../helpers/names';
import { inputError } from '../../helpers/validate';
import { recordBody, saveAndOutput } from '../common/write';
import { assetFieldRules, assetFields, assetTypeField } from './fields';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	assetTypeField,
	{ ...clientLocator, description: 'The client (customer) the asset belongs to' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: assetFields(false),
	},
	customFieldsProperty('asset'),
	{
		...additionalJsonField,
		description:
			'Any other Halo fields as a JSON object, merged last (they win over the fields above), e.g. the asset type\'s fields: {"fields": [{"id": 2, "value": "SN-123"}]}',
	},
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['asset'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const assettypeId = await lookupId(
		this,
		itemIndex,
		'assetType',
		'Asset Type',
		this.getNodeParameter('assetTypeId', itemIndex),
	);
	if (!assettypeId) throw inputError(this, itemIndex, 'Asset Type', 'is required');
	const clientId = await locatorId(this, itemIndex, RECORDS.client);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = await recordBody(
		this,
		itemIndex,
		{ assettype_id: assettypeId, client_id: clientId },
		fields,
		assetFieldRules,
		'asset',
	);
	return await saveAndOutput(this, itemIndex, RECORDS.asset, body);
}

export const tool: ToolText = {
	needs: 'the asset type and the client (each an ID or exact name); optionally site, tag, key fields and notes',
	returns: 'the new asset with its ID',
};
