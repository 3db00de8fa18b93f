import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { clientLocator } from '../../descriptions/locators';
import { RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { requiredText } from '../../helpers/validate';
import { addressBody, addressProperty } from '../common/address';
import { recordBody, saveAndOutput } from '../common/write';
import { siteFieldRules, siteFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
	},
	{ ...clientLocator, description: 'The client the site belongs to' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: siteFields('create'),
	},
	addressProperty('deliveryAddress', 'Address', "The site's (delivery) address"),
	customFieldsProperty('site'),
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['site'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const name = requiredText(this, itemIndex, 'name', 'Name');
	const clientId = await locatorId(this, itemIndex, RECORDS.client);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const base: IDataObject = { name, client_id: clientId };
	const address = addressBody(this.getNodeParameter('deliveryAddress', itemIndex, {}));
	if (address) base.delivery_address = address;
	const body = await recordBody(this, itemIndex, base, fields, siteFieldRules, 'site');
	return await saveAndOutput(this, itemIndex, RECORDS.site, body);
}

export const tool: ToolText = {
	notes: 'A site is a location of a client',
	needs: 'the site name and the client (ID or exact name); optionally address and phone',
	returns: 'the new site with its ID',
};
