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
		displayOptions: { show: { resource: ['item'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: add a product or service to the item catalogue',
				action: 'Create an item',
			},
			{ name: 'Get', value: 'get', description: 'Read one item (product or service)', action: 'Get an item' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List catalogue items by search text, item group or supplier',
				action: 'Get many items',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set (e.g. prices), keep the rest',
				action: 'Update an item',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
