import type { INodeProperties } from 'n8n-workflow';

import type { HaloOperation } from './operation.type';
import { toolTextLimitField } from './common/output';
import * as action from './action/Action.resource';
import * as agent from './agent/Agent.resource';
import * as asset from './asset/Asset.resource';
import * as attachment from './attachment/Attachment.resource';
import * as client from './client/Client.resource';
import * as contract from './contract/Contract.resource';
import * as kbArticle from './kbArticle/KbArticle.resource';
import * as report from './report/Report.resource';
import * as site from './site/Site.resource';
import * as team from './team/Team.resource';
import * as ticket from './ticket/Ticket.resource';
import * as user from './user/User.resource';

/** Every resource's module: its operations (by the Operation parameter's value) and their fields. */
export const resources = {
	action,
	agent,
	asset,
	attachment,
	client,
	contract,
	kbArticle,
	report,
	site,
	team,
	ticket,
	user,
} satisfies Record<string, { operations: Record<string, HaloOperation>; description: INodeProperties[] }>;

/** The node's parameters: the Resource dropdown, then every resource's Operation dropdown and fields. */
export const resourceProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Action', value: 'action' },
			{ name: 'Agent', value: 'agent' },
			{ name: 'Asset', value: 'asset' },
			{ name: 'Attachment', value: 'attachment' },
			{ name: 'Client', value: 'client' },
			{ name: 'Contract', value: 'contract' },
			{ name: 'Knowledge Base Article', value: 'kbArticle' },
			{ name: 'Report', value: 'report' },
			{ name: 'Site', value: 'site' },
			{ name: 'Team', value: 'team' },
			{ name: 'Ticket', value: 'ticket' },
			{ name: 'User', value: 'user' },
		],
		default: 'ticket',
	},
	...Object.values(resources).flatMap((resource) => resource.description),
	toolTextLimitField,
];
