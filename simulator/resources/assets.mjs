// Assets (schema Device). Wrapper `assets`, paged. Asset-type `fields` [{id, name, value}] plus customfields.
// Sources of each behaviour: simulator/evidence/assets.mjs (ids quoted below).
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue } from '../paging.mjs';
import { CF_TYPE } from '../customfields.mjs';
import { nameOf, checkRefs, has } from '../util.mjs';

/**
 * The asset fields (FieldInfo ids) every asset type in the simulator shows. An asset's `fields: [{id, value}]`
 * names them by these ids (evidence: assets.fields-write-id); an asset type lists them as rows of its own.
 */
export const ASSET_FIELDS = [
	{ id: 1, name: 'Operating System' },
	{ id: 2, name: 'Serial Number' },
	{ id: 3, name: 'IP Address' },
	{ id: 4, name: 'Model' },
	{ id: 5, name: 'Last Logged On User' },
	{ id: 6, name: 'Hostname' },
];

const KEY_FIELDS = [
	['keyfield_id', 'key_field'],
	['keyfield2_id', 'key_field2'],
	['keyfield3_id', 'key_field3'],
];

/** The asset field id a type's key slot (`keyfield_id`, …) names, through the type's field row it points at. */
export function keyFieldId(type, typeKey) {
	const rowId = Number(type?.[typeKey]) || 0;
	// evidence: assets.type-field-rows (keyfield*_id is a row's id; the row's field_id is the field)
	const row = rowId ? (type.fields ?? []).find((r) => Number(r.id) === rowId) : undefined;
	return row ? Number(row.field_id) : 0;
}

function fieldDef(f) {
	return ASSET_FIELDS.find((d) =>
		f.id ? d.id === Number(f.id) : d.name.toLowerCase() === String(f.name ?? '').toLowerCase(),
	);
}

export default defineResource({
	name: 'Asset',
	collection: 'assets',
	entity: 'Asset',
	schema: 'Device',
	wrapper: 'assets',
	customFieldType: CF_TYPE.asset,
	readOnly: ['fields', 'user_count'],
	baseFilter: F.activeFilter, // evidence: assets.inactive-hidden
	filters: {
		client_id: F.eq('client_id'),
		site_id: F.eq('site_id'),
		assettype_id: F.eq('assettype_id'),
		assettype: F.eq('assettype_id'),
		assettypes: F.inIds('assettype_id'),
		username: F.contains('username'),
		inventory_number: F.same('inventory_number'),
		// evidence: assets.search
		search: F.contains('inventory_number', 'key_field', 'key_field2', 'key_field3', 'username', 'notes'),
		ticket_id: (row, v, q, sim) =>
			!!sim.store
				.coll('tickets')
				.get(v)
				?.assets.some((a) => a.id === row.id),
	},
	defaults: () => ({
		inventory_number: '',
		key_field: '',
		key_field2: '',
		key_field3: '',
		assettype_id: null,
		client_id: null,
		site_id: null,
		status_id: 1,
		inactive: false,
		username: '',
		notes: '',
		warranty_end: null,
		fields: [],
		customfields: [],
	}),
	validate(el, { sim, existing }) {
		const errors = checkRefs(sim, el, {
			assettype_id: ['assettypes', 'Asset Type'],
			client_id: ['clients', 'Client'],
			site_id: ['sites', 'Site'],
		});
		// evidence: assets.minimal-create
		if (!existing && !el.assettype_id) errors.assettype_id = 'The Asset Type field is required.';
		if (!existing && !el.client_id && !el.site_id) errors.client_id = 'The Client field is required.';
		if (has(el, 'fields')) {
			if (!Array.isArray(el.fields)) errors.fields = 'The fields field must be an array.';
			else
				el.fields.forEach((f, i) => {
					if (!f || !fieldDef(f)) errors[`fields[${i}].id`] = `Asset field ${f?.id ?? f?.name} does not exist.`;
				});
		}
		return errors;
	},
	beforeSave(rec, el, { sim }) {
		if (has(el, 'site_id') && rec.site_id) rec.client_id = sim.store.coll('sites').get(rec.site_id).client_id;
		else if (has(el, 'client_id') && !has(el, 'site_id'))
			rec.site_id = sim.store.coll('clients').get(rec.client_id)?.main_site_id ?? null;
		if (Array.isArray(el.fields)) {
			// evidence: assets.fields-replace (the posted array is the whole list: fields left out are emptied)
			rec.fields = el.fields.map((f) => {
				const d = fieldDef(f);
				return { id: d.id, name: d.name, value: f.value ?? '', display: String(f.value ?? '') };
			});
		}
		// evidence: assets.key-fields (key_field* hold the values of the fields the asset type names as key fields)
		const type = sim.store.coll('assettypes').get(rec.assettype_id);
		for (const [typeKey, assetKey] of KEY_FIELDS) {
			const fieldId = keyFieldId(type, typeKey);
			if (!fieldId) continue;
			if (Array.isArray(el.fields)) rec[assetKey] = String(rec.fields.find((f) => f.id === fieldId)?.value ?? '');
		}
	},
	mirror: (rec, sim) => ({
		client_name: nameOf(sim, 'clients', rec.client_id),
		site_name: nameOf(sim, 'sites', rec.site_id),
		assettype_name: nameOf(sim, 'assettypes', rec.assettype_id),
	}),
	transform(out, rec, { query }, mode) {
		// evidence: assets.list-fields (list rows carry the type's fields only when asked)
		if (mode === 'list' && !isTrue(query?.includeassetfields)) delete out.fields;
	},
});
