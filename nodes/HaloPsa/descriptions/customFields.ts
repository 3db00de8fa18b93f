import type { INodeProperties } from 'n8n-workflow';

import type { CustomFieldOwner } from '../helpers/customFields';

const LOAD_METHOD: Record<CustomFieldOwner, string> = {
	ticket: 'getTicketCustomFields',
	action: 'getActionCustomFields',
	client: 'getClientCustomFields',
	site: 'getSiteCustomFields',
	asset: 'getAssetCustomFields',
};

/** Custom fields picked by name from the tenant's own field definitions. */
export function customFieldsProperty(owner: CustomFieldOwner): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'field',
						type: 'options',
						typeOptions: { loadOptionsMethod: LOAD_METHOD[owner] },
						default: '',
						description:
							'Choose from the list, or specify the field name (e.g. CFBillingCode) or ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
					},
				],
			},
		],
	};
}
