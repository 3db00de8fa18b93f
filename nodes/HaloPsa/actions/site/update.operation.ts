import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { additionalJsonField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { RECORDS } from '../../descriptions/records';
import { haloRequest } from '../../transport/request';
import { addressBody, addressProperty, mergeAddress } from '../common/address';
import { updateOperation } from '../common/crud';
import { siteFieldRules, siteFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

/** The address is one object in Halo: the current one is read so that the lines left out are kept. */
async function deliveryAddress(ctx: IExecuteFunctions, itemIndex: number, id: number): Promise<IDataObject> {
	const changes = addressBody(ctx.getNodeParameter('deliveryAddress', itemIndex, {}));
	if (!changes) return {};
	const site = (await haloRequest.call(ctx, {
		method: 'GET',
		path: `${RECORDS.site.apiPath}/${id}`,
		itemIndex,
	})) as IDataObject;
	return { delivery_address: mergeAddress(site.delivery_address, changes) };
}

export const { description, execute } = updateOperation({
	record: RECORDS.site,
	updateFields: siteFields('update'),
	properties: [
		addressProperty(
			'deliveryAddress',
			'Address',
			'Address lines to change; the lines you leave out keep their current value',
		),
		customFieldsProperty('site'),
		additionalJsonField,
	],
	rules: siteFieldRules,
	notEmpty: { name: 'Name' },
	base: deliveryAddress,
});

export const tool: ToolText = {
	needs: 'the site ID and the fields to change',
	returns: 'the updated site',
};
