// Halo behaviours the simulator models for assets (/Asset, /AssetType), each with where it comes from.
export default [
	{
		id: 'assets.minimal-create',
		behaviour:
			'POST /Asset [{assettype_id, client_id}] creates an asset; a create without an asset type or client is refused with 400',
		source: 'EVIDENCE 6.1',
	},
	{
		id: 'assets.fields-replace',
		behaviour:
			'fields[] on an asset write replaces the whole array: posting one {id, value} empties the fields left out',
		source: 'EVIDENCE 6.2',
	},
	{
		id: 'assets.key-fields',
		behaviour:
			'key_field, key_field2, key_field3 hold the values of the fields the asset type names in keyfield_id, keyfield2_id, keyfield3_id (through its field rows); they follow the posted fields (emptied with them); inventory_number is the asset tag',
		source: 'EVIDENCE 6.3',
	},
	{
		id: 'assets.key-fields-writable',
		behaviour: 'key_field* sent directly (without fields) are stored as sent',
		source: 'assumption',
	},
	{
		id: 'assets.type-definition',
		behaviour:
			'GET /AssetType/{id} answers the type with keyfield_id/keyfield2_id/keyfield3_id and their *_name and finame "Asset Tag"; the list GET /AssetType is a bare array',
		source: 'EVIDENCE 6.3, 7.4',
	},
	{
		id: 'assets.type-field-rows',
		behaviour:
			'an asset type\'s fields[] are rows {id, field_id, field_name, groupname, keyfield_id ("1"-"3" on key rows), sequence, tab_id, tab_name, techdetail, type, userdetail}; the type-level keyfield*_id hold a row\'s id, whose field_id is the field (FieldInfo id); row ids differ from field ids',
		source: 'EVIDENCE 11.3',
	},
	{
		id: 'assets.fields-write-id',
		behaviour:
			"an asset write's fields: [{id, value}] names each field by its FieldInfo id (a type row's field_id), and the asset's fields read back with those ids; no source shows which id Halo expects (HaloAPI's maintainer wrote 51, the FieldInfo id of \"Model\" on the halocli trial, and it worked)",
		source: 'assumption',
	},
	{
		id: 'assets.seed-hostname-key',
		behaviour:
			'every seeded asset type keeps the hostname in a field "Hostname" (field id 6) that is its key field; the serial number (field id 2) is key field 2',
		source: 'assumption',
	},
	{
		id: 'assets.inactive-hidden',
		behaviour:
			'GET /Asset hides inactive (retired) assets unless includeinactive=true, which lists active and inactive ones',
		source: 'assumption',
	},
	{
		id: 'assets.list-fields',
		behaviour: 'GET /Asset rows carry the type fields only with includeassetfields=true; GET /Asset/{id} always does',
		source: 'assumption',
	},
	{
		id: 'assets.search',
		behaviour: 'GET /Asset?search= matches text in the asset tag, key fields, user name and notes',
		source: 'EVIDENCE 6.3, 6.5',
	},
];
