import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter, filtersProperty, siteFilter } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { clientSiteFilters, compact, textFilter } from '../../helpers/query';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Active Only',
		name: 'activeOnly',
		type: 'boolean',
		default: true,
		description: 'Whether to return only contracts that are neither inactive nor past their end date',
	},
	filtersProperty([
		clientFilter,
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the contract reference',
		},
		siteFilter,
	]),
];

async function contractQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const activeOnly = ctx.getNodeParameter('activeOnly', itemIndex, true) as boolean;
	return compact({
		...(await clientSiteFilters(ctx, itemIndex, filters)),
		search: textFilter(filters.search),
		includeinactive: activeOnly ? undefined : true,
	});
}

/** Halo writes "no date" as a date in 1900 or earlier. */
function realDate(value: unknown): number | undefined {
	const time = Date.parse(String(value ?? ''));
	return Number.isFinite(time) && new Date(time).getUTCFullYear() > 1900 ? time : undefined;
}

/** Not inactive and not past its end date (Halo's `expired` flag when sent, else `end_date`). */
export function isActiveContract(row: IDataObject, now = Date.now()): boolean {
	if (row.inactive === true) return false;
	if (typeof row.expired === 'boolean') return !row.expired;
	const end = realDate(row.end_date);
	return end === undefined || end > now;
}

function activeContracts(ctx: IExecuteFunctions, itemIndex: number) {
	const activeOnly = ctx.getNodeParameter('activeOnly', itemIndex, true) as boolean;
	return activeOnly ? (row: IDataObject) => isActiveContract(row) : undefined;
}

// GET /ClientContract has `includeinactive` but no "active only" parameter, and what Halo lists without it
// is not documented: with Active Only every page is read and the active contracts are picked here, so the
// Limit counts active contracts only.
export const { description, execute } = getManyOperation({
	records: RECORDS.contract,
	paging: 'pages',
	properties,
	query: contractQuery,
	rowFilter: activeContracts,
});

export const tool: ToolText = {
	notes: 'Only active contracts unless Active Only is off; search matches the reference',
	needs: 'nothing; optionally a client or site (ID or exact name)',
	returns: 'a list of contracts (ID, reference, client, dates, status)',
};
