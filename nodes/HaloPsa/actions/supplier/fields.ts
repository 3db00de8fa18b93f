import type { INodeProperties } from 'n8n-workflow';

import type { FieldRules } from '../common/write';

export const supplierFieldRules: FieldRules = {
	ids: ['toplevel_id'],
	labels: { toplevel_id: 'Top Level', email_address: 'Email', phone_number: 'Phone Number' },
};

/** Supplier fields shared by Create (optional fields) and Update, sorted by name. */
export function supplierFields(mode: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		{ displayName: 'Contact Name', name: 'contact_name', type: 'string', default: '' },
		{ displayName: 'Email', name: 'email_address', type: 'string', placeholder: 'name@email.com', default: '' },
		{ displayName: 'Notes', name: 'notes', type: 'string', default: '', typeOptions: { rows: 3 } },
		{ displayName: 'Phone Number', name: 'phone_number', type: 'string', default: '' },
		{
			displayName: 'Top Level Name or ID',
			name: 'toplevel_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTopLevels' },
			default: '',
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
		{ displayName: 'Website', name: 'website', type: 'string', default: '' },
	];
	if (mode === 'update')
		fields.push(
			{
				displayName: 'Inactive',
				name: 'inactive',
				type: 'boolean',
				default: false,
				description: 'Whether the supplier is inactive',
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		);
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
