import type { IDataObject } from 'n8n-workflow';

import { haloTransportError } from './errors';
import { haloRequest, type HaloContext } from './request';

/** Halo returns at most 100 rows a page whatever page_size asks for (EVIDENCE 7.2). */
export const HALO_PAGE_CAP = 100;
const DEFAULT_CONCURRENCY = 4;
/**
 * Return All stops with an error past this many pages (1,000,000 rows at 100 a page): a list that long
 * is a wrong filter or an endpoint that ignores paging. The largest real list reported is ~137k tickets
 * (EVIDENCE 7.6).
 */
export const MAX_PAGES = 10_000;

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

/** What identifies a page's rows, to notice Halo sending the same page again (EVIDENCE 7.5). */
function pageSignature(rows: IDataObject[]): string {
	const ids = rows.map((row) => row.id);
	// Some lists show id 0 on every row (EVIDENCE 7.5, TimesheetEvent): then the rows themselves are compared.
	return ids.every((id) => id !== undefined && id !== null && id !== 0 && id !== '')
		? `ids:${ids.join(',')}`
		: `rows:${JSON.stringify(rows)}`;
}

/**
 * Fetches a list with Halo's `pageinate` paging. The first page tells `record_count`; the remaining
 * pages are then fetched a few at a time: a new page starts as soon as one finishes (a sliding window,
 * not batches that wait for their slowest page), and rows are kept in page order. Never fetches a page a
 * Limit does not need. It cannot loop without end:
 * - it stops at the total, at the first short or empty page, and after MAX_PAGES pages (an error);
 * - a page with more rows than asked means the endpoint ignores paging: an error, as the rest is unknown;
 * - a list that ends (short or empty page) below the total Halo reported is an error: rows were lost;
 * - page 2 equal to page 1 means the same (an error); without a total, a later page equal to the one
 *   before is Halo repeating its last page past the end (EVIDENCE 7.5): the list ends there, the repeat
 *   is dropped. Within a known total a repeated page is an error (rows would be missing).
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
	const pagingFailure = (problem: string) =>
		haloTransportError(
			this.getNode(),
			`Halo's list ${options.path} ${problem}. Stopped so as not to loop without end or return part of the list; narrow the filters or use Limit.`,
			{ method: 'GET', path: options.path, itemIndex: options.itemIndex },
		);

	if (options.paged === false) {
		const page = await fetchPage(limit === undefined ? {} : { count: limit });
		return page.rows.slice(0, limit ?? page.rows.length).map(mapRow);
	}

	const askedSize = Math.min(HALO_PAGE_CAP, limit ?? HALO_PAGE_CAP);
	const first = await fetchPage({ pageinate: true, page_size: askedSize, page_no: 1 });
	const results = first.rows.map(mapRow);
	const wanted = Math.min(limit ?? Infinity, first.total ?? Infinity);
	// Halo said how many rows match; a list that ends short of that has lost rows (a cut reply, rows
	// deleted under the paging), so it is an error rather than a quietly shorter list.
	const endedShort = () =>
		haloTransportError(
			this.getNode(),
			`Halo's list ${options.path} reported ${first.total} matches but its pages held only ${results.length} rows, so part of the list is missing (a reply cut off, or records deleted while paging). Run it again.`,
			{ method: 'GET', path: options.path, itemIndex: options.itemIndex },
		);
	if (first.total !== undefined && first.rows.length === 0 && wanted > 0) throw endedShort();
	// A bare array means the endpoint ignored paging and sent everything.
	if (!first.wrapped || first.rows.length === 0 || results.length >= wanted) {
		return results.slice(0, limit ?? results.length);
	}
	if (first.rows.length > askedSize) {
		throw pagingFailure(`ignores paging: page 1 has ${first.rows.length} rows though ${askedSize} were asked for`);
	}
	// Use the size Halo actually served, in case it capped the page below what was asked.
	const pageSize = Math.min(askedSize, first.rows.length);
	// Without a total the number of pages is unknown: one page at a time until a short page.
	const lastPage = Number.isFinite(wanted) ? Math.ceil(wanted / pageSize) : Infinity;
	if (Number.isFinite(lastPage) && lastPage > MAX_PAGES) {
		throw pagingFailure(
			`reports ${first.total} matches (${lastPage} pages), more than Return All fetches (${MAX_PAGES} pages)`,
		);
	}
	const concurrency = Number.isFinite(lastPage) ? Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) : 1;

	// Pages that arrived before an earlier one wait here (rows already mapped, raw pages are dropped).
	const arrived = new Map<number, { rows: IDataObject[]; signature: string }>();
	let nextToFetch = 2;
	let nextToKeep = 2;
	let previousSignature = pageSignature(first.rows);
	/** the first page that came back short or repeated: later pages are not needed */
	let endPage = lastPage;
	let failure: { error: unknown } | undefined;
	const keepArrived = () => {
		while (arrived.has(nextToKeep) && nextToKeep <= endPage && results.length < wanted) {
			const page = arrived.get(nextToKeep)!;
			arrived.delete(nextToKeep);
			if (page.signature === previousSignature) {
				if (nextToKeep === 2) throw pagingFailure('ignores paging: page 2 is the same as page 1');
				// Within a known total a repeat is not the end of the list: rows would be missing.
				if (first.total !== undefined)
					throw pagingFailure(`sent page ${nextToKeep} the same as page ${nextToKeep - 1}`);
				endPage = nextToKeep - 1;
				return;
			}
			previousSignature = page.signature;
			for (const row of page.rows) results.push(row);
			nextToKeep++;
		}
	};
	const fetchPages = async () => {
		while (!failure && nextToFetch <= endPage && results.length < wanted) {
			const pageNo = nextToFetch++;
			try {
				if (pageNo > MAX_PAGES) throw pagingFailure(`has more than ${MAX_PAGES} pages, more than Return All fetches`);
				const page = await fetchPage({ pageinate: true, page_size: pageSize, page_no: pageNo });
				if (page.rows.length > pageSize) {
					throw pagingFailure(
						`ignores paging: page ${pageNo} has ${page.rows.length} rows though ${pageSize} were asked for`,
					);
				}
				if (page.rows.length < pageSize) endPage = Math.min(endPage, pageNo);
				arrived.set(pageNo, {
					signature: page.rows.length === 0 ? '' : pageSignature(page.rows),
					rows: page.rows.map(mapRow),
				});
				keepArrived();
			} catch (error) {
				// The other fetchers stop taking pages; the first error is raised once all have finished.
				failure ??= { error };
				return;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, lastPage - 1) }, fetchPages));
	if (failure) throw failure.error;
	if (first.total !== undefined && results.length < wanted) throw endedShort();
	return limit === undefined ? results : results.slice(0, limit);
}
