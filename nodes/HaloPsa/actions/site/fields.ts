import type { INodeProperties } from 'n8n-workflow';

import type { FieldRules } from '../common/write';

export const siteFieldRules: FieldRules = {
	ids: ['sla_id'],
	lookups: { client_id: 'client', maincontact_id: 'user' },
	labels: { client_id: 'Client', sla_id: 'SLA', maincontact_id: 'Main Contact (User) ID' },
};

/** Site fields shared by Create (optional fields) and Update, sorted by name. */
export function siteFields(mode: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Main Contact (User) ID',
			name: 'maincontact_id',
			type: 'string',
			default: '',
			description:
				"The user Halo shows as the site's main contact: an ID, or an exact name or email (looked up within the site's client when the client is set here)",
		},
		{ displayName: 'Notes', name: 'notes', type: 'string', default: '', typeOptions: { rows: 3 } },
		{ displayName: 'Phone Number', name: 'phonenumber', type: 'string', default: '' },
		{ displayName: 'Reference', name: 'ref', type: 'string', default: '' },
		{
			displayName: 'SLA Name or ID',
			name: 'sla_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getSlas' },
			default: '',
			description:
				'The service level agreement for tickets at this site. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Timezone',
			name: 'timezone',
			type: 'string',
			default: '',
			placeholder: 'e.g. GMT Standard Time',
			description: 'Windows time zone name, as Halo lists it',
		},
	];
	if (mode === 'update') {
		fields.push(
			{
				displayName: 'Client Name or ID',
				name: 'client_id',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getClients' },
				default: '',
				description:
					'Moves the site to another client. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Inactive',
				name: 'inactive',
				type: 'boolean',
				default: false,
				description: 'Whether the site is inactive',
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
