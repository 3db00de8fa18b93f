import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ticketLocator } from '../../descriptions/locators';
import { toOptionalHaloId } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';

const properties: INodeProperties[] = [
	ticketLocator,
	{
		displayName: 'Action ID',
		name: 'actionId',
		type: 'string',
		default: '',
		description: 'Only the files attached to this action of the ticket',
	},
];

const operation = getManyOperation({
	resource: 'attachment',
	operation: 'getAll',
	path: '/Attachment',
	properties,
	// Halo does not page attachments; `count` caps them.
	paged: false,
	query: (ctx: IExecuteFunctions, itemIndex: number): IDataObject => {
		const raw = ctx.getNodeParameter('ticketId', itemIndex, undefined, { extractValue: true });
		const qs: IDataObject = { ticket_id: toOptionalHaloId(ctx, itemIndex, 'Ticket', raw) };
		const actionId = toOptionalHaloId(ctx, itemIndex, 'Action ID', ctx.getNodeParameter('actionId', itemIndex, ''));
		if (actionId) qs.action_id = actionId;
		return qs;
	},
});

export const { description, execute } = operation;
