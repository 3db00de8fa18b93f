import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/common';
import { ticketLocator } from '../../descriptions/locators';
import { OTHER_RECORDS, RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { toHaloId } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { outputRecords } from '../common/output';
import { actionIdField } from './fields';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{ ...ticketLocator, description: 'The ticket the action belongs to' },
	actionIdField,
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['action'], operation: ['get'] } }, properties);

/** Halo reads an action within its ticket: an action of another ticket is "not found". */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const ticketId = await locatorId(this, itemIndex, RECORDS.ticket);
	const actionId = toHaloId(this, itemIndex, 'Action ID', this.getNodeParameter('actionId', itemIndex));
	const action = await haloRequest.call(this, {
		method: 'GET',
		path: `${OTHER_RECORDS.action.apiPath}/${actionId}`,
		qs: { ticket_id: ticketId, includedetails: true },
		itemIndex,
	});
	return outputRecords(this, itemIndex, 'action', [action as IDataObject]);
}

export const tool: ToolText = {
	notes: 'An action is a note, email or time entry on a ticket',
	needs: 'the ticket ID and the action ID (from Get Many actions)',
	returns: 'the action: note, outcome, who, when, private or public, time taken',
};
