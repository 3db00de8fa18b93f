import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { lookupId, type NameKind } from './names';
import { inputError } from './validate';

/**
 * Turning a node's filter and field values into what Halo's query strings and bodies take: dates as ISO
 * text, lists of ids, and no keys for the values the user left empty.
 */

/** Drops undefined values so Halo only sees the parameters and fields the user set. */
export function compact(object: IDataObject): IDataObject {
	for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
	return object;
}

/** A date or date-time as ISO text; empty stays undefined (no filter), anything unreadable is refused. */
export function isoDate(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const time = Date.parse(String(value));
	if (!Number.isFinite(time)) throw inputError(ctx, itemIndex, field, `"${String(value)}" is not a date`);
	return new Date(time).toISOString();
}

/** `true` when a switch is on, else undefined, so an unset switch adds no parameter. */
export function onlyIfTrue(value: unknown): true | undefined {
	return value === true ? true : undefined;
}

/** A text filter as it is, or undefined when left empty. */
export function textFilter(value: unknown): string | undefined {
	return value ? String(value) : undefined;
}

/**
 * The Client and Site filters of a Get Many (`filters.clientId`, `filters.siteId`), each an ID or an exact
 * name; a site name is looked up within the client filter when one is set.
 */
export async function clientSiteFilters(
	ctx: IExecuteFunctions,
	itemIndex: number,
	filters: IDataObject,
	siteLabel = 'Site',
): Promise<{ client_id?: number; site_id?: number }> {
	const clientId = await lookupId(ctx, itemIndex, 'client', 'Filters → Client', filters.clientId);
	const siteId = await lookupId(ctx, itemIndex, 'site', `Filters → ${siteLabel}`, filters.siteId, { clientId });
	return { client_id: clientId, site_id: siteId };
}

/**
 * A multi-select filter as Halo's comma-separated list of ids (e.g. `status=1,2`); names given through an
 * expression are looked up. Empty stays undefined.
 */
export async function commaSeparatedIds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	kind: NameKind,
	field: string,
	values: unknown,
): Promise<string | undefined> {
	const list = (Array.isArray(values) ? values : String(values ?? '').split(',')).filter(
		(value) => String(value).trim() !== '',
	);
	if (!list.length) return undefined;
	const ids = [];
	for (const value of list) ids.push(await lookupId(ctx, itemIndex, kind, field, value));
	return ids.join(',');
}
