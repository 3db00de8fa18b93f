import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { HALO_PATHS } from '../descriptions/records';
import { cachedList } from './lookups';
import { inputError } from './validate';

/**
 * Halo's FieldInfo `typeid` per record kind [lib: HaloAPI]: 1 ticket, 2 client, 3 site, 5 asset.
 * Uncertain: actions are taken as 6; where a tenant has no action-level definitions, the ticket's
 * fields (shown on action forms) are used instead.
 */
export const CUSTOM_FIELD_TYPE = { ticket: 1, action: 6, client: 2, site: 3, asset: 5 } as const;
export type CustomFieldOwner = keyof typeof CUSTOM_FIELD_TYPE;

/** Record kinds that are tickets in Halo (posted as the spec's Faults), so their custom fields are a ticket's. */
const TICKET_KINDS = new Set(['project', 'opportunity']);

/** The record kind as an owner of custom fields, or undefined for kinds Halo defines none for. */
export function customFieldOwner(resource: string): CustomFieldOwner | undefined {
	if (TICKET_KINDS.has(resource)) return 'ticket';
	return resource in CUSTOM_FIELD_TYPE ? (resource as CustomFieldOwner) : undefined;
}

interface FieldDefinition {
	id: number;
	name: string;
	label: string;
}

/** The tenant's field definitions for one record kind, read once per execution. */
export async function customFieldDefinitions(
	ctx: IExecuteFunctions,
	owner: CustomFieldOwner,
	itemIndex: number,
): Promise<FieldDefinition[]> {
	let rows = await cachedList(ctx, HALO_PATHS.fieldInfo, { typeid: CUSTOM_FIELD_TYPE[owner] }, itemIndex);
	if (!rows.length && owner === 'action')
		rows = await cachedList(ctx, HALO_PATHS.fieldInfo, { typeid: CUSTOM_FIELD_TYPE.ticket }, itemIndex);
	return rows.map((row) => ({
		id: Number(row.id),
		name: String(row.name ?? ''),
		label: String(row.label ?? row.name ?? ''),
	}));
}

/**
 * The definition `wanted` names: its id, else its name, else its label (case-insensitive). Names are unique
 * in Halo, labels are not: a label shared by several fields is refused with their names, never guessed.
 */
function findDefinition(
	ctx: IExecuteFunctions,
	itemIndex: number,
	owner: CustomFieldOwner,
	definitions: FieldDefinition[],
	wanted: string,
	fieldLabel: string,
): FieldDefinition {
	const lower = wanted.toLowerCase();
	for (const [matches, what] of [
		[(def: FieldDefinition) => String(def.id) === wanted, 'ID'],
		[(def: FieldDefinition) => def.name.toLowerCase() === lower, 'name'],
		[(def: FieldDefinition) => def.label.toLowerCase() === lower, 'label'],
	] as const) {
		const found = definitions.filter(matches);
		if (found.length === 1) return found[0];
		if (found.length > 1) {
			const names = found.map((def) => def.name).join(', ');
			throw inputError(
				ctx,
				itemIndex,
				fieldLabel,
				`"${wanted}" is the ${what} of ${found.length} ${owner} custom fields (${names}); choose one by its name or ID`,
			);
		}
	}
	const known = definitions
		.map((def) => def.name)
		.slice(0, 15)
		.join(', ');
	throw inputError(
		ctx,
		itemIndex,
		fieldLabel,
		`Halo has no ${owner} custom field "${wanted}" (known: ${known || 'none'})`,
	);
}

/**
 * Turns the node's `{field, value}` pairs (field = Halo field name such as CFBillingCode, its label,
 * or its numeric id) into Halo's `customfields: [{id, value}]`.
 */
export async function customFieldsBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	owner: CustomFieldOwner,
	entries: IDataObject[],
	fieldLabel = 'Custom Fields',
): Promise<IDataObject[] | undefined> {
	if (!entries.length) return undefined;
	const definitions = await customFieldDefinitions(ctx, owner, itemIndex);
	return entries.map((entry) => {
		const found = findDefinition(ctx, itemIndex, owner, definitions, String(entry.field ?? '').trim(), fieldLabel);
		return { id: found.id, value: entry.value as IDataObject[string] };
	});
}
