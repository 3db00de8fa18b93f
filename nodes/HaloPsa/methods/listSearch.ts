import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { recordKind, webUrl, type RecordResource } from '../descriptions/records';
import { haloList, readPage } from '../transport/list';
import { credentialEndpoints, haloRequest } from '../transport/request';

const SEARCH_PAGE_SIZE = 50;

interface SearchSpec {
	/** the record kind: its Halo path and web link come from the record table */
	resource: RecordResource;
	qs?: IDataObject;
	label: (row: IDataObject) => string;
}

/** One searchable page of records for a resource locator; the next page number is the pagination token. */
async function searchRecords(
	ctx: ILoadOptionsFunctions,
	spec: SearchSpec,
	filter?: string,
	paginationToken?: string | number,
): Promise<INodeListSearchResult> {
	const pageNo = Number(paginationToken ?? 1) || 1;
	const qs: IDataObject = { ...spec.qs, pageinate: true, page_size: SEARCH_PAGE_SIZE, page_no: pageNo };
	if (filter) qs.search = filter;
	const path = recordKind(spec.resource).apiPath;
	const page = readPage(await haloRequest.call(ctx, { method: 'GET', path, qs }));
	const { haloUrl } = (await credentialEndpoints(ctx, { method: 'GET', path })).endpoints;
	const hasMore = page.total !== undefined ? pageNo * SEARCH_PAGE_SIZE < page.total : page.rows.length >= SEARCH_PAGE_SIZE;
	return {
		results: page.rows.map((row) => {
			const url = webUrl(haloUrl, spec.resource, Number(row.id));
			return { name: spec.label(row), value: String(row.id), ...(url ? { url } : {}) };
		}),
		paginationToken: hasMore ? String(pageNo + 1) : undefined,
	};
}

function named(row: IDataObject, extra?: unknown): string {
	const name = String(row.name ?? `#${String(row.id)}`);
	return extra ? `${name} (${String(extra)})` : name;
}

export async function searchTickets(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{
			resource: 'ticket',
			qs: { orderdesc: true, order: 'id' },
			label: (row) => `#${String(row.id)} ${String(row.summary ?? '')}`.trim(),
		},
		filter,
		paginationToken,
	);
}

export async function searchClients(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{ resource: 'client', qs: { order: 'name' }, label: (row) => named(row) },
		filter,
		paginationToken,
	);
}

export async function searchSites(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{ resource: 'site', qs: { order: 'name' }, label: (row) => named(row, row.client_name) },
		filter,
		paginationToken,
	);
}

export async function searchUsers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{ resource: 'user', qs: { order: 'name' }, label: (row) => named(row, row.emailaddress ?? row.client_name) },
		filter,
		paginationToken,
	);
}

export async function searchAssets(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{
			resource: 'asset',
			qs: {},
			label: (row) => `${String(row.inventory_number ?? row.key_field ?? `#${String(row.id)}`)}${row.client_name ? ` (${String(row.client_name)})` : ''}`,
		},
		filter,
		paginationToken,
	);
}

/** Agents are a bare, unpaged list in Halo: filtered here rather than paged. */
export async function searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const path = recordKind('agent').apiPath;
	const rows = await haloList.call(this, { path, qs: filter ? { search: filter } : {}, paged: false });
	const { haloUrl } = (await credentialEndpoints(this, { method: 'GET', path })).endpoints;
	const wanted = (filter ?? '').toLowerCase();
	return {
		results: rows
			.filter((row) => !wanted || `${String(row.name)} ${String(row.email ?? '')}`.toLowerCase().includes(wanted))
			.map((row) => ({ name: named(row, row.email), value: String(row.id), url: webUrl(haloUrl, 'agent', String(row.id)) })),
	};
}

export async function searchContracts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{
			resource: 'contract',
			qs: { includeinactive: true },
			label: (row) => `${String(row.ref || `#${String(row.id)}`)}${row.client_name ? ` (${String(row.client_name)})` : ''}`,
		},
		filter,
		paginationToken,
	);
}

export async function searchKbArticles(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(this, { resource: 'kbArticle', label: (row) => named(row) }, filter, paginationToken);
}
