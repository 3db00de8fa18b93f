import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { create, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['quote'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: offer a client a priced quote with its lines',
				action: 'Create a quote',
			},
			{ name: 'Get', value: 'get', description: 'Read one quote with its lines', action: 'Get a quote' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List quotes by client, status and whether they are open',
				action: 'Get many quotes',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
