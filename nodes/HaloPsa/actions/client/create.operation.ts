import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { RECORDS } from '../../descriptions/records';
import { requiredText, toHaloId } from '../../helpers/validate';
import { addressBody, addressProperty } from '../common/address';
import { recordBody, saveAndOutput } from '../common/write';
import { clientFieldRules, clientFields, topLevelField } from './fields';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The client (customer) name; Halo refuses a name another client already has',
	},
	{ ...topLevelField, required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: clientFields('create'),
	},
	addressProperty('mainSiteAddress', 'Main Site Address', 'Delivery address of the site Halo creates with the client'),
	customFieldsProperty('client'),
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const name = requiredText(this, itemIndex, 'name', 'Name');
	const topLevelId = toHaloId(this, itemIndex, 'Top Level', this.getNodeParameter('toplevel_id', itemIndex, ''));
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	// Halo creates the client's main site (and a first user when a contact is given) in the same call.
	const base: IDataObject = { name, toplevel_id: topLevelId };
	const address = addressBody(this.getNodeParameter('mainSiteAddress', itemIndex, {}));
	if (address) base.newclient_delivery_address = address;
	const body = await recordBody(this, itemIndex, base, fields, clientFieldRules, 'client');
	return await saveAndOutput(this, itemIndex, RECORDS.client, body);
}

export const tool: ToolText = {
	notes: 'A client is a customer company of the MSP',
	needs: 'the client name and its top level ID; optionally main site and first contact',
	returns: 'the new client with its ID',
};
