import type { INodeProperties } from 'n8n-workflow';

/** The attachment Download and Delete act on. */
export const attachmentIdField: INodeProperties = {
	displayName: 'Attachment ID',
	name: 'attachmentId',
	type: 'string',
	required: true,
	default: '',
	description: 'The ID from Get Many (or Upload)',
};
