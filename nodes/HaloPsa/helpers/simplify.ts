import type { IDataObject } from 'n8n-workflow';

/** The fields flows use most, per resource; Simplify keeps these (ids next to their resolved names). */
export const SIMPLE_FIELDS: Record<string, string[]> = {
	ticket: [
		'id', 'summary', 'details', 'tickettype_id', 'tickettype_name', 'status_id', 'status_name',
		'priority_id', 'priority_name', 'client_id', 'client_name', 'site_id', 'site_name', 'user_id',
		'user_name', 'user_email', 'agent_id', 'agent_name', 'team_id', 'team', 'category_1', 'category_2',
		'impact', 'urgency', 'dateoccurred', 'datecreated', 'lastactiondate', 'last_update', 'dateclosed',
		'fixbydate', 'respondbydate', 'deadlinedate', 'timetaken', 'parent_id', 'assets', 'hasbeenclosed',
	],
};

/** Halo custom fields as `{label or name: display value}`, the shape an If or Set node can use directly. */
export function customFieldMap(customfields: unknown): IDataObject {
	const map: IDataObject = {};
	if (!Array.isArray(customfields)) return map;
	for (const field of customfields as IDataObject[]) {
		const key = String(field.label ?? field.name ?? field.id);
		map[key] = (field.display !== undefined && field.display !== '' ? field.display : field.value) as IDataObject[string];
	}
	return map;
}

export function simplifyRecord(resource: string, row: IDataObject): IDataObject {
	const fields = SIMPLE_FIELDS[resource];
	if (!fields) return row;
	const simple: IDataObject = {};
	for (const field of fields) if (row[field] !== undefined) simple[field] = row[field];
	if (row.customfields !== undefined) {
		simple.customfields = row.customfields;
		simple.custom_fields = customFieldMap(row.customfields);
	}
	return simple;
}
