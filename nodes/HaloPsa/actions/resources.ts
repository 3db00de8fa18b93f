import type { INodeProperties } from 'n8n-workflow';

import type { HaloOperation } from './operation.type';
import * as action from './action/Action.resource';
import * as agent from './agent/Agent.resource';
// res-ops (issue 23)
import * as appointment from './appointment/Appointment.resource';
// end res-ops
import * as asset from './asset/Asset.resource';
import * as attachment from './attachment/Attachment.resource';
import * as client from './client/Client.resource';
import * as contract from './contract/Contract.resource';
// res-ops (issue 23)
import * as feedback from './feedback/Feedback.resource';
// end res-ops
import * as kbArticle from './kbArticle/KbArticle.resource';
// res-ops (issue 23)
import * as opportunity from './opportunity/Opportunity.resource';
import * as project from './project/Project.resource';
// end res-ops
import * as report from './report/Report.resource';
import * as site from './site/Site.resource';
import * as team from './team/Team.resource';
import * as ticket from './ticket/Ticket.resource';
// res-ops (issue 23)
import * as timesheet from './timesheet/Timesheet.resource';
// end res-ops
import * as user from './user/User.resource';

/** Every resource's module: its operations (by the Operation parameter's value) and their fields. */
export const resources = {
	action,
	agent,
	appointment, // res-ops
	asset,
	attachment,
	client,
	contract,
	feedback, // res-ops
	kbArticle,
	opportunity, // res-ops
	project, // res-ops
	report,
	site,
	team,
	ticket,
	timesheet, // res-ops
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
			{ name: 'Appointment', value: 'appointment' }, // res-ops
			{ name: 'Asset', value: 'asset' },
			{ name: 'Attachment', value: 'attachment' },
			{ name: 'Client', value: 'client' },
			{ name: 'Contract', value: 'contract' },
			{ name: 'Feedback (CSAT)', value: 'feedback' }, // res-ops
			{ name: 'Knowledge Base Article', value: 'kbArticle' },
			{ name: 'Opportunity', value: 'opportunity' }, // res-ops
			{ name: 'Project', value: 'project' }, // res-ops
			{ name: 'Report', value: 'report' },
			{ name: 'Site', value: 'site' },
			{ name: 'Team', value: 'team' },
			{ name: 'Ticket', value: 'ticket' },
			{ name: 'Timesheet', value: 'timesheet' }, // res-ops
			{ name: 'User', value: 'user' },
		],
		default: 'ticket',
	},
	...Object.values(resources).flatMap((resource) => resource.description),
];
