import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { isoDate } from '../../helpers/query';
import { inputError, requiredText } from '../../helpers/validate';
import { recordBody, saveAndOutput } from '../common/write';
import { appointmentFieldRules, appointmentFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{ displayName: 'Subject', name: 'subject', type: 'string', required: true, default: '' },
	{ displayName: 'Start', name: 'startDate', type: 'dateTime', required: true, default: '' },
	{ displayName: 'End', name: 'endDate', type: 'dateTime', required: true, default: '' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: appointmentFields('create'),
	},
	additionalJsonField,
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['appointment'], operation: ['create'] } },
	properties,
);

function requiredDate(ctx: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const date = isoDate(ctx, itemIndex, label, ctx.getNodeParameter(name, itemIndex, ''));
	if (!date) throw inputError(ctx, itemIndex, label, 'is required and cannot be empty');
	return date;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const subject = requiredText(this, itemIndex, 'subject', 'Subject');
	const start = requiredDate(this, itemIndex, 'startDate', 'Start');
	const end = requiredDate(this, itemIndex, 'endDate', 'End');
	if (Date.parse(end) < Date.parse(start)) throw inputError(this, itemIndex, 'End', 'is before Start');
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const base: IDataObject = { subject, start_date: start, end_date: end };
	const body = await recordBody(this, itemIndex, base, fields, appointmentFieldRules);
	return await saveAndOutput(this, itemIndex, RECORDS.appointment, body);
}

export const tool: ToolText = {
	notes: "An appointment is an entry in an agent's calendar, e.g. an on-site visit",
	needs:
		'a Subject, Start and End (ISO date-times); optionally the agent, client, site, end user (each an ID or exact name), ticket ID and note',
	returns: 'the new appointment with its ID',
};
