import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['appointment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: "Writes to Halo: add an appointment to an agent's calendar",
				action: 'Create an appointment',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Writes to Halo: delete an appointment',
				action: 'Delete an appointment',
			},
			{ name: 'Get', value: 'get', description: 'Read one appointment', action: 'Get an appointment' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List appointments in a date range, by agent, client or ticket',
				action: 'Get many appointments',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set, keep the rest',
				action: 'Update an appointment',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
