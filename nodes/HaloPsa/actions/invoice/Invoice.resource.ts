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
		displayOptions: { show: { resource: ['invoice'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: raise an invoice for a client with its lines',
				action: 'Create an invoice',
			},
			{ name: 'Get', value: 'get', description: 'Read one invoice with its lines', action: 'Get an invoice' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List invoices by client, contract, invoice date and whether they are posted',
				action: 'Get many invoices',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
