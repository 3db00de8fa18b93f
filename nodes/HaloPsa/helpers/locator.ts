import type { IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';

import { credentialEndpoints } from '../transport/request';
import { inputError, toHaloId } from './validate';

/** Query parameters that carry a record's id in Halo's web app and API links, per resource. */
export type LocatorResource = keyof typeof URL_ID_PARAMS;

const URL_ID_PARAMS = {
	ticket: ['id', 'ticketid', 'faultid'],
	client: ['clientid', 'id'],
	site: ['siteid', 'id'],
	user: ['userid', 'id'],
	agent: ['agentid', 'id'],
	asset: ['assetid', 'deviceid', 'id'],
};

/**
 * Reads a resource locator and returns the Halo id. A URL must point at the same Halo host as the
 * credential: an id copied from another tenant would silently act on the wrong record.
 */
export async function locatorId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
	resource: LocatorResource,
): Promise<number> {
	const raw = ctx.getNodeParameter(parameter, itemIndex, undefined, { extractValue: false }) as
		| INodeParameterResourceLocator
		| string
		| number;
	if (typeof raw !== 'object' || raw === null) return toHaloId(ctx, itemIndex, field, raw);
	if (raw.mode !== 'url') return toHaloId(ctx, itemIndex, field, raw.value);

	const text = String(raw.value ?? '').trim();
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
	const { endpoints } = await credentialEndpoints(ctx, { method: 'GET', path: text, itemIndex });
	const { haloUrl } = endpoints;
	const expectedHost = new URL(haloUrl).host;
	if (url.host !== expectedHost) {
		throw inputError(ctx, itemIndex, field, `the URL points at ${url.host}, but the credential is for ${expectedHost}`);
	}
	for (const name of URL_ID_PARAMS[resource]) {
		const value = url.searchParams.get(name);
		if (value) return toHaloId(ctx, itemIndex, field, value);
	}
	const fromPath = /\/(\d+)\/?$/.exec(url.pathname)?.[1];
	if (fromPath) return toHaloId(ctx, itemIndex, field, fromPath);
	throw inputError(ctx, itemIndex, field, `no ${resource} id found in the URL "${text}"`);
}
