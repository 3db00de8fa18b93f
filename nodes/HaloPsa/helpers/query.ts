import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { lookupId, type LookupKind } from './lookups';
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
 * A multi-select filter as Halo's comma-separated list of ids (e.g. `status=1,2`); names given through an
 * expression are looked up. Empty stays undefined.
 */
export async function commaSeparatedIds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	kind: LookupKind,
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
