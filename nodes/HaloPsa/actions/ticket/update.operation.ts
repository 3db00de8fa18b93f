import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { locatorId } from '../../helpers/locator';
import { inputError } from '../../helpers/validate';
import { outputRecords } from '../common/crud';
import { recordBody, saveRecord } from '../common/write';
import { ticketFieldRules, ticketFields } from './fields';
import { ticketLocator } from '../../descriptions/locators';

const properties: INodeProperties[] = [
	ticketLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: ticketFields(true),
	},
	customFieldsProperty('ticket'),
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['ticket'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await locatorId(this, itemIndex, 'ticketId', 'Ticket', 'ticket');
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (fields.summary !== undefined && String(fields.summary).trim() === '') {
		throw inputError(this, itemIndex, 'Summary', 'cannot be set to empty');
	}
	// Halo updates only the fields sent alongside the id; everything else on the ticket is kept.
	const body = await recordBody(this, itemIndex, { id }, fields, ticketFieldRules, 'ticket');
	const ticket = await saveRecord(this, itemIndex, '/Tickets', body);
	return outputRecords(this, itemIndex, 'ticket', [ticket]);
}
