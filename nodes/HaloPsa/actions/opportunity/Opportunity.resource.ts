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
		displayOptions: { show: { resource: ['opportunity'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: open a sales opportunity for a client',
				action: 'Create an opportunity',
			},
			{ name: 'Get', value: 'get', description: 'Read one opportunity', action: 'Get an opportunity' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List opportunities by client and status, open ones only if you like',
				action: 'Get many opportunities',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set, keep the rest',
				action: 'Update an opportunity',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
