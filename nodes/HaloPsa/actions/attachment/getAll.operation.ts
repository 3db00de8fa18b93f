import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ticketLocator } from '../../descriptions/locators';
import { OTHER_RECORDS, RECORDS } from '../../descriptions/records';
import { optionalLocatorId } from '../../helpers/locator';
import { toOptionalHaloId } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

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

export const { description, execute } = getManyOperation({
	records: OTHER_RECORDS.attachment,
	// Halo does not page attachments; `count` caps them.
	paging: 'count',
	properties,
	// The ticket is read like every other locator (By URL included): the page must be a ticket's.
	query: async (ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> => {
		const qs: IDataObject = { ticket_id: await optionalLocatorId(ctx, itemIndex, RECORDS.ticket) };
		const actionId = toOptionalHaloId(ctx, itemIndex, 'Action ID', ctx.getNodeParameter('actionId', itemIndex, ''));
		if (actionId) qs.action_id = actionId;
		return qs;
	},
});

export const tool: ToolText = {
	needs: 'the ticket ID; optionally an action ID',
	returns: 'a list of files (ID, file name, size, type, action ID)',
};
