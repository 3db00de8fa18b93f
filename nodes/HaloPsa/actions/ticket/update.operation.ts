import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { locatorId } from '../../helpers/locator';
import { inputError } from '../../helpers/validate';
import { outputRecords } from '../common/crud';
import { batchSizeField, saveBatch } from '../common/batch';
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
	batchSizeField('ticket updates'),
];

export const description = updateDisplayOptions({ show: { resource: ['ticket'], operation: ['update'] } }, properties);

/** One item's update: the ticket id and only the fields set (Halo keeps everything else on the ticket). */
async function updateBody(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = await locatorId(ctx, itemIndex, 'ticketId', 'Ticket', 'ticket');
	const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (fields.summary !== undefined && String(fields.summary ?? '').trim() === '') {
		throw inputError(ctx, itemIndex, 'Summary', 'cannot be set to empty');
	}
	return await recordBody(ctx, itemIndex, { id }, fields, ticketFieldRules, 'ticket');
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const ticket = await saveRecord(this, itemIndex, '/Tickets', await updateBody(this, itemIndex));
	return outputRecords(this, itemIndex, 'ticket', [ticket]);
}

/** Batch Size > 1: the items' updates in one POST, matched back by ticket id; never re-sent. */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<INodeExecutionData[][]> {
	const bodies: IDataObject[] = [];
	for (const itemIndex of itemIndexes) bodies.push(await updateBody(this, itemIndex));
	return await saveBatch(this, itemIndexes, bodies, { path: '/Tickets', resource: 'ticket', plural: 'ticket updates', matchField: 'id' });
}
