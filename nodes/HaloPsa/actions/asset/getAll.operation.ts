import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter, filtersProperty, siteFilter } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { lookupId } from '../../helpers/names';
import { clientSiteFilters, compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { toOptionalHaloId } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		{
			displayName: 'Asset Type Name or ID',
			name: 'assetTypeId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAssetTypes' },
			default: '',
			description:
				'ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		clientFilter,
		{
			displayName: 'Include Inactive',
			name: 'includeInactive',
			type: 'boolean',
			default: false,
			description: 'Whether to include retired (inactive) assets',
		},
		{
			displayName: 'Inventory Number (Asset Tag)',
			name: 'inventoryNumber',
			type: 'string',
			default: '',
			description: 'Only the asset with exactly this asset tag',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the asset tag, key fields, user name or notes',
		},
		siteFilter,
		{
			displayName: 'Ticket ID',
			name: 'ticketId',
			type: 'string',
			default: '',
			description: 'Only the assets linked to this ticket',
		},
		{
			displayName: 'User Name',
			name: 'username',
			type: 'string',
			default: '',
			description: 'Only the assets of this user (the name shown on the asset in Halo)',
		},
	]),
];

/** Translates the filter collection into Halo's query parameters. */
async function assetQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		...(await clientSiteFilters(ctx, itemIndex, filters)),
		assettype_id: await lookupId(ctx, itemIndex, 'assetType', 'Filters → Asset Type', filters.assetTypeId),
		ticket_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Ticket ID', filters.ticketId),
		search: textFilter(filters.search),
		inventory_number: filters.inventoryNumber ? String(filters.inventoryNumber).trim() : undefined,
		includeinactive: onlyIfTrue(filters.includeInactive),
		username: filters.username ? String(filters.username).trim() : undefined,
	});
}

export const { description, execute } = getManyOperation({
	records: RECORDS.asset,
	paging: 'pages',
	properties,
	query: assetQuery,
});

export const tool: ToolText = {
	notes: 'Search matches the asset tag, key fields, user name or notes',
	needs: 'nothing; optionally search text, client, site, type or ticket',
	returns: 'a list of assets (ID, tag, type, client, site, user)',
};
