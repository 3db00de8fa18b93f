import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { siteLocator } from '../../descriptions/locators';
import { locatorId } from '../../helpers/locator';
import { inputError } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { outputRecords } from '../common/crud';
import { recordBody, saveRecord } from '../common/write';
import { addressBody, addressProperty, mergeAddress } from './address';
import { siteFieldRules, siteFields } from './fields';

const properties: INodeProperties[] = [
	siteLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: siteFields('update'),
	},
	addressProperty('deliveryAddress', 'Address', 'Address lines to change; the lines you leave out keep their current value'),
	customFieldsProperty('site'),
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['site'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await locatorId(this, itemIndex, 'siteId', 'Site', 'site');
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (fields.name !== undefined && String(fields.name).trim() === '') {
		throw inputError(this, itemIndex, 'Name', 'cannot be set to empty');
	}
	const base: IDataObject = { id };
	const changes = addressBody(this.getNodeParameter('deliveryAddress', itemIndex, {}));
	if (changes) {
		// The address is one object in Halo: read the current one so that unchanged lines are kept.
		const site = (await haloRequest.call(this, { method: 'GET', path: `/Site/${id}`, itemIndex })) as IDataObject;
		base.delivery_address = mergeAddress(site.delivery_address, changes);
	}
	const body = await recordBody(this, itemIndex, base, fields, siteFieldRules, 'site');
	const site = await saveRecord(this, itemIndex, '/Site', body);
	return outputRecords(this, itemIndex, 'site', [site]);
}
