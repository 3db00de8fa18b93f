import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['client'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: add a client with its main site (and optionally a first contact)',
				action: 'Create a client',
			},
			{ name: 'Delete', value: 'delete', description: 'Writes to Halo: delete a client', action: 'Delete a client' },
			{ name: 'Get', value: 'get', description: 'Read one client', action: 'Get a client' },
			{ name: 'Get Many', value: 'getAll', description: 'List clients with filters', action: 'Get many clients' },
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set, keep the rest',
				action: 'Update a client',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
