import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter, filtersProperty, includeInactiveFilter, siteFilter } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { clientSiteFilters, compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		clientFilter,
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
		siteFilter,
	]),
];

/** Halo has no email parameter: `search` narrows the list (it matches names and addresses). */
async function userQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		...(await clientSiteFilters(ctx, itemIndex, filters)),
		search: textFilter(emailFilter(ctx, itemIndex) || filters.search),
		includeinactive: onlyIfTrue(filters.includeInactive),
	});
}

function emailFilter(ctx: IExecuteFunctions, itemIndex: number): string {
	return String((ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject).email ?? '').trim();
}

/** With an email, only exact, case-insensitive address matches are kept (the Limit applies after that). */
function sameEmail(ctx: IExecuteFunctions, itemIndex: number) {
	const wanted = emailFilter(ctx, itemIndex).toLowerCase();
	return wanted
		? (row: IDataObject) =>
				String(row.emailaddress ?? '')
					.trim()
					.toLowerCase() === wanted
		: undefined;
}

export const { description, execute } = getManyOperation({
	records: RECORDS.user,
	paging: 'pages',
	properties,
	query: userQuery,
	rowFilter: sameEmail,
});

export const tool: ToolText = {
	notes: 'Search matches name or email address; use Email to find one person',
	needs: 'nothing; optionally search text, email or client (ID or exact name)',
	returns: 'a list of users (ID, name, email, client, site)',
};
