import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { haloList, readPage } from '../transport/list';
import { credentialEndpoints, haloRequest } from '../transport/request';

const SEARCH_PAGE_SIZE = 50;

interface SearchSpec {
	path: string;
	qs?: IDataObject;
	label: (row: IDataObject) => string;
	/** link to the record in Halo's web app */
	url: (haloUrl: string, id: number) => string;
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
	const page = readPage(await haloRequest.call(ctx, { method: 'GET', path: spec.path, qs }));
	const { haloUrl } = (await credentialEndpoints(ctx, { method: 'GET', path: spec.path })).endpoints;
	const hasMore = page.total !== undefined ? pageNo * SEARCH_PAGE_SIZE < page.total : page.rows.length >= SEARCH_PAGE_SIZE;
	return {
		results: page.rows.map((row) => ({
			name: spec.label(row),
			value: String(row.id),
			url: spec.url(haloUrl, Number(row.id)),
		})),
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
			path: '/Tickets',
			qs: { orderdesc: true, order: 'id' },
			label: (row) => `#${String(row.id)} ${String(row.summary ?? '')}`.trim(),
			url: (haloUrl, id) => `${haloUrl}/ticket?id=${id}`,
		},
		filter,
		paginationToken,
	);
}

export async function searchClients(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{ path: '/Client', qs: { order: 'name' }, label: (row) => named(row), url: (haloUrl, id) => `${haloUrl}/customers?clientid=${id}` },
		filter,
		paginationToken,
	);
}

export async function searchSites(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{ path: '/Site', qs: { order: 'name' }, label: (row) => named(row, row.client_name), url: (haloUrl, id) => `${haloUrl}/customers?siteid=${id}` },
		filter,
		paginationToken,
	);
}

export async function searchUsers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{ path: '/Users', qs: { order: 'name' }, label: (row) => named(row, row.emailaddress ?? row.client_name), url: (haloUrl, id) => `${haloUrl}/customers?userid=${id}` },
		filter,
		paginationToken,
	);
}

export async function searchAssets(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchRecords(
		this,
		{
			path: '/Asset',
			qs: {},
			label: (row) => `${String(row.inventory_number ?? row.key_field ?? `#${String(row.id)}`)}${row.client_name ? ` (${String(row.client_name)})` : ''}`,
			url: (haloUrl, id) => `${haloUrl}/assets?assetid=${id}`,
		},
		filter,
		paginationToken,
	);
}

/** Agents are a bare, unpaged list in Halo: filtered here rather than paged. */
export async function searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const rows = await haloList.call(this, { path: '/Agent', qs: filter ? { search: filter } : {}, paged: false });
	const { haloUrl } = (await credentialEndpoints(this, { method: 'GET', path: '/Agent' })).endpoints;
	const wanted = (filter ?? '').toLowerCase();
	return {
		results: rows
			.filter((row) => !wanted || `${String(row.name)} ${String(row.email ?? '')}`.toLowerCase().includes(wanted))
			.map((row) => ({ name: named(row, row.email), value: String(row.id), url: `${haloUrl}/config/agents?agentid=${String(row.id)}` })),
	};
}

/** Records without a stable web-app link (contracts, KB articles): the list shows no link. */
async function searchWithoutLinks(ctx: ILoadOptionsFunctions, spec: Omit<SearchSpec, 'url'>, filter?: string, paginationToken?: string) {
	const found = await searchRecords(ctx, { ...spec, url: () => '' }, filter, paginationToken);
	return { ...found, results: found.results.map(({ name, value }) => ({ name, value })) };
}

export async function searchContracts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchWithoutLinks(
		this,
		{
			path: '/ClientContract',
			qs: { includeinactive: true },
			label: (row) => `${String(row.ref || `#${String(row.id)}`)}${row.client_name ? ` (${String(row.client_name)})` : ''}`,
		},
		filter,
		paginationToken,
	);
}

export async function searchKbArticles(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await searchWithoutLinks(this, { path: '/KBArticle', label: (row) => named(row) }, filter, paginationToken);
}
