import type { INodeProperties } from 'n8n-workflow';

import type { FieldRules } from '../common/write';

export const itemFieldRules: FieldRules = {
	ids: ['assetgroup_id', 'supplier_id', 'assettype_id'],
	labels: { assetgroup_id: 'Item Group', supplier_id: 'Supplier ID', assettype_id: 'Asset Type' },
};

const price = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { numberPrecision: 2, minValue: 0 },
	default: 0,
	description,
});

/** Item fields shared by Create (optional fields) and Update, sorted by name. */
export function itemFields(mode: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Asset Type Name or ID',
			name: 'assettype_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAssetTypes' },
			default: '',
			description:
				'The asset type a sold unit becomes in Halo. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		price('Cost Price', 'costprice', 'What one unit costs you'),
		{ displayName: 'Description', name: 'description', type: 'string', default: '', typeOptions: { rows: 2 } },
		{ displayName: 'External Reference', name: 'externalreference', type: 'string', default: '' },
		{ displayName: 'Internal Reference', name: 'internalreference', type: 'string', default: '' },
		{
			displayName: 'Is Recurring Item',
			name: 'isrecurringitem',
			type: 'boolean',
			default: false,
			description: 'Whether the item is billed on recurring invoices (a subscription, a licence)',
		},
		{
			displayName: 'Item Group Name or ID',
			name: 'assetgroup_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getItemGroups' },
			default: '',
			description:
				'The group the item belongs to (Halo lists item groups as asset groups). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{ displayName: 'Nominal Code', name: 'nominalcode', type: 'string', default: '' },
		price('Recurring Price', 'recurringprice', 'Price per billing period on recurring invoices'),
		price('Sale Price', 'baseprice', 'Price of one unit, before tax'),
		{
			displayName: 'Supplier ID',
			name: 'supplier_id',
			type: 'string',
			default: '',
			description: 'The supplier you buy it from',
		},
		{ displayName: 'Tax Code', name: 'taxcode', type: 'number', default: 0, description: "Halo's ID of the sales tax" },
	];
	if (mode === 'update') fields.push({ displayName: 'Name', name: 'name', type: 'string', default: '' });
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
