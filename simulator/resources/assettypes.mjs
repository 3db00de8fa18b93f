// Asset types (schema Xtype). Bare array.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { nameOf, requireText } from '../util.mjs';
import { ASSET_FIELDS, keyFieldId } from './assets.mjs';

const fieldName = (id) => ASSET_FIELDS.find((f) => f.id === Number(id))?.name ?? '';
const KEY_SLOTS = ['keyfield_id', 'keyfield2_id', 'keyfield3_id'];

/** A type's field rows as Halo lists them: the row's own id, the field it shows, and which key slot it fills. */
function fieldRows(rec) {
	return (rec.fields ?? []).map((row) => {
		const slot = KEY_SLOTS.findIndex((key) => Number(rec[key]) === row.id);
		return {
			id: row.id,
			field_id: row.field_id,
			field_name: fieldName(row.field_id),
			groupname: '',
			...(slot >= 0 ? { keyfield_id: String(slot + 1) } : {}),
			sequence: row.sequence,
			tab_id: -1,
			tab_name: '',
			techdetail: 1,
			type: 'X',
			userdetail: 1,
		};
	});
}

export default defineResource({
	name: 'AssetType',
	collection: 'assettypes',
	entity: 'Asset Type',
	schema: 'Xtype',
	notFound: 'message',
	filters: { assetgroup_id: F.eq('assetgroup_id') },
	defaults: () => ({ name: '', assetgroup_id: 1, keyfield_id: 0, keyfield2_id: 0, keyfield3_id: 0 }),
	validate: (el, { existing }) => requireText(el, 'name', 'Name', existing),
	// evidence: assets.type-definition (key fields, asset tag label)
	// evidence: assets.type-field-rows (fields[] are rows; keyfield*_id name a row's id, not its field_id)
	mirror: (rec, sim) => ({
		assetgroup_name: nameOf(sim, 'assetgroups', rec.assetgroup_id),
		keyfield_name: fieldName(keyFieldId(rec, 'keyfield_id')),
		keyfield2_name: fieldName(keyFieldId(rec, 'keyfield2_id')),
		keyfield3_name: fieldName(keyFieldId(rec, 'keyfield3_id')),
		finame: 'Asset Tag',
		fields: fieldRows(rec),
	}),
});
