import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['project'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: open a project for a client',
				action: 'Create a project',
			},
			{ name: 'Get', value: 'get', description: 'Read one project', action: 'Get a project' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List projects by client and status, open ones only if you like',
				action: 'Get many projects',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set, keep the rest',
				action: 'Update a project',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
