import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { lookupId } from '../../helpers/names';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	filtersProperty([
		{
			displayName: 'Include API Agents',
			name: 'includeApiAgents',
			type: 'boolean',
			default: false,
			description: 'Whether to include the agents that API applications log in as',
		},
		{
			displayName: 'Include Disabled',
			name: 'includeDisabled',
			type: 'boolean',
			default: false,
			description: 'Whether to include disabled agents as well as enabled ones',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text to find in the agent name or email address',
		},
		{
			displayName: 'Team Name or ID',
			name: 'teamId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTeams' },
			default: '',
			description:
				'Only members of this team. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
];

async function agentQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		// a team name from an expression (e.g. "NOC") is resolved to its id
		team_id: await lookupId(ctx, itemIndex, 'team', 'Filters → Team', filters.teamId),
		search: textFilter(filters.search),
		includedisabled: onlyIfTrue(filters.includeDisabled),
		includeapiagents: onlyIfTrue(filters.includeApiAgents),
	});
}

// Halo answers with one bare array, without paging or `count`: the Limit is applied here.
export const { description, execute } = getManyOperation({
	records: RECORDS.agent,
	paging: 'none',
	properties,
	query: agentQuery,
});

export const tool: ToolText = {
	notes: "Agents are the MSP's technicians; search matches name or email",
	needs: 'nothing; optionally search text or a team',
	returns: 'a list of agents (ID, name, email, team)',
};
