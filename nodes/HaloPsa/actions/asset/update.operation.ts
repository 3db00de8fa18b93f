import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { assetLocator } from '../../descriptions/locators';
import { mergeAssetFields } from '../../helpers/assets';
import { locatorId } from '../../helpers/locator';
import { haloRequest } from '../../transport/request';
import { outputRecords } from '../common/crud';
import { recordBody, saveRecord } from '../common/write';
import { assetFieldRules, assetFields } from './fields';

const properties: INodeProperties[] = [
	assetLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: assetFields(true),
	},
	customFieldsProperty('asset'),
	{
		...additionalJsonField,
		description:
			'Any other Halo fields as a JSON object, merged last (they win over the fields above), e.g. the asset type\'s fields: {"fields": [{"id": 2, "value": "SN-123"}]} — merged into the asset\'s current fields, the others are kept',
	},
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['asset'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await locatorId(this, itemIndex, 'assetId', 'Asset', 'asset');
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	// Halo updates only the fields sent alongside the id; everything else on the asset is kept.
	const body = await recordBody(this, itemIndex, { id }, fields, assetFieldRules, 'asset');
	if (Array.isArray(body.fields)) {
		// Halo replaces the whole fields array (EVIDENCE 6.2): read the asset once and send every field.
		const current = (await haloRequest.call(this, { method: 'GET', path: `/Asset/${id}`, qs: { includedetails: true }, itemIndex })) as IDataObject;
		body.fields = mergeAssetFields(current.fields, body.fields);
	}
	const asset = await saveRecord(this, itemIndex, '/Asset', body);
	return outputRecords(this, itemIndex, 'asset', [asset]);
}
