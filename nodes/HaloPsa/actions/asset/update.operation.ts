import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { additionalJsonField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { RECORDS } from '../../descriptions/records';
import { mergeAssetFields } from '../../helpers/assets';
import { haloRequest } from '../../transport/request';
import { updateOperation } from '../common/crud';
import { assetFieldRules, assetFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

/** Halo replaces the whole fields array (EVIDENCE 6.2): the asset is read once and every field is sent. */
async function mergeCurrentFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	id: number,
	body: IDataObject,
): Promise<void> {
	if (!Array.isArray(body.fields)) return;
	const path = `${RECORDS.asset.apiPath}/${id}`;
	const current = (await haloRequest.call(ctx, {
		method: 'GET',
		path,
		qs: { includedetails: true },
		itemIndex,
	})) as IDataObject;
	body.fields = mergeAssetFields(current.fields, body.fields);
}

export const { description, execute } = updateOperation({
	record: RECORDS.asset,
	updateFields: assetFields(true),
	properties: [
		customFieldsProperty('asset'),
		{
			...additionalJsonField,
			description:
				'Any other Halo fields as a JSON object, merged last (they win over the fields above), e.g. the asset type\'s fields: {"fields": [{"id": 2, "value": "SN-123"}]} — merged into the asset\'s current fields, the others are kept',
		},
	],
	rules: assetFieldRules,
	finish: mergeCurrentFields,
});

export const tool: ToolText = {
	needs: 'the asset ID and the fields to change',
	returns: 'the updated asset',
};
