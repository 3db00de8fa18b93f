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
		displayOptions: { show: { resource: ['timesheet'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: "Read an agent's timesheet for one day: target, logged and chargeable hours, and its entries",
				action: 'Get a timesheet',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List time entries (timesheet events) of agents in a date range',
				action: 'Get many time entries',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
