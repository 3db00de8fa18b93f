import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { haloList } from '../transport/list';
import { cachedPromise, perProcessCache } from './cache';
import { inputError, toHaloId } from './validate';
import { HALO_PATHS, OTHER_RECORDS, RECORDS } from '../descriptions/records';

/**
 * Halo's small configuration lists (statuses, ticket types, ...), read at most once per execution and
 * node: resolving names for 500 items must not cost 500 extra requests. Keyed by execution and node rather
 * than by run, so a node that runs several times in one execution (a loop) reads each list once.
 */
// Per process (entries of past executions are never used again); bound: 64 lists.
const lists = perProcessCache<Promise<IDataObject[]>>(64);

export async function cachedList(
	ctx: IExecuteFunctions,
	path: string,
	qs: IDataObject,
	itemIndex: number,
): Promise<IDataObject[]> {
	const key = `${ctx.getExecutionId()}|${ctx.getNode().id}|${path}|${JSON.stringify(qs)}`;
	return await cachedPromise(lists, key, async () => await haloList.call(ctx, { path, qs, paged: false, itemIndex }));
}

export const LOOKUPS = {
	status: { path: HALO_PATHS.status, idField: 'id', label: 'status' },
	ticketType: { path: HALO_PATHS.ticketType, idField: 'id', label: 'ticket type' },
	priority: { path: HALO_PATHS.priority, idField: 'priorityid', label: 'priority' },
	agent: { path: RECORDS.agent.apiPath, idField: 'id', label: 'agent' },
	team: { path: OTHER_RECORDS.team.apiPath, idField: 'id', label: 'team' },
	outcome: { path: HALO_PATHS.outcome, idField: 'id', label: 'outcome', nameField: 'buttonname' },
	assetType: { path: HALO_PATHS.assetType, idField: 'id', label: 'asset type' },
} as const;

/** Outcomes carry their label in `buttonname` (or `outcome`); every other list in `name`. */
function nameOf(kind: LookupKind, row: IDataObject): string {
	const spec = LOOKUPS[kind] as { nameField?: string };
	return String(row[spec.nameField ?? 'name'] || row.outcome || row.name || '');
}

export type LookupKind = keyof typeof LOOKUPS;

/**
 * Dropdown values are ids, but expressions often carry names ("In Progress"). A number is used as
 * it is; a name is looked up (case-insensitive) and an unknown one is an error naming the field.
 */
export async function lookupId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	kind: LookupKind,
	field: string,
	value: unknown,
): Promise<number | undefined> {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	if (/^\d+$/.test(text)) return toHaloId(ctx, itemIndex, field, text);
	const spec = LOOKUPS[kind];
	const rows = await cachedList(ctx, spec.path, {}, itemIndex);
	const match = rows.find((row) => nameOf(kind, row).toLowerCase() === text.toLowerCase());
	if (!match) {
		const known = [...new Set(rows.map((row) => nameOf(kind, row)))].slice(0, 20).join(', ');
		throw inputError(ctx, itemIndex, field, `Halo has no ${spec.label} named "${text}" (known: ${known})`);
	}
	return Number(match[spec.idField]);
}

/** The reverse of lookupId for fields Halo keys by name: an id is turned into the record's name. */
export async function lookupName(
	ctx: IExecuteFunctions,
	itemIndex: number,
	kind: LookupKind,
	field: string,
	value: unknown,
): Promise<string | undefined> {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	if (!/^\d+$/.test(text)) return text;
	const spec = LOOKUPS[kind];
	const rows = await cachedList(ctx, spec.path, {}, itemIndex);
	const match = rows.find((row) => String(row[spec.idField]) === text);
	if (!match) throw inputError(ctx, itemIndex, field, `Halo has no ${spec.label} with ID ${text}`);
	return nameOf(kind, match);
}
