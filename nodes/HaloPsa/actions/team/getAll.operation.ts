import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersProperty, includeInactiveFilter } from '../../descriptions/common';
import { OTHER_RECORDS } from '../../descriptions/records';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { toOptionalHaloId } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
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
	]),
];

function teamQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		department_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Department ID', filters.departmentId),
		includedisabled: onlyIfTrue(filters.includeInactive),
		type: textFilter(filters.type),
	});
}

// Halo answers with one bare array, without paging or `count`: the Limit is applied here.
export const { description, execute } = getManyOperation({
	records: OTHER_RECORDS.team,
	paging: 'none',
	properties,
	query: teamQuery,
});

export const tool: ToolText = {
	notes: 'Teams group agents; tickets are assigned to a team',
	needs: 'nothing; optionally filters',
	returns: 'a list of teams (ID, name, department)',
};
