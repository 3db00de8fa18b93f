import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contract'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Read one client contract', action: 'Get a contract' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List client contracts, active ones by default',
				action: 'Get many contracts',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
