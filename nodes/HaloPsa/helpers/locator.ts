import type { IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';

import {
	RECORDS,
	recordKind,
	webUrl,
	type HaloRecord,
	type RecordKind,
	type RecordResource,
	type WebPage,
} from '../descriptions/records';
import { credentialEndpoints } from '../transport/request';
import { lookupId, takesNames } from './names';
import { inputError, toHaloId, toSignedHaloId } from './validate';

type RawLocator = INodeParameterResourceLocator | string | number | undefined | null;

function readLocator(ctx: IExecuteFunctions, itemIndex: number, record: RecordKind): RawLocator {
	return ctx.getNodeParameter(record.locator, itemIndex, undefined, { extractValue: false }) as RawLocator;
}

/**
 * Reads the resource locator of a kind of record (its parameter and label come from the record table)
 * and returns the Halo id. A URL must be the page of that kind of record on the credential's Halo host:
 * an id taken from another tenant, or from a ticket link given to Client → Delete, would silently act on
 * the wrong record. Clients, sites, users and agents may also be given By ID with their exact name.
 */
export async function locatorId(ctx: IExecuteFunctions, itemIndex: number, record: HaloRecord): Promise<number> {
	const raw = readLocator(ctx, itemIndex, record);
	const plain = typeof raw !== 'object' || raw === null;
	if (!plain && raw.mode === 'url')
		return await idFromUrl(ctx, itemIndex, record.label, record.resource, String(raw.value ?? '').trim());
	const value = plain ? raw : raw.value;
	const named = takesNames(record.resource)
		? await lookupId(ctx, itemIndex, record.resource, record.label, value)
		: undefined;
	const toId = record.signedIds ? toSignedHaloId : toHaloId;
	return named ?? toId(ctx, itemIndex, record.label, value);
}

/** locatorId for a filter that may stay empty (then undefined: no filter). */
export async function optionalLocatorId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	record: HaloRecord,
): Promise<number | undefined> {
	const raw = readLocator(ctx, itemIndex, record);
	const value = typeof raw === 'object' && raw !== null ? raw.value : raw;
	if (value === undefined || value === null || String(value).trim() === '') return undefined;
	return await locatorId(ctx, itemIndex, record);
}

interface Found {
	resource: RecordResource;
	id: string;
}

async function idFromUrl(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	resource: RecordResource,
	text: string,
): Promise<number> {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw inputError(ctx, itemIndex, field, `"${text}" is not a URL`);
	}
	// "acme.halopsa.com:443/ticket?id=1" parses with "acme.halopsa.com:" as its scheme and no host.
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw inputError(ctx, itemIndex, field, `"${text}" is not a Halo web address: it must start with https://`);
	}
	const { haloUrl, apiUrl } = (await credentialEndpoints(ctx, { method: 'GET', path: text, itemIndex })).endpoints;
	const web = new URL(haloUrl);
	const api = new URL(apiUrl);
	if (url.host !== web.host && url.host !== api.host) {
		throw inputError(ctx, itemIndex, field, `the URL points at ${url.host}, but the credential is for ${web.host}`);
	}
	const label = recordKind(resource).label.toLowerCase();
	const example = webUrl(haloUrl, resource, 1234);
	if (!example) throw inputError(ctx, itemIndex, field, `${a(label)} cannot be given by URL: use its ID`);

	const found = [...recordsOnPage(url, web), ...recordsOnApiUrl(url, api)];
	const mine = found.filter((record) => record.resource === resource);
	const others = found.filter((record) => record.resource !== resource);
	const ids = new Set(mine.map((record) => record.id));
	if (mine.length > 0 && others.length === 0 && ids.size === 1) return toHaloId(ctx, itemIndex, field, mine[0].id);
	if (mine.length > 0) {
		const kinds = [...new Set(found.map((record) => a(recordKind(record.resource).label.toLowerCase())))];
		const what = others.length > 0 ? `names both ${kinds.join(' and ')}` : 'names several different ids';
		throw inputError(
			ctx,
			itemIndex,
			field,
			`the URL ${what}, so it is not clear which ${label} is meant. Use the ${label}'s own page, e.g. ${example}`,
		);
	}
	if (others.length > 0) {
		const other = recordKind(others[0].resource).label.toLowerCase();
		throw inputError(
			ctx,
			itemIndex,
			field,
			`the URL is a link to ${a(other)}, not to ${a(label)}. Use ${a(label)} link such as ${example}`,
		);
	}
	if (onPageOf(url, web, resource))
		throw inputError(ctx, itemIndex, field, `no ${label} id found in the URL "${text}"`);
	throw inputError(
		ctx,
		itemIndex,
		field,
		`"${text}" is not a link to a Halo ${label}: expected a page like ${example}`,
	);
}

/** "a ticket", "an asset" */
function a(noun: string): string {
	return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** The path of `url` below a base URL's path, lower case without trailing slash; undefined if outside it. */
function pathBelow(url: URL, base: URL): string | undefined {
	if (url.host !== base.host) return undefined;
	const basePath = base.pathname.replace(/\/+$/, '').toLowerCase();
	const path = url.pathname.replace(/\/+$/, '').toLowerCase();
	if (path !== basePath && !path.startsWith(`${basePath}/`)) return undefined;
	return path.slice(basePath.length);
}

/** Query parameters by lower-case name (Halo's web app is not consistent about case). */
function queryOf(url: URL): Map<string, string> {
	const query = new Map<string, string>();
	for (const [key, value] of url.searchParams) if (!query.has(key.toLowerCase())) query.set(key.toLowerCase(), value);
	return query;
}

function pagesOf(resource: RecordResource): WebPage[] {
	return RECORDS[resource].webPages as WebPage[];
}

/** Whether the URL is on one of the record kind's pages (whatever its query says). */
function onPageOf(url: URL, web: URL, resource: RecordResource): boolean {
	const path = pathBelow(url, web);
	return pagesOf(resource).some((page) => page.path === path);
}

/** Every record whose web page the URL is: its path, its id parameter, and no other kind's view. */
function recordsOnPage(url: URL, web: URL): Found[] {
	const path = pathBelow(url, web);
	if (path === undefined) return [];
	const query = queryOf(url);
	const view = query.get('mainview')?.toLowerCase();
	const found: Found[] = [];
	for (const resource of Object.keys(RECORDS) as RecordResource[]) {
		for (const page of pagesOf(resource)) {
			const id = query.get(page.idParam);
			if (page.path !== path || id === undefined) continue;
			if (view !== undefined && page.view !== undefined && view !== page.view) continue;
			found.push({ resource, id });
		}
	}
	return found;
}

/** The record an API URL addresses, e.g. `<Resource Server URL>/Tickets/12`. */
function recordsOnApiUrl(url: URL, api: URL): Found[] {
	const path = pathBelow(url, api);
	if (path === undefined) return [];
	const found: Found[] = [];
	for (const resource of Object.keys(RECORDS) as RecordResource[]) {
		const prefix = `${RECORDS[resource].apiPath.toLowerCase()}/`;
		if (path.startsWith(prefix) && !path.slice(prefix.length).includes('/')) {
			found.push({ resource, id: path.slice(prefix.length) });
		}
	}
	return found;
}
