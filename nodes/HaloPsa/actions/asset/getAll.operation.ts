import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter, filtersProperty, siteFilter } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
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
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
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
function assetQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		client_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Client', filters.clientId),
		site_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Site', filters.siteId),
		assettype_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Asset Type', filters.assetTypeId),
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
