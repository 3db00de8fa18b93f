import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { simplifyRecord } from '../../helpers/simplify';
import { toOptionalHaloId } from '../../helpers/validate';
import { haloList } from '../../transport/list';
import { compact, getManyOperation, listSettings } from '../common/crud';

const properties: INodeProperties[] = [
	{
		displayName: 'Active Only',
		name: 'activeOnly',
		type: 'boolean',
		default: true,
		description: 'Whether to return only contracts that are neither inactive nor past their end date',
	},
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
				description: 'Only the contracts of this client. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Text to find in the contract reference',
			},
			{
				displayName: 'Site Name or ID',
				name: 'siteId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getSites', loadOptionsDependsOn: ['filters.clientId'] },
				default: '',
				description: 'Only the contracts of this site. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

function contractQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const activeOnly = ctx.getNodeParameter('activeOnly', itemIndex, true) as boolean;
	return compact({
		client_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Client', filters.clientId),
		site_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Site', filters.siteId),
		search: filters.search ? String(filters.search) : undefined,
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

const list = getManyOperation({
	resource: 'contract',
	operation: 'getAll',
	path: '/ClientContract',
	properties,
	query: contractQuery,
});

export const description = list.description;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const activeOnly = this.getNodeParameter('activeOnly', itemIndex, true) as boolean;
	if (!activeOnly) return await list.execute.call(this, itemIndex);
	// GET /ClientContract has `includeinactive` but no "active only" parameter, and what Halo lists
	// without it is not documented: every page is read and the active contracts are picked here, so
	// the Limit counts active contracts only.
	const { limit, simplify } = listSettings(this, itemIndex);
	const rows = await haloList.call(this, { path: '/ClientContract', qs: contractQuery(this, itemIndex), itemIndex });
	const active = rows.filter((row) => isActiveContract(row));
	return active
		.slice(0, limit ?? active.length)
		.map((row) => ({ json: simplify ? simplifyRecord('contract', row) : row }));
}
