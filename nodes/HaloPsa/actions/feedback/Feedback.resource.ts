import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as getAll from './getAll.operation';

export const operations = { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['feedback'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List customer satisfaction (CSAT) feedback on tickets in a date range, or a client's",
				action: 'Get many feedback',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
