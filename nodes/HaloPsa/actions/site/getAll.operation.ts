import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter, filtersProperty, includeInactiveFilter } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { lookupId } from '../../helpers/names';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		clientFilter,
		includeInactiveFilter('sites'),
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the site name',
		},
	]),
];

async function siteQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		client_id: await lookupId(ctx, itemIndex, 'client', 'Filters → Client', filters.clientId),
		search: textFilter(filters.search),
		includeinactive: onlyIfTrue(filters.includeInactive),
	});
}

export const { description, execute } = getManyOperation({
	records: RECORDS.site,
	paging: 'pages',
	properties,
	query: siteQuery,
});

export const tool: ToolText = {
	notes: 'Search matches the site name',
	needs: 'nothing; optionally a client (ID or exact name) or search text',
	returns: 'a list of sites (ID, name, client)',
};
