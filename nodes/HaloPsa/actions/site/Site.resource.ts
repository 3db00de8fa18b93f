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
		displayOptions: { show: { resource: ['site'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: add a site to a client',
				action: 'Create a site',
			},
			{ name: 'Delete', value: 'delete', description: 'Writes to Halo: delete a site', action: 'Delete a site' },
			{ name: 'Get', value: 'get', description: 'Read one site', action: 'Get a site' },
			{ name: 'Get Many', value: 'getAll', description: 'List sites with filters', action: 'Get many sites' },
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set, keep the rest',
				action: 'Update a site',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
