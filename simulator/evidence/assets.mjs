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
			'key_field, key_field2, key_field3 hold the values of the fields the asset type names in keyfield_id, keyfield2_id, keyfield3_id; they follow the posted fields (emptied with them); inventory_number is the asset tag',
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
			'GET /AssetType/{id} answers the type with keyfield_id/keyfield2_id/keyfield3_id and their *_name, finame "Asset Tag", and fields [{id, name}] (the shape of that list is assumed); the list GET /AssetType is a bare array',
		source: 'EVIDENCE 6.3, 7.4',
	},
	{
		id: 'assets.seed-hostname-key',
		behaviour:
			'every seeded asset type keeps the hostname in a field "Hostname" (id 6) that is its key field; the serial number is key field 2',
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
	{
		id: 'tickets.assets-replace',
		behaviour: "assets: [{id}] on a ticket update replaces the ticket's whole asset list (leaving one out unlinks it)",
		source: 'EVIDENCE 3.12',
	},
	{
		id: 'tickets.assets-with-details',
		behaviour: 'GET /Tickets/{id} carries the linked assets only with includedetails=true',
		source: 'assumption',
	},
];
