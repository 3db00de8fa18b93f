import type { INodeProperties } from 'n8n-workflow';

import type { FieldRules } from '../common/write';

export const userFieldRules: FieldRules = {
	lookups: { site_id: 'site', client_id: 'client' },
	labels: { site_id: 'Site', client_id: 'Client' },
};

/** End-user (contact) fields shared by Create (optional fields) and Update, sorted by name. */
export function userFields(mode: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		{ displayName: 'First Name', name: 'firstname', type: 'string', default: '' },
		{
			displayName: 'Important Contact',
			name: 'isimportantcontact',
			type: 'boolean',
			default: false,
			description: 'Whether Halo flags the user as an important contact (shown on their tickets)',
		},
		{ displayName: 'Job Title', name: 'title', type: 'string', default: '' },
		{ displayName: 'Mobile Number', name: 'mobilenumber', type: 'string', default: '' },
		{ displayName: 'Notes', name: 'notes', type: 'string', default: '', typeOptions: { rows: 3 } },
		{ displayName: 'Phone Number', name: 'phonenumber', type: 'string', default: '' },
		{ displayName: 'Surname', name: 'surname', type: 'string', default: '' },
	];
	if (mode === 'update') {
		fields.push(
			{ displayName: 'Email', name: 'emailaddress', type: 'string', default: '', placeholder: 'name@email.com' },
			{
				displayName: 'Inactive',
				name: 'inactive',
				type: 'boolean',
				default: false,
				description: 'Whether the user is inactive (cannot log tickets or sign in)',
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Full name as Halo shows it' },
			{
				displayName: 'Site Name or ID',
				name: 'site_id',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getSites' },
				default: '',
				description:
					'Moves the user to this site (and its client). ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
