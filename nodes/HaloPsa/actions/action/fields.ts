import type { INodeProperties } from 'n8n-workflow';

/** The plain "Action ID" field of Get and Delete (actions have no search of their own). */
export const actionIdField: INodeProperties = {
	displayName: 'Action ID',
	name: 'actionId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 5012',
	description: 'The ID of the note, email or time entry, as listed by Get Many',
};
