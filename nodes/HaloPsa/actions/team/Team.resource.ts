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
		displayOptions: { show: { resource: ['team'] } },
		options: [{ name: 'Get Many', value: 'getAll', description: 'List the agent teams', action: 'Get many teams' }],
		default: 'getAll',
	},
	...operationFields(operations),
];
