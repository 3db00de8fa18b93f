import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as runSaved from './runSaved.operation';
import * as runSql from './runSql.operation';

export const operations = { runSaved, runSql };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: [
			{
				name: 'Run Saved Report',
				value: 'runSaved',
				description: 'Run a report saved in Halo and output its rows',
				action: 'Run a saved report',
			},
			{
				name: 'Run SQL Query',
				value: 'runSql',
				description: "Run one SELECT on Halo's database and output the rows, in one request; nothing is saved",
				action: 'Run an SQL query',
			},
		],
		default: 'runSql',
	},
	...operationFields(operations),
];
