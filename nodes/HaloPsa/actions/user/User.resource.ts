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
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: add an end user (contact) to a client',
				action: 'Create a user',
			},
			{ name: 'Get', value: 'get', description: 'Read one end user', action: 'Get a user' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List end users; find one by email address',
				action: 'Get many users',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set, keep the rest',
				action: 'Update a user',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
