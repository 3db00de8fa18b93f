import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { readPage } from '../transport/list';
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
