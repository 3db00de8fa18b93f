import type { INodeProperties } from 'n8n-workflow';

import type { FieldRules } from '../common/write';

export const assetFieldRules: FieldRules = {
	ids: ['status_id', 'contract_id'],
	lookups: { assettype_id: 'assetType', client_id: 'client', site_id: 'site' },
	dates: ['warranty_end'],
	idLists: ['users'],
	labels: {
		assettype_id: 'Asset Type',
		client_id: 'Client',
		site_id: 'Site',
		status_id: 'Status ID',
		contract_id: 'Contract ID',
		warranty_end: 'Warranty End',
		users: 'User IDs',
	},
};

/** The asset type a new asset gets (Create, and Find by Hostname's Create If Missing). */
export const assetTypeField: INodeProperties = {
	displayName: 'Asset Type Name or ID',
	name: 'assetTypeId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAssetTypes' },
	required: true,
	default: '',
	description:
		'ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/**
 * The asset fields shared by Create (optional fields) and Update. Asset-type fields (`fields: [{id, value}]`)
 * differ per tenant and go through "Additional Fields (JSON)".
 */
export function assetFields(forUpdate: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Contract ID',
			name: 'contract_id',
			type: 'string',
			default: '',
			description: 'The contract that covers the asset',
		},
		{
			displayName: 'Inventory Number (Asset Tag)',
			name: 'inventory_number',
			type: 'string',
			default: '',
			placeholder: 'e.g. ACME-LT-042',
			description: 'The asset tag; often the hostname',
		},
		{
			displayName: 'Key Field',
			name: 'key_field',
			type: 'string',
			default: '',
			description: "The asset type's main identifying field (e.g. hostname)",
		},
		{ displayName: 'Key Field 2', name: 'key_field2', type: 'string', default: '' },
		{ displayName: 'Key Field 3', name: 'key_field3', type: 'string', default: '' },
		{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '' },
		{
			displayName: 'Site Name or ID',
			name: 'site_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getSites', loadOptionsDependsOn: ['clientId', 'updateFields.client_id'] },
			default: '',
			description:
				'Lists the sites of the chosen client (default: the client\'s main site). ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Status ID',
			name: 'status_id',
			type: 'string',
			default: '',
			description: 'The asset status as configured in Halo (e.g. 1 = Active)',
		},
		{
			displayName: 'User IDs',
			name: 'users',
			type: 'string',
			default: '',
			description:
				"Comma-separated IDs of the users (contacts) the asset is assigned to. Replaces the asset's user list.",
		},
		{ displayName: 'Warranty End', name: 'warranty_end', type: 'dateTime', default: '' },
	];
	if (forUpdate) {
		fields.push(
			{
				displayName: 'Asset Type Name or ID',
				name: 'assettype_id',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getAssetTypes' },
				default: '',
				description:
					'ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Client Name or ID',
				name: 'client_id',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getClients' },
				default: '',
				description:
					'Moves the asset to this client. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Inactive',
				name: 'inactive',
				type: 'boolean',
				default: false,
				description: 'Whether the asset is retired (hidden from lists by default)',
			},
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
