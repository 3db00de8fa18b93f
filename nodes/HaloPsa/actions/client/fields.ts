import type { INodeProperties } from 'n8n-workflow';

import type { FieldRules } from '../common/write';

export const clientFieldRules: FieldRules = {
	ids: ['toplevel_id'],
	lookups: { pritech: 'agent', sectech: 'agent', accountmanagertech: 'agent' },
	labels: {
		toplevel_id: 'Top Level',
		pritech: 'Primary Technician',
		sectech: 'Secondary Technician',
		accountmanagertech: 'Account Manager',
	},
};

export const topLevelField: INodeProperties = {
	displayName: 'Top Level Name or ID',
	name: 'toplevel_id',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTopLevels' },
	default: '',
	description:
		'The top level (client group) the client belongs to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Client fields shared by Create (optional fields) and Update, sorted by name. */
export function clientFields(mode: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Account Manager Name or ID',
			name: 'accountmanagertech',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: '',
			description:
				'The agent who manages the account. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			placeholder: 'e.g. acme.com',
			description: 'Email domain Halo uses to match incoming mail to this client',
		},
		{ displayName: 'Notes', name: 'notes', type: 'string', default: '', typeOptions: { rows: 3 } },
		{
			displayName: 'Primary Technician Name or ID',
			name: 'pritech',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: '',
			description:
				'The agent who looks after this client first. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{ displayName: 'Reference', name: 'ref', type: 'string', default: '', description: 'Short client code, e.g. ACME' },
		{
			displayName: 'Secondary Technician Name or ID',
			name: 'sectech',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: '',
			description:
				'The agent who covers for the primary technician. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{ displayName: 'VIP', name: 'is_vip', type: 'boolean', default: false, description: 'Whether the client is a VIP' },
		{ displayName: 'Website', name: 'website', type: 'string', default: '', placeholder: 'e.g. https://www.acme.com' },
	];
	if (mode === 'create') {
		fields.push(
			{
				displayName: 'Main Contact Email',
				name: 'newclient_contactemail',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
				description: 'Email of the first user Halo creates for the client',
			},
			{
				displayName: 'Main Contact Name',
				name: 'newclient_contactname',
				type: 'string',
				default: '',
				description: 'Name of the first user Halo creates for the client',
			},
			{
				displayName: 'Main Site Name',
				name: 'newclient_sitename',
				type: 'string',
				default: '',
				description: "Name of the site Halo creates with the client (Halo's default when empty)",
			},
			{
				displayName: 'Phone Number',
				name: 'newclient_phonenumber',
				type: 'string',
				default: '',
				description: 'Phone number of the main site',
			},
		);
	} else {
		fields.push(
			{
				displayName: 'Inactive',
				name: 'inactive',
				type: 'boolean',
				default: false,
				description: 'Whether the client is inactive (hidden from lists and new tickets)',
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			topLevelField,
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
