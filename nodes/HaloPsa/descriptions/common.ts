import type { INodeProperties } from 'n8n-workflow';

/** Return All + Limit, shared by every Get Many. */
export const returnAllFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		"Whether to return a compact record with the fields flows use most (IDs with their names, custom fields as a name → value map) instead of Halo's full record",
};

export const additionalJsonField: INodeProperties = {
	displayName: 'Additional Fields (JSON)',
	name: 'additionalJson',
	type: 'json',
	default: '{}',
	description:
		"Any other Halo fields as a JSON object, sent as they are and merged last (they win over the fields above). See Halo's API documentation for field names.",
};

export interface LocatorSpec {
	name: string;
	displayName: string;
	/** listSearch method name */
	searchMethod: string;
	required?: boolean;
	description?: string;
	/** example shown in the URL mode */
	urlPlaceholder: string;
}

/** From List (searchable) / By ID / By URL — the same three ways to pick any Halo record. */
export function recordLocator(spec: LocatorSpec): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: spec.required ?? true,
		description: spec.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: spec.searchMethod, searchable: true, searchFilterRequired: false },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 1234',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'Not a valid Halo ID (a whole number)' },
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: spec.urlPlaceholder,
			},
		],
	};
}

/** The "Include Inactive" filter of the Get Many operations (Halo hides inactive records by default). */
export function includeInactiveFilter(records: string): INodeProperties {
	return {
		displayName: 'Include Inactive',
		name: 'includeInactive',
		type: 'boolean',
		default: false,
		description: `Whether to include inactive ${records} as well as active ones`,
	};
}

/** The Filters collection of a Get Many. */
export function filtersProperty(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/** The Options collection of an operation or the trigger (read as `options.<name>`). */
export function optionsProperty(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}

/** The client filter of a Get Many (`filters.clientId`). */
export const clientFilter: INodeProperties = {
	displayName: 'Client Name or ID',
	name: 'clientId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getClients' },
	default: '',
	description:
		'Only those of this client. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The site filter of a Get Many (`filters.siteId`); its list follows the client filter. */
export const siteFilter: INodeProperties = {
	displayName: 'Site Name or ID',
	name: 'siteId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSites', loadOptionsDependsOn: ['filters.clientId'] },
	default: '',
	description:
		'Only those of this site; lists the sites of the chosen client. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The parameter every write operation has (see previewOnlyField); transport reads it before sending a write. */
export const PREVIEW_ONLY = 'previewOnly';

/** "Preview Only" on a resource's write operations: output the request that would be sent instead of sending it. */
export function previewOnlyField(resource: string, writeOperations: string[]): INodeProperties {
	return {
		displayName: 'Preview Only',
		name: PREVIEW_ONLY,
		type: 'boolean',
		default: false,
		description:
			'Whether to output the request that would be sent to Halo (method, path, query, body) instead of sending it. Lookups needed to build it still run; nothing is changed in Halo.',
		displayOptions: { show: { resource: [resource], operation: writeOperations } },
	};
}
