import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { includeInactiveFilter } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { toOptionalHaloId } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';

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
				description: 'Only the sites of this client. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			includeInactiveFilter('sites'),
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Text to find in the site name',
			},
		],
	},
];

function siteQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		client_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Client', filters.clientId),
		search: textFilter(filters.search),
		includeinactive: onlyIfTrue(filters.includeInactive),
	});
}

export const { description, execute } = getManyOperation({ records: RECORDS.site, paging: 'pages', properties, query: siteQuery });
