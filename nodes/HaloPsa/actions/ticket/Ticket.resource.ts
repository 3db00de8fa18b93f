import type { INodeProperties } from 'n8n-workflow';

import { operationFields } from '../common/resource';
import * as create from './create.operation';
import * as createOrAddNote from './createOrAddNote.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getContext from './getContext.operation';
import * as linkAsset from './linkAsset.operation';
import * as resolve from './resolve.operation';
import * as update from './update.operation';

export const operations = {
	create,
	createOrAddNote,
	delete: del,
	get,
	getContext,
	getAll,
	linkAsset,
	resolve,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ticket'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Writes to Halo: log a new ticket', action: 'Create a ticket' },
			{
				name: 'Create or Add Note',
				value: 'createOrAddNote',
				description:
					"Writes to Halo: add a private note to the client's open ticket with the same key (summary, custom field or alert ID), or log a new ticket",
				action: 'Create a ticket or add a note to the matching one',
			},
			{ name: 'Delete', value: 'delete', description: 'Writes to Halo: delete a ticket', action: 'Delete a ticket' },
			{ name: 'Get', value: 'get', description: 'Read one ticket', action: 'Get a ticket' },
			{
				name: 'Get Context',
				value: 'getContext',
				description:
					'Read one ticket with its client, site, end user (email, phone), linked assets, active contracts and latest actions (notes as text), in at most 4 Halo requests',
				action: 'Get a ticket with its context',
			},
			{ name: 'Get Many', value: 'getAll', description: 'List tickets with filters', action: 'Get many tickets' },
			{
				name: 'Link Asset',
				value: 'linkAsset',
				description: 'Writes to Halo: add an asset to the ticket, keeping those already linked',
				action: 'Link an asset to a ticket',
			},
			{
				name: 'Resolve',
				value: 'resolve',
				description: 'Writes to Halo: set a closed status and add the closure note in one step',
				action: 'Resolve a ticket',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Writes to Halo: change the fields you set, keep the rest',
				action: 'Update a ticket',
			},
		],
		default: 'getAll',
	},
	...operationFields(operations),
];
