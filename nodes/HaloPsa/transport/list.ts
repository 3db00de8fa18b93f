import type { IDataObject } from 'n8n-workflow';

import { haloRequest, type HaloContext } from './request';

/** Halo returns at most 100 rows a page whatever page_size asks for (API-NOTES §3). */
export const HALO_PAGE_CAP = 100;
const DEFAULT_CONCURRENCY = 4;

export interface HaloListOptions {
	path: string;
	qs?: IDataObject;
	/** number of rows wanted; undefined = all (Return All) */
	limit?: number;
	itemIndex?: number;
	/** applied to each row as its page arrives, so raw pages are not kept alongside the results */
	mapRow?: (row: IDataObject) => IDataObject;
	/** pages fetched at once after the first page has told the total */
	concurrency?: number;
	/** false for endpoints without paging parameters (Actions, lookups): one request, `count` caps it */
	paged?: boolean;
}

interface Page {
	rows: IDataObject[];
	/** `record_count`: the total number of matches, when Halo sent one */
	total?: number;
	wrapped: boolean;
}

/**
 * Lists come wrapped (`{record_count, tickets: [...]}`) or as a bare array (lookups); which endpoints
 * wrap is not fully documented, so both shapes are accepted everywhere.
 */
export function readPage(body: unknown): Page {
	if (Array.isArray(body)) return { rows: body as IDataObject[], wrapped: false };
	if (!body || typeof body !== 'object') return { rows: [], wrapped: false };
	const obj = body as IDataObject;
	const rowsKey = Object.keys(obj).find(
		(key) => Array.isArray(obj[key]) && !['columns', 'columns_id', 'filters'].includes(key),
	);
	const total = Number(obj.record_count);
	return {
		rows: rowsKey ? (obj[rowsKey] as IDataObject[]) : [],
		total: Number.isFinite(total) ? total : undefined,
		wrapped: true,
	};
}

/**
 * Fetches a list with Halo's `pageinate` paging. The first page tells `record_count`; the remaining
 * pages are then fetched a few at a time: a new page starts as soon as one finishes (a sliding window,
 * not batches that wait for their slowest page), and rows are kept in page order. Stops when enough
 * rows are collected or a page comes back short or empty (so a wrong `record_count` cannot make it
 * loop), and never fetches a page a Limit does not need.
 */
export async function haloList(this: HaloContext, options: HaloListOptions): Promise<IDataObject[]> {
	const { limit, mapRow = (row: IDataObject) => row } = options;
	if (limit !== undefined && limit <= 0) return [];
	const fetchPage = async (qs: IDataObject) =>
		readPage(
			await haloRequest.call(this, {
				method: 'GET',
				path: options.path,
				qs: { ...options.qs, ...qs },
				itemIndex: options.itemIndex,
			}),
		);

	if (options.paged === false) {
		const page = await fetchPage(limit === undefined ? {} : { count: limit });
		return page.rows.slice(0, limit ?? page.rows.length).map(mapRow);
	}

	const askedSize = Math.min(HALO_PAGE_CAP, limit ?? HALO_PAGE_CAP);
	const first = await fetchPage({ pageinate: true, page_size: askedSize, page_no: 1 });
	const results = first.rows.map(mapRow);
	const wanted = Math.min(limit ?? Infinity, first.total ?? Infinity);
	// A bare array means the endpoint ignored paging and sent everything.
	if (!first.wrapped || first.rows.length === 0 || results.length >= wanted) {
		return results.slice(0, limit ?? results.length);
	}
	// Use the size Halo actually served, in case it capped the page below what was asked.
	const pageSize = Math.min(askedSize, first.rows.length);
	// Without a total the number of pages is unknown: one page at a time until a short page.
	const lastPage = Number.isFinite(wanted) ? Math.ceil(wanted / pageSize) : Infinity;
	const concurrency = Number.isFinite(lastPage) ? Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) : 1;

	// Pages that arrived before an earlier one wait here (rows already mapped, raw pages are dropped).
	const arrived = new Map<number, IDataObject[]>();
	let nextToFetch = 2;
	let nextToKeep = 2;
	/** the first page that came back short: later pages are not needed */
	let endPage = lastPage;
	let failure: { error: unknown } | undefined;
	const keepArrived = () => {
		while (arrived.has(nextToKeep) && nextToKeep <= endPage && results.length < wanted) {
			for (const row of arrived.get(nextToKeep)!) results.push(row);
			arrived.delete(nextToKeep++);
		}
	};
	const fetchPages = async () => {
		while (!failure && nextToFetch <= endPage && results.length < wanted) {
			const pageNo = nextToFetch++;
			let page: Page;
			try {
				page = await fetchPage({ pageinate: true, page_size: pageSize, page_no: pageNo });
			} catch (error) {
				// The other fetchers stop taking pages; the first error is raised once all have finished.
				failure ??= { error };
				return;
			}
			if (page.rows.length < pageSize) endPage = Math.min(endPage, pageNo);
			arrived.set(pageNo, page.rows.map(mapRow));
			keepArrived();
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, lastPage - 1) }, fetchPages));
	if (failure) throw failure.error;
	return limit === undefined ? results : results.slice(0, limit);
}
