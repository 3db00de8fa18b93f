import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { HALO_PATHS, RECORDS } from '../descriptions/records';
import { haloList } from '../transport/list';
import { haloRequest } from '../transport/request';
import { cached, cachedPromise, perRunCache } from './cache';

/** An asset-type field that holds a hostname in Halo's usual asset types (matched by name, ignoring case). */
const HOSTNAME_FIELD = /^(host\s*name|computer\s*name|device\s*name)$/i;

/**
 * Where Halo keeps an asset's identity (EVIDENCE 6.3): `inventory_number` is the asset tag; `key_field`,
 * `key_field2`, `key_field3` hold the values of the fields the asset type names as its key fields. Halo has
 * no hostname field of its own: it is whatever field the type configures.
 */
const IDENTITY_KEYS = ['inventory_number', 'key_field', 'key_field2', 'key_field3'];

const same = (value: unknown, wanted: string) =>
	String(value ?? '')
		.trim()
		.toLowerCase() === wanted;

/** Whether an asset's field entry is the type's key field: by either id its row carries, or by its name. */
function isKeyField(field: IDataObject, keyField: HostnameField): boolean {
	const id = Number(field.id);
	if (id === keyField.id || id === keyField.rowId) return true;
	return keyField.name !== '' && same(field.name, keyField.name.toLowerCase());
}

/**
 * Assets whose hostname matches exactly. Halo has no hostname filter: `search` narrows the list
 * server-side, then the asset tag, the key fields, a hostname-named type field and (given the type's
 * key field) that field are compared case-insensitively. `includeInactive` also returns retired assets
 * (Find by Hostname reports them instead of creating a duplicate).
 */
export async function assetsByHostname(
	ctx: IExecuteFunctions,
	itemIndex: number,
	hostname: string,
	clientId?: number,
	includeInactive = false,
	keyField?: HostnameField,
): Promise<IDataObject[]> {
	const wanted = hostname.trim().toLowerCase();
	const qs: IDataObject = { search: hostname.trim(), includeassetfields: true };
	if (clientId) qs.client_id = clientId;
	if (includeInactive) qs.includeinactive = true;
	const candidates = await haloList.call(ctx, { path: RECORDS.asset.apiPath, qs, itemIndex });
	return candidates.filter(
		(asset) =>
			IDENTITY_KEYS.some((key) => same(asset[key], wanted)) ||
			(Array.isArray(asset.fields) &&
				(asset.fields as IDataObject[]).some(
					(field) =>
						(HOSTNAME_FIELD.test(String(field.name ?? '')) || (keyField && isKeyField(field, keyField))) &&
						same(field.value, wanted),
				)),
	);
}

/** The asset-type field a hostname is written to, or none when the type has no key field. */
export interface HostnameField {
	/** the id a write's `fields: [{id, value}]` names it by: the row's `field_id` (FieldInfo id) */
	id: number;
	/** the id of the type's row for it, which the type's `keyfield_id` holds */
	rowId: number;
	name: string;
}

/** Per run (one node run: every item of an execution): asset type definitions by id, bounded by the tenant's types. */
const assetTypesByRun = perRunCache<Map<number, Promise<IDataObject>>>();

/** `GET /AssetType/{id}`, read at most once per node run. */
async function assetType(ctx: IExecuteFunctions, itemIndex: number, assettypeId: number): Promise<IDataObject> {
	const types = cached(assetTypesByRun, ctx, () => new Map());
	return await cachedPromise(
		types,
		assettypeId,
		async () =>
			(await haloRequest.call(ctx, {
				method: 'GET',
				path: `${HALO_PATHS.assetType}/${assettypeId}`,
				itemIndex,
			})) as IDataObject,
	);
}

/**
 * Where the asset type keeps a hostname: its key field, which is where Halo's own UI writes it (EVIDENCE 6.3).
 * The type's `keyfield_id` is the id of one of its `fields[]` rows, and that row's `field_id` is the field
 * (EVIDENCE 11.3). Which of the two ids an asset write expects is shown nowhere: the `field_id` is sent (the
 * HaloAPI maintainer's working example names a field by its FieldInfo id); a type without such a row falls
 * back to `keyfield_id` itself. A type without a key field gets none; the hostname then goes only into the
 * asset tag.
 */
export async function hostnameField(
	ctx: IExecuteFunctions,
	itemIndex: number,
	assettypeId: number,
): Promise<HostnameField | undefined> {
	const type = await assetType(ctx, itemIndex, assettypeId);
	const rowId = Number(type.keyfield_id);
	if (!Number.isInteger(rowId) || rowId <= 0) return undefined;
	const rows = Array.isArray(type.fields) ? (type.fields as IDataObject[]) : [];
	const row = rows.find((candidate) => Number(candidate.id) === rowId);
	const fieldId = Number(row?.field_id);
	return {
		id: Number.isInteger(fieldId) && fieldId > 0 ? fieldId : rowId,
		rowId,
		name: String(row?.field_name ?? type.keyfield_name ?? ''),
	};
}

/**
 * Halo replaces an asset's whole `fields` array on every write: posting one field empties the others
 * (EVIDENCE 6.2). The fields to write are laid over the ones the asset has (by id; later wins), and every
 * field is sent as `{id, value}`.
 */
export function mergeAssetFields(...lists: unknown[]): IDataObject[] {
	const byId = new Map<string, IDataObject>();
	for (const list of lists) {
		if (!Array.isArray(list)) continue;
		for (const field of list as IDataObject[]) {
			if (!field || field.id === undefined || field.id === null) continue;
			byId.set(String(field.id), { id: Number(field.id), value: field.value ?? '' });
		}
	}
	return [...byId.values()];
}
