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
		displayOptions: { show: { resource: ['purchaseOrder'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Read one purchase order with its lines',
				action: 'Get a purchase order',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List purchase orders by client, supplier, status, sales order and whether they are open',
				action: 'Get many purchase orders',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
