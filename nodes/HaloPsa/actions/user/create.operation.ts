import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { clientLocator } from '../../descriptions/locators';
import { RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { lookupId } from '../../helpers/names';
import { inputError, textParameter } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { recordBody, saveAndOutput } from '../common/write';
import { userFieldRules, userFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Full name. Leave empty to have Halo build it from First Name and Surname (Additional Fields).',
	},
	{
		displayName: 'Email',
		name: 'emailaddress',
		type: 'string',
		default: '',
		placeholder: 'name@email.com',
	},
	{ ...clientLocator, description: 'The client (customer) the user works for' },
	{
		displayName: 'Site Name or ID',
		name: 'siteId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSites', loadOptionsDependsOn: ['clientId.value'] },
		default: '',
		description:
			'Lists the sites of the chosen client; empty = the client\'s main site. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: userFields('create'),
	},
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const name = textParameter(this, itemIndex, 'name');
	const hasParts = [fields.firstname, fields.surname].some((part) => String(part ?? '').trim() !== '');
	if (!name && !hasParts) {
		throw inputError(
			this,
			itemIndex,
			'Name',
			'is required: set Name, or First Name and/or Surname under Additional Fields',
		);
	}
	const clientId = await locatorId(this, itemIndex, RECORDS.client);
	let siteId = await lookupId(this, itemIndex, 'site', 'Site', this.getNodeParameter('siteId', itemIndex, ''), {
		clientId,
	});
	if (!siteId) {
		// A Halo user belongs to a site: without one, use the client's main site.
		const client = (await haloRequest.call(this, {
			method: 'GET',
			path: `${RECORDS.client.apiPath}/${clientId}`,
			itemIndex,
		})) as IDataObject;
		siteId = Number(client.main_site_id) > 0 ? Number(client.main_site_id) : undefined;
	}
	const base: IDataObject = { client_id: clientId };
	if (siteId) base.site_id = siteId;
	if (name) base.name = name;
	const email = textParameter(this, itemIndex, 'emailaddress');
	if (email) base.emailaddress = email;
	const body = await recordBody(this, itemIndex, base, fields, userFieldRules);
	return await saveAndOutput(this, itemIndex, RECORDS.user, body);
}

export const tool: ToolText = {
	notes: "A user is an end user (a client's contact), not an agent",
	needs: "the client (ID or exact name) and the user's name or email address; optionally site and phone",
	returns: 'the new user with its ID',
};
