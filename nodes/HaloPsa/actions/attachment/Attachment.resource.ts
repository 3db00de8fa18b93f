import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as del from './delete.operation';
import * as download from './download.operation';
import * as getAll from './getAll.operation';
import * as upload from './upload.operation';

export const operations = { delete: del, download, getAll, upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['attachment'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				description: 'Writes to Halo: delete an attachment',
				action: 'Delete an attachment',
			},
			{
				name: 'Download',
				value: 'download',
				description: 'Read a file into a binary field',
				action: 'Download an attachment',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the files of a ticket or action',
				action: 'Get many attachments',
			},
			{
				name: 'Upload',
				value: 'upload',
				description: 'Writes to Halo: attach a binary file to a ticket or action',
				action: 'Upload an attachment',
			},
		],
		default: 'upload',
	},
	...operationFields(operations),
];
