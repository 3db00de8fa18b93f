import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { RECORDS } from '../../descriptions/records';
import { requiredText } from '../../helpers/validate';
import { recordBody, saveAndOutput } from '../common/write';
import { ticketFieldRules, ticketFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Summary',
		name: 'summary',
		type: 'string',
		required: true,
		default: '',
		description: "The ticket's subject line",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: ticketFields(false),
	},
	customFieldsProperty('ticket'),
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['ticket'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const summary = requiredText(this, itemIndex, 'summary', 'Summary');
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = await recordBody(this, itemIndex, { summary }, fields, ticketFieldRules, 'ticket');
	return await saveAndOutput(this, itemIndex, RECORDS.ticket, body);
}

export const tool: ToolText = {
	notes: 'A ticket is a support request of one client',
	needs:
		'a Summary; optionally client, user, ticket type, status, priority, team, agent (each an ID or exact name) and Details',
	returns: 'the new ticket with its ID, status, client and agent',
};
