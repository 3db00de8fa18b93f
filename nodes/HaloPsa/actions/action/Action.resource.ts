import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { create, delete: del, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['action'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: add a note, public reply or time entry to a ticket',
				action: 'Create an action',
			},
			{ name: 'Delete', value: 'delete', description: 'Writes to Halo: delete an action', action: 'Delete an action' },
			{ name: 'Get', value: 'get', description: 'Read one action of a ticket', action: 'Get an action' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List a ticket's actions with filters",
				action: 'Get many actions',
			},
		],
		default: 'create',
	},
	...operationFields(operations),
];
