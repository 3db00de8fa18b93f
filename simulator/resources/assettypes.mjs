// Asset types (schema Xtype). Bare array.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { requireText } from '../util.mjs';
import { ASSET_FIELDS } from './assets.mjs';

const GROUPS = { 1: 'End User Devices', 2: 'Infrastructure' };

export default defineResource({
  name: 'AssetType',
  collection: 'assettypes',
  entity: 'Asset Type',
  schema: 'Xtype',
  notFound: 'message',
  filters: { assetgroup_id: F.eq('assetgroup_id') },
  defaults: () => ({ name: '', assetgroup_id: 1, keyfield_id: 0 }),
  validate: (el, { existing }) => requireText(el, 'name', 'Name', existing),
  mirror: (rec) => ({ assetgroup_name: GROUPS[rec.assetgroup_id] ?? '', keyfield_name: 'Hostname', fields: ASSET_FIELDS.map((f) => ({ id: f.id, name: f.name })) }),
});
