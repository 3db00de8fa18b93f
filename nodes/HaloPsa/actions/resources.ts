import type { INodeProperties } from 'n8n-workflow';

import type { HaloOperation } from './operation.type';
import * as action from './action/Action.resource';
import * as agent from './agent/Agent.resource';
import * as asset from './asset/Asset.resource';
import * as attachment from './attachment/Attachment.resource';
import * as client from './client/Client.resource';
import * as contract from './contract/Contract.resource';
// billing resources (issue 23)
import * as invoice from './invoice/Invoice.resource';
import * as item from './item/Item.resource';
import * as recurringInvoice from './recurringInvoice/RecurringInvoice.resource';
import * as supplier from './supplier/Supplier.resource';
// end of billing resources
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
	// billing resources
	invoice,
	item,
	recurringInvoice,
	supplier,
	// end of billing resources
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
			// billing resources
			{ name: 'Invoice', value: 'invoice' },
			{ name: 'Item (Product)', value: 'item' }, // billing resource
			{ name: 'Knowledge Base Article', value: 'kbArticle' },
			{ name: 'Recurring Invoice', value: 'recurringInvoice' }, // billing resource
			{ name: 'Report', value: 'report' },
			{ name: 'Site', value: 'site' },
			{ name: 'Supplier', value: 'supplier' }, // billing resource
			{ name: 'Team', value: 'team' },
			{ name: 'Ticket', value: 'ticket' },
			{ name: 'User', value: 'user' },
		],
		default: 'ticket',
	},
	...Object.values(resources).flatMap((resource) => resource.description),
];
