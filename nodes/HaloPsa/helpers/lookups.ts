import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { haloList } from '../transport/list';
import { cachedPromise, perProcessCache } from './cache';

/**
 * Halo lists read by name lookups (statuses, ticket types, a client search, ...), read at most once per
 * execution and node: resolving names for 500 items must not cost 500 extra requests. Keyed by execution
 * and node rather than by run, so a node that runs several times in one execution (a loop) reads each
 * list once.
 */
// Per process (entries of past executions are never used again); bound: 64 lists.
const lists = perProcessCache<Promise<IDataObject[]>>(64);

/**
 * One list, cached for the execution. Without `limit` it is read in one request (Halo's small lists do not
 * page); with one it is read with Halo's paging up to that many rows (large lists such as a client search).
 */
export async function cachedList(
	ctx: IExecuteFunctions,
	path: string,
	qs: IDataObject,
	itemIndex: number,
	limit?: number,
): Promise<IDataObject[]> {
	const key = `${ctx.getExecutionId()}|${ctx.getNode().id}|${path}|${JSON.stringify(qs)}|${limit ?? ''}`;
	return await cachedPromise(
		lists,
		key,
		async () => await haloList.call(ctx, { path, qs, paged: limit !== undefined, limit, itemIndex }),
	);
}
