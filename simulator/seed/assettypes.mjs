// Seeded asset types (/AssetType) with their field rows; `code` names the type in seeded asset tags.

// Each asset type lists its fields as rows (GET /AssetType `fields[]`): a row has its own `id`, which the type's
// keyfield*_id point at, and `field_id`, the asset field it shows (simulator/resources/assets.mjs ASSET_FIELDS).
// Row ids run on across types, so none equals the field id it carries. Hostname is key field 1, Serial Number 2.
const ROW_FIELDS = [6, 2, 1, 3, 4, 5];
const typeWithRows = (type, index) => {
	const fields = ROW_FIELDS.map((fieldId, k) => ({ id: 21 + index * 10 + k, field_id: fieldId, sequence: k + 1 }));
	return { ...type, fields, keyfield_id: fields[0].id, keyfield2_id: fields[1].id, keyfield3_id: 0 };
};
export const ASSET_TYPES = [
	{ id: 1, name: 'Workstation', assetgroup_id: 1, code: 'WS' },
	{ id: 2, name: 'Laptop', assetgroup_id: 1, code: 'LT' },
	{ id: 3, name: 'Server', assetgroup_id: 2, code: 'SRV' },
	{ id: 4, name: 'Firewall', assetgroup_id: 2, code: 'FW' },
	{ id: 5, name: 'Switch', assetgroup_id: 2, code: 'SW' },
].map(typeWithRows);

export function seedAssetTypes(put) {
	for (const t of ASSET_TYPES) {
		const { code, ...rest } = t;
		put('assettypes', { keyfield_id: 0, ...rest });
	}
}
