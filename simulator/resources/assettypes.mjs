// Asset types (schema Xtype). Bare array.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { requireText } from '../util.mjs';
import { ASSET_FIELDS } from './assets.mjs';

const GROUPS = { 1: 'End User Devices', 2: 'Infrastructure' };
const fieldName = (id) => ASSET_FIELDS.find((f) => f.id === Number(id))?.name ?? '';

export default defineResource({
	name: 'AssetType',
	collection: 'assettypes',
	entity: 'Asset Type',
	schema: 'Xtype',
	notFound: 'message',
	filters: { assetgroup_id: F.eq('assetgroup_id') },
	defaults: () => ({ name: '', assetgroup_id: 1, keyfield_id: 0, keyfield2_id: 0, keyfield3_id: 0 }),
	validate: (el, { existing }) => requireText(el, 'name', 'Name', existing),
	// evidence: assets.type-definition (key fields named by field id, asset tag label; the field list's shape is assumed)
	mirror: (rec) => ({
		assetgroup_name: GROUPS[rec.assetgroup_id] ?? '',
		keyfield_name: fieldName(rec.keyfield_id),
		keyfield2_name: fieldName(rec.keyfield2_id),
		keyfield3_name: fieldName(rec.keyfield3_id),
		finame: 'Asset Tag',
		fields: ASSET_FIELDS.map((f) => ({ id: f.id, name: f.name })),
	}),
});
