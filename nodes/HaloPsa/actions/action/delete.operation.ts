import type { INodeExecutionData, INodeProperties, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ticketLocator } from '../../descriptions/locators';
import { OTHER_RECORDS, RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { toHaloId } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { actionIdField } from './fields';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{ ...ticketLocator, description: 'The ticket the action belongs to' },
	actionIdField,
];

export const description = updateDisplayOptions({ show: { resource: ['action'], operation: ['delete'] } }, properties);

/**
 * `DELETE /Actions/{id}?ticket_id=`: Halo numbers actions within their ticket and refuses a delete
 * without the ticket ("ticket_id must be included when deleting an Action").
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const ticketId = await locatorId(this, itemIndex, RECORDS.ticket);
	const id = toHaloId(this, itemIndex, 'Action ID', this.getNodeParameter('actionId', itemIndex));
	await haloRequest.call(this, {
		method: 'DELETE',
		path: `${OTHER_RECORDS.action.apiPath}/${id}`,
		qs: { ticket_id: ticketId },
		itemIndex,
	});
	return [{ json: { id, ticket_id: ticketId, deleted: true } }];
}

export const tool: ToolText = {
	notes: 'Cannot be undone',
	needs: 'the ticket ID and the action ID (from Get Many actions)',
	returns: 'the action ID and deleted: true',
};
