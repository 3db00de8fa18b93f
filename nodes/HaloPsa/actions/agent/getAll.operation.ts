import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { lookupId } from '../../helpers/lookups';
import { compact } from '../common/crud';
import { unpagedListOperation } from './unpagedList';

const properties: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
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
				description: 'Only members of this team. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

async function agentQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		// a team name from an expression (e.g. "NOC") is resolved to its id
		team_id: await lookupId(ctx, itemIndex, 'team', 'Filters → Team', filters.teamId),
		search: filters.search ? String(filters.search) : undefined,
		includedisabled: filters.includeDisabled === true ? true : undefined,
		includeapiagents: filters.includeApiAgents === true ? true : undefined,
	});
}

const operation = unpagedListOperation({ resource: 'agent', path: '/Agent', properties, query: agentQuery });

export const { description, execute } = operation;
