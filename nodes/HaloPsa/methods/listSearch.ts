import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { RECORDS, webUrl, type HaloRecord, type RecordResource } from '../descriptions/records';
import { haloList, readPage } from '../transport/list';
import { credentialEndpoints, haloRequest } from '../transport/request';

const SEARCH_PAGE_SIZE = 50;

interface SearchSpec {
	/** list parameters besides the search text and paging (a function: worked out at each search) */
	qs?: IDataObject | (() => IDataObject);
	/** the name a result shows */
	label: (row: IDataObject) => string;
	/** Halo does not page this list: it is read whole and filtered here on this text of each row */
	unpagedText?: (row: IDataObject) => string;
}

function named(row: IDataObject, extra?: unknown): string {
	const name = String(row.name ?? `#${String(row.id)}`);
	return extra ? `${name} (${String(extra)})` : name;
}

function withClient(text: unknown, row: IDataObject): string {
	return `${String(text)}${row.client_name ? ` (${String(row.client_name)})` : ''}`;
}

/** Projects and opportunities are tickets underneath: newest first, by id and summary. */
const ticketShapedSearch: SearchSpec = {
	qs: { orderdesc: true, order: 'id' },
	label: (row) => withClient(`#${String(row.id)} ${String(row.summary ?? '')}`.trim(), row),
};

/** How each record kind's locator list asks Halo and names its results; path and links come from the record table. */
const SEARCHES: Record<RecordResource, SearchSpec> = {
	ticket: {
		qs: { orderdesc: true, order: 'id' },
		label: (row) => `#${String(row.id)} ${String(row.summary ?? '')}`.trim(),
	},
	client: { qs: { order: 'name' }, label: (row) => named(row) },
	site: { qs: { order: 'name' }, label: (row) => named(row, row.client_name) },
	user: { qs: { order: 'name' }, label: (row) => named(row, row.emailaddress ?? row.client_name) },
	// Agents are a bare, unpaged list in Halo.
	agent: {
		label: (row) => named(row, row.email),
		unpagedText: (row) => `${String(row.name)} ${String(row.email ?? '')}`,
	},
	asset: { qs: {}, label: (row) => withClient(row.inventory_number ?? row.key_field ?? `#${String(row.id)}`, row) },
	contract: { qs: { includeinactive: true }, label: (row) => withClient(row.ref || `#${String(row.id)}`, row) },
	kbArticle: { label: (row) => named(row) },
	// billing records
	invoice: {
		qs: { orderdesc: true, order: 'id' },
		label: (row) => withClient(row.invoicenumber || `#${String(row.id)}`, row),
	},
	recurringInvoice: { label: (row) => withClient(row.reference || `#${String(row.id)}`, row) },
	item: { qs: { order: 'name' }, label: (row) => named(row, row.assetgroup_name) },
	supplier: { qs: { order: 'name' }, label: (row) => named(row, row.email_address) },
	purchaseOrder: {
		qs: { orderdesc: true, order: 'id' },
		label: (row) => withClient(row.po_ref || `#${String(row.id)}`, row),
	},
	quote: {
		qs: { orderdesc: true, order: 'id' },
		label: (row) => withClient(row.title || `#${String(row.id)}`, row),
	},
	// res-ops: Halo sends every appointment in one reply (it ignores paging): the list shows a window around today.
	appointment: {
		qs: () => ({ start_date: daysFromNow(-30), end_date: daysFromNow(90) }),
		label: (row) => `${String(row.subject ?? `#${String(row.id)}`)} (${String(row.start_date ?? '').slice(0, 16)})`,
		unpagedText: (row) =>
			`${String(row.subject ?? '')} ${String(row.agent_name ?? '')} ${String(row.client_name ?? '')}`,
	},
	project: ticketShapedSearch,
	opportunity: ticketShapedSearch,
};

function daysFromNow(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString();
}

/** One searchable page of records for a resource locator; the next page number is the pagination token. */
async function searchRecords(
	ctx: ILoadOptionsFunctions,
	record: HaloRecord,
	filter?: string,
	paginationToken?: string | number,
): Promise<INodeListSearchResult> {
	const spec = SEARCHES[record.resource];
	const path = record.apiPath;
	const baseQs = typeof spec.qs === 'function' ? spec.qs() : spec.qs;
	const link = async () => {
		const { haloUrl } = (await credentialEndpoints(ctx, { method: 'GET', path })).endpoints;
		return (row: IDataObject) => {
			const url = webUrl(haloUrl, record.resource, Number(row.id));
			return { name: spec.label(row), value: String(row.id), ...(url ? { url } : {}) };
		};
	};
	if (spec.unpagedText) {
		const rows = await haloList.call(ctx, {
			path,
			qs: { ...baseQs, ...(filter ? { search: filter } : {}) },
			paged: false,
		});
		const wanted = (filter ?? '').toLowerCase();
		const toResult = await link();
		return {
			results: rows.filter((row) => !wanted || spec.unpagedText!(row).toLowerCase().includes(wanted)).map(toResult),
		};
	}
	const pageNo = Number(paginationToken ?? 1) || 1;
	const qs: IDataObject = { ...baseQs, pageinate: true, page_size: SEARCH_PAGE_SIZE, page_no: pageNo };
	if (filter) qs.search = filter;
	const page = readPage(await haloRequest.call(ctx, { method: 'GET', path, qs }));
	const toResult = await link();
	const hasMore =
		page.total !== undefined ? pageNo * SEARCH_PAGE_SIZE < page.total : page.rows.length >= SEARCH_PAGE_SIZE;
	return { results: page.rows.map(toResult), paginationToken: hasMore ? String(pageNo + 1) : undefined };
}

type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/** The listSearch methods, each under the name the record table gives its kind (`searchMethod`). */
export const listSearch: Record<string, ListSearchMethod> = Object.fromEntries(
	Object.values(RECORDS).map((record: HaloRecord) => [
		record.searchMethod,
		async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
			return await searchRecords(this, record, filter, paginationToken);
		},
	]),
);
