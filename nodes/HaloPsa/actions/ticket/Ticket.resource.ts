import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ticket'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get a ticket', action: 'Get a ticket' },
			{ name: 'Get Many', value: 'getAll', description: 'List tickets with filters', action: 'Get many tickets' },
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
];
