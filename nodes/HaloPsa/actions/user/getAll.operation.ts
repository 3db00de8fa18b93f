import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { includeInactiveFilter } from '../../descriptions/common';
import { simplifyRecord } from '../../helpers/simplify';
import { toOptionalHaloId } from '../../helpers/validate';
import { haloList } from '../../transport/list';
import { compact, getManyOperation, listSettings } from '../common/crud';

const properties: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Client Name or ID',
				name: 'clientId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getClients' },
				default: '',
				description: 'Only the users of this client. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
				description: 'Only users with exactly this email address (not case-sensitive). Takes the place of Search.',
			},
			includeInactiveFilter('users'),
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Text to find in the name or email address',
			},
			{
				displayName: 'Site Name or ID',
				name: 'siteId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getSites', loadOptionsDependsOn: ['filters.clientId'] },
				default: '',
				description: 'Only the users of this site. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

function userQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		client_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Client', filters.clientId),
		site_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Site', filters.siteId),
		search: filters.search ? String(filters.search) : undefined,
		includeinactive: filters.includeInactive === true ? true : undefined,
	});
}

const list = getManyOperation({
	resource: 'user',
	operation: 'getAll',
	path: '/Users',
	properties,
	query: userQuery,
});

export const description = list.description;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const email = String(filters.email ?? '').trim();
	if (!email) return await list.execute.call(this, itemIndex);
	// Halo has no email parameter: `search` narrows the list (it matches names and addresses), then
	// only exact, case-insensitive address matches are kept. The Limit applies after that filter.
	const { limit, simplify } = listSettings(this, itemIndex);
	const rows = await haloList.call(this, {
		path: '/Users',
		qs: { ...userQuery(this, itemIndex), search: email },
		itemIndex,
	});
	const wanted = email.toLowerCase();
	const matches = rows.filter((row) => String(row.emailaddress ?? '').trim().toLowerCase() === wanted);
	return matches
		.slice(0, limit ?? matches.length)
		.map((row) => ({ json: simplify ? simplifyRecord('user', row) : row }));
}
