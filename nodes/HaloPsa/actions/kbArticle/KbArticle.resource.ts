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
		displayOptions: { show: { resource: ['kbArticle'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Read one knowledge base article',
				action: 'Get a knowledge base article',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Search the knowledge base, e.g. for a runbook',
				action: 'Get many knowledge base articles',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
