import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersProperty, includeInactiveFilter } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { toOptionalHaloId } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		includeInactiveFilter('clients'),
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the client name or reference',
		},
		{
			displayName: 'Top Level Name or ID',
			name: 'topLevelId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTopLevels' },
			default: '',
			description:
				'Only clients in this top level. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
];

function clientQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		search: textFilter(filters.search),
		toplevel_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Top Level', filters.topLevelId),
		includeinactive: onlyIfTrue(filters.includeInactive),
		order: 'name',
	});
}

export const { description, execute } = getManyOperation({
	records: RECORDS.client,
	paging: 'pages',
	properties,
	query: clientQuery,
});

export const tool: ToolText = {
	notes: 'Search matches the client name or reference; inactive clients are left out unless asked',
	needs: 'nothing; optionally search text',
	returns: 'a list of clients (ID, name, main site, reference)',
};
