import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { haloList } from '../transport/list';

/**
 * Assets whose hostname matches exactly. Halo has no hostname filter: `search` narrows the list
 * server-side, then the asset tag (`inventory_number`) and key fields are compared case-insensitively.
 */
export async function assetsByHostname(
	ctx: IExecuteFunctions,
	itemIndex: number,
	hostname: string,
	clientId?: number,
): Promise<IDataObject[]> {
	const wanted = hostname.trim().toLowerCase();
	const qs: IDataObject = { search: hostname.trim() };
	if (clientId) qs.client_id = clientId;
	const candidates = await haloList.call(ctx, { path: '/Asset', qs, itemIndex });
	return candidates.filter((asset) =>
		['inventory_number', 'key_field', 'key_field2', 'key_field3'].some(
			(field) => String(asset[field] ?? '').trim().toLowerCase() === wanted,
		),
	);
}
