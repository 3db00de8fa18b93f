// Custom fields: FieldInfo definitions (typeid 1 ticket, 2 client, 3 site, 4 user, 5 asset, 6 action)
// and the `customfields: [{id, name, value, display}]` arrays stored on records.
import { parseIds } from './paging.mjs';

export const CF_TYPE = { ticket: 1, client: 2, site: 3, user: 4, asset: 5, action: 6 };
// FieldInfo.type values used by the simulator: 0 text, 1 memo, 2 single select, 4 date, 6 checkbox.
// FieldInfo.inputtype for text fields: 0 anything, 1 integer, 2 decimal.

function definitions(sim, typeid) {
	return sim.store
		.coll('fieldinfo')
		.all()
		.filter((f) => f.typeid === typeid);
}

function findDef(sim, typeid, item) {
	const defs = definitions(sim, typeid);
	if (item.id !== undefined && item.id !== null && item.id !== 0) return defs.find((d) => d.id === Number(item.id));
	if (item.name) return defs.find((d) => d.name.toLowerCase() === String(item.name).toLowerCase());
	return undefined;
}

function coerce(def, value) {
	if (value === null || value === undefined || value === '') return { value: value ?? null };
	if (def.type === 0 && (def.inputtype === 1 || def.inputtype === 2)) {
		const number = Number(value);
		if (!Number.isFinite(number) || (def.inputtype === 1 && !Number.isInteger(number))) {
			return {
				error: `The value for ${def.label || def.name} must be ${def.inputtype === 1 ? 'a whole number' : 'a number'}.`,
			};
		}
		return { value: number };
	}
	if (def.type === 6) return { value: value === true || value === 'true' || value === 1 || value === '1' };
	if (def.type === 4 && Number.isNaN(Date.parse(String(value))))
		return { error: `The value for ${def.label} must be a date.` };
	return { value: typeof value === 'object' ? value : String(value) };
}

/** @returns {Record<string,string>} errors keyed relative to the element, e.g. "customfields[1].value" */
export function validateCustomFields(sim, typeid, list) {
	const errors = {};
	if (list === null || list === undefined) return errors;
	if (!Array.isArray(list)) return { customfields: 'The customfields field must be an array.' };
	list.forEach((item, i) => {
		if (!item || typeof item !== 'object') {
			errors[`customfields[${i}]`] = 'Each custom field must be an object with an id (or name) and a value.';
			return;
		}
		const def = findDef(sim, typeid, item);
		if (!def) {
			errors[`customfields[${i}].id`] = `Custom field ${item.id ?? item.name} does not exist for this entity.`;
			return;
		}
		const coerced = coerce(def, item.value);
		if (coerced.error) errors[`customfields[${i}].value`] = coerced.error;
	});
	return errors;
}

/** Merge posted values into rec.customfields (stored as [{id, name, value, display}] for set fields). */
export function mergeCustomFields(sim, typeid, rec, list) {
	if (!Array.isArray(list)) return;
	const stored = Array.isArray(rec.customfields) ? rec.customfields : [];
	for (const item of list) {
		const def = findDef(sim, typeid, item);
		if (!def) continue;
		const { value } = coerce(def, item.value);
		const entry = { id: def.id, name: def.name, value, display: value === null ? '' : String(value) };
		const idx = stored.findIndex((s) => s.id === def.id);
		if (idx >= 0) stored[idx] = entry;
		else stored.push(entry);
	}
	rec.customfields = stored;
}

/** Full customfields array for output: every definition of the type, with value null when unset. */
export function presentCustomFields(sim, typeid, rec, onlyIds) {
	const stored = Array.isArray(rec.customfields) ? rec.customfields : [];
	let defs = definitions(sim, typeid);
	if (onlyIds) {
		const ids = parseIds(onlyIds);
		defs = defs.filter((d) => ids.includes(d.id));
	}
	return defs.map((d) => {
		const saved = stored.find((field) => field.id === d.id);
		return {
			id: d.id,
			name: d.name,
			label: d.label,
			type: d.type,
			value: saved ? saved.value : null,
			display: saved ? saved.display : '',
		};
	});
}
