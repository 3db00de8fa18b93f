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
		displayOptions: { show: { resource: ['supplier'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: add a supplier (vendor) you buy from',
				action: 'Create a supplier',
			},
			{ name: 'Get', value: 'get', description: 'Read one supplier', action: 'Get a supplier' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List suppliers by search text, active ones by default',
				action: 'Get many suppliers',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set, keep the rest',
				action: 'Update a supplier',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
