import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { RecordPath } from '../../descriptions/records';
import { customFieldsBody, type CustomFieldOwner } from '../../helpers/customFields';
import { lookupId, lookupName, NAME_SOURCES, type NameKind } from '../../helpers/names';
import { isoDate } from '../../helpers/query';
import { parseJsonObject, scalarValue, toHaloId, toHours } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { outputRecords } from './output';

/** How the values of a resource's field collection must be checked before they go to Halo. */
export interface FieldRules {
	/** Halo fields holding a record id */
	ids?: string[];
	/**
	 * Halo fields holding the id of a record that may also be given by its exact name (helpers/names.ts);
	 * a site or user name is looked up within the record's client when the body has one.
	 */
	lookups?: Record<string, NameKind>;
	/** Halo fields that take a name (e.g. a ticket's team); an id given instead is turned into the name */
	names?: Record<string, NameKind>;
	/** decimal-hour fields (never negative) */
	hours?: string[];
	/** date/time fields, sent as ISO strings */
	dates?: string[];
	/** comma-separated id lists Halo wants as `[{id}]` */
	idLists?: string[];
	/** display names for messages */
	labels?: Record<string, string>;
}

/**
 * Builds one record for Halo's array body: checked fields, custom fields by name, then the
 * "Additional Fields (JSON)" escape hatch merged last so it can set anything.
 */
export async function recordBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	base: IDataObject,
	fields: IDataObject,
	rules: FieldRules,
	customOwner?: CustomFieldOwner,
): Promise<IDataObject> {
	const body: IDataObject = { ...base };
	const label = (key: string) => rules.labels?.[key] ?? key;
	const perClient = (key: string) => {
		const kind = rules.lookups?.[key];
		return kind !== undefined && 'perClient' in NAME_SOURCES[kind];
	};
	// Fields looked up within a client come last, so a client given by name is resolved first.
	const entries = Object.entries(fields).sort(([a], [b]) => Number(perClient(a)) - Number(perClient(b)));
	for (const [key, value] of entries) {
		if (value === undefined || value === null || value === '') continue;
		if (key === 'customFields' || key === 'additionalJson') continue;
		const clientId = typeof body.client_id === 'number' ? body.client_id : undefined;
		if (rules.lookups?.[key])
			body[key] = await lookupId(ctx, itemIndex, rules.lookups[key], label(key), value, { clientId });
		else if (rules.names?.[key]) body[key] = await lookupName(ctx, itemIndex, rules.names[key], label(key), value);
		else if (rules.ids?.includes(key)) body[key] = toHaloId(ctx, itemIndex, label(key), value);
		else if (rules.hours?.includes(key)) body[key] = toHours(ctx, itemIndex, label(key), value);
		else if (rules.dates?.includes(key)) body[key] = isoDate(ctx, itemIndex, label(key), value);
		else if (rules.idLists?.includes(key)) body[key] = idObjects(ctx, itemIndex, label(key), value);
		else body[key] = scalarValue(ctx, itemIndex, label(key), value);
	}
	if (customOwner) {
		const entries = ((ctx.getNodeParameter('customFields', itemIndex, {}) as IDataObject).field ?? []) as IDataObject[];
		const customfields = await customFieldsBody(ctx, itemIndex, customOwner, entries);
		if (customfields) body.customfields = customfields;
	}
	const extra = parseJsonObject(
		ctx,
		itemIndex,
		'Additional Fields (JSON)',
		ctx.getNodeParameter('additionalJson', itemIndex, '{}'),
	);
	return { ...body, ...extra };
}

/** A comma-separated (or array) list of ids as the `[{id}]` list Halo's bodies take. */
function idObjects(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): IDataObject[] {
	const parts = Array.isArray(value) ? value : String(value).split(',');
	return parts
		.map((part) => (typeof part === 'object' && part !== null ? (part as IDataObject).id : part))
		.filter((part) => String(part ?? '').trim() !== '')
		.map((part) => ({ id: toHaloId(ctx, itemIndex, field, part) }));
}

/**
 * Sends one record to Halo (POST with an array body: no id creates, an id updates only the fields sent).
 * Halo answers with the record, or an array holding it; both are accepted.
 */
export async function saveRecord(
	ctx: IExecuteFunctions,
	itemIndex: number,
	path: string,
	record: IDataObject,
): Promise<IDataObject> {
	const reply = await haloRequest.call(ctx, { method: 'POST', path, body: [record], itemIndex });
	const saved = Array.isArray(reply) ? (reply[0] as IDataObject | undefined) : (reply as IDataObject | undefined);
	return saved && typeof saved === 'object' ? saved : { ...record };
}

/** Sends one record to Halo (see saveRecord) and outputs what Halo saved. */
export async function saveAndOutput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	records: RecordPath,
	body: IDataObject,
): Promise<INodeExecutionData[]> {
	return outputRecords(ctx, itemIndex, records.resource, [await saveRecord(ctx, itemIndex, records.apiPath, body)]);
}
