import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { previewOnlyField } from '../descriptions/common';
import { isWrite, toolDescriptionProperties } from '../descriptions/tool';

import type { HaloOperation } from './operation.type';
import { toolTextLimitField } from './common/output';
import * as action from './action/Action.resource';
import * as agent from './agent/Agent.resource';
import * as appointment from './appointment/Appointment.resource';
import * as asset from './asset/Asset.resource';
import * as attachment from './attachment/Attachment.resource';
import * as client from './client/Client.resource';
import * as contract from './contract/Contract.resource';
import * as feedback from './feedback/Feedback.resource';
import * as invoice from './invoice/Invoice.resource';
import * as item from './item/Item.resource';
import * as kbArticle from './kbArticle/KbArticle.resource';
import * as opportunity from './opportunity/Opportunity.resource';
import * as project from './project/Project.resource';
import * as purchaseOrder from './purchaseOrder/PurchaseOrder.resource';
import * as quote from './quote/Quote.resource';
import * as recurringInvoice from './recurringInvoice/RecurringInvoice.resource';
import * as report from './report/Report.resource';
import * as site from './site/Site.resource';
import * as supplier from './supplier/Supplier.resource';
import * as team from './team/Team.resource';
import * as ticket from './ticket/Ticket.resource';
import * as timesheet from './timesheet/Timesheet.resource';
import * as user from './user/User.resource';

/** Every resource's module: its operations (by the Operation parameter's value) and their fields. */
export const resources = {
	action,
	agent,
	appointment,
	asset,
	attachment,
	client,
	contract,
	feedback,
	invoice,
	item,
	kbArticle,
	opportunity,
	project,
	purchaseOrder,
	quote,
	recurringInvoice,
	report,
	site,
	supplier,
	team,
	ticket,
	timesheet,
	user,
} satisfies Record<string, { operations: Record<string, HaloOperation>; description: INodeProperties[] }>;

/** A resource's Operation dropdown options (the resource's `operation` parameter). */
function operationOptions(module: { description: INodeProperties[] }): INodePropertyOptions[] {
	const operation = module.description.find((property) => property.name === 'operation');
	return (operation?.options ?? []) as INodePropertyOptions[];
}

/** The tool variant's Description of every operation, from the Operation dropdowns and the operations' `tool`. */
function toolDescriptions(nodeName: string): INodeProperties[] {
	return Object.entries(resources).flatMap(([resource, module]) => {
		const tools = Object.fromEntries(Object.entries(module.operations).map(([name, op]) => [name, op.tool]));
		return toolDescriptionProperties(resource, operationOptions(module), tools, nodeName);
	});
}

/** Preview Only on every write operation (those whose dropdown description starts "Writes to Halo"). */
function previewOnlyFields(): INodeProperties[] {
	return Object.entries(resources).flatMap(([resource, module]) => {
		const writes = operationOptions(module).filter(isWrite);
		return writes.length
			? [
					previewOnlyField(
						resource,
						writes.map((option) => String(option.value)),
					),
				]
			: [];
	});
}

/**
 * The node's parameters: the tool variant's Description (first, where n8n puts its own), the Resource
 * dropdown, every resource's Operation dropdown and fields, and Preview Only (last) on the writes.
 */
export const nodeProperties = (nodeName: string): INodeProperties[] => [
	...toolDescriptions(nodeName),
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Action', value: 'action' },
			{ name: 'Agent', value: 'agent' },
			{ name: 'Appointment', value: 'appointment' },
			{ name: 'Asset', value: 'asset' },
			{ name: 'Attachment', value: 'attachment' },
			{ name: 'Client', value: 'client' },
			{ name: 'Contract', value: 'contract' },
			{ name: 'Feedback (CSAT)', value: 'feedback' },
			{ name: 'Invoice', value: 'invoice' },
			{ name: 'Item (Product)', value: 'item' },
			{ name: 'Knowledge Base Article', value: 'kbArticle' },
			{ name: 'Opportunity', value: 'opportunity' },
			{ name: 'Project', value: 'project' },
			{ name: 'Purchase Order', value: 'purchaseOrder' },
			{ name: 'Quote', value: 'quote' },
			{ name: 'Recurring Invoice', value: 'recurringInvoice' },
			{ name: 'Report', value: 'report' },
			{ name: 'Site', value: 'site' },
			{ name: 'Supplier', value: 'supplier' },
			{ name: 'Team', value: 'team' },
			{ name: 'Ticket', value: 'ticket' },
			{ name: 'Timesheet', value: 'timesheet' },
			{ name: 'User', value: 'user' },
		],
		default: 'ticket',
	},
	...Object.values(resources).flatMap((resource) => resource.description),
	...previewOnlyFields(),
	toolTextLimitField,
];
