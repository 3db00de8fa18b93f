import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as findByHostname from './findByHostname.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, findByHostname, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['asset'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Writes to Halo: add an asset (device) to a client',
				action: 'Create an asset',
			},
			{ name: 'Delete', value: 'delete', description: 'Writes to Halo: delete an asset', action: 'Delete an asset' },
			{
				name: 'Find by Hostname',
				value: 'findByHostname',
				description:
					'Writes to Halo: only when Create If Missing is on. Find the one asset with this hostname, optionally creating it.',
				action: 'Find an asset by hostname',
			},
			{ name: 'Get', value: 'get', description: 'Read one asset', action: 'Get an asset' },
			{ name: 'Get Many', value: 'getAll', description: 'List assets with filters', action: 'Get many assets' },
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set, keep the rest',
				action: 'Update an asset',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
