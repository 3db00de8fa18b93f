import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { includeInactiveFilter } from '../../descriptions/common';
import { toOptionalHaloId } from '../../helpers/validate';
import { unpagedListOperation } from '../agent/unpagedList';
import { compact } from '../common/crud';

const properties: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Department ID',
				name: 'departmentId',
				type: 'string',
				default: '',
				description: 'Only the teams of this department',
			},
			includeInactiveFilter('teams'),
			{
				displayName: 'Used For',
				name: 'type',
				type: 'options',
				default: '',
				description: 'Only teams that work on this kind of record',
				options: [
					{ name: 'Any', value: '' },
					{ name: 'Opportunities', value: 'opps' },
					{ name: 'Projects', value: 'prjs' },
					{ name: 'Tickets', value: 'reqs' },
				],
			},
		],
	},
];

function teamQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		department_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Department ID', filters.departmentId),
		includedisabled: filters.includeInactive === true ? true : undefined,
		type: filters.type ? String(filters.type) : undefined,
	});
}

const operation = unpagedListOperation({ resource: 'team', path: '/Team', properties, query: teamQuery });

export const { description, execute } = operation;
