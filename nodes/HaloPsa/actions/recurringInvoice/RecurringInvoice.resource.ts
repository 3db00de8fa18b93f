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
		displayOptions: { show: { resource: ['recurringInvoice'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Read one recurring invoice (Halo gives these negative IDs) with its lines',
				action: 'Get a recurring invoice',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the recurring invoices that bill clients and contracts on a schedule',
				action: 'Get many recurring invoices',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
