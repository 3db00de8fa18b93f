import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { ticketLocator } from '../../descriptions/locators';
import { outcomeField } from '../../descriptions/outcome';
import { OTHER_RECORDS, RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { explainOutcomeError, resolveOutcome, saveAction } from '../../helpers/outcomes';
import { inputError, requiredText } from '../../helpers/validate';
import { batchSizeField, saveBatch } from '../common/batch';
import { outputRecords } from '../common/output';
import { recordBody, type FieldRules } from '../common/write';
import type { ToolText } from '../../descriptions/tool';

const rules: FieldRules = {
	lookups: { new_status: 'status', new_agent: 'agent' },
	hours: ['timetaken', 'nonbilltime'],
	dates: ['datetime'],
	labels: {
		new_status: 'New Status',
		new_agent: 'New Agent',
		timetaken: 'Time Taken (Hours)',
		nonbilltime: 'Non-Billable Time (Hours)',
		datetime: 'Date/Time',
	},
};

const EMAIL_FIELDS: Record<string, string> = {
	emailto: 'Email To',
	emailcc: 'Email CC',
	emailsubject: 'Email Subject',
};

const properties: INodeProperties[] = [
	{ ...ticketLocator, description: 'The ticket the note, reply or time entry is added to' },
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'The text of the note or reply (plain text or HTML)',
	},
	{
		displayName: 'Visibility',
		name: 'visibility',
		type: 'options',
		default: 'private',
		description:
			'Private notes are seen by agents only. A public reply is shown to the end user on the portal (and emailed with Send Email).',
		options: [
			{ name: 'Private Note (Agents Only)', value: 'private' },
			{ name: 'Public Reply (Visible to the End User)', value: 'public' },
		],
	},
	outcomeField('Phone Call'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Billable',
				name: 'actisbillable',
				type: 'boolean',
				default: true,
				description: 'Whether the time on this action is billable',
			},
			{
				displayName: 'Date/Time',
				name: 'datetime',
				type: 'dateTime',
				default: '',
				description: 'When the action happened (default: now)',
			},
			{
				displayName: 'Email CC',
				name: 'emailcc',
				type: 'string',
				default: '',
				description: 'Comma-separated addresses copied on the email (needs Send Email)',
			},
			{
				displayName: 'Email Subject',
				name: 'emailsubject',
				type: 'string',
				default: '',
				description: "Subject of the email (needs Send Email; default: Halo's template)",
			},
			{
				displayName: 'Email To',
				name: 'emailto',
				type: 'string',
				default: '',
				description: "Comma-separated recipients (needs Send Email; default: the ticket's end user)",
			},
			{
				displayName: 'Important',
				name: 'important',
				type: 'boolean',
				default: false,
				description: 'Whether to flag the action as important (shown highlighted in Halo)',
			},
			{
				displayName: 'New Agent Name or ID',
				name: 'new_agent',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getAgents' },
				default: '',
				description:
					'Reassign the ticket to this agent with the action. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'New Status Name or ID',
				name: 'new_status',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getStatuses' },
				default: '',
				description:
					'Change the ticket\'s status with the action. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Non-Billable Time (Hours)',
				name: 'nonbilltime',
				type: 'number',
				typeOptions: { numberPrecision: 2 },
				default: 0,
				description: 'Non-billable time, in decimal hours (0.25 = 15 minutes)',
			},
			{
				displayName: 'Send Email',
				name: 'sendemail',
				type: 'boolean',
				default: false,
				description: 'Whether Halo emails the reply to the end user (public replies only)',
			},
			{
				displayName: 'Time Taken (Hours)',
				name: 'timetaken',
				type: 'number',
				typeOptions: { numberPrecision: 2 },
				default: 0,
				description: "Time spent, in decimal hours (0.25 = 15 minutes); adds to the ticket's time",
			},
		],
	},
	customFieldsProperty('action'),
	additionalJsonField,
	simplifyField,
	batchSizeField('actions'),
];

export const description = updateDisplayOptions({ show: { resource: ['action'], operation: ['create'] } }, properties);

/** One item's action record, checked: private unless the user chose a public reply. */
async function actionBody(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const ticketId = await locatorId(ctx, itemIndex, RECORDS.ticket);
	const note = requiredText(ctx, itemIndex, 'note', 'Note');
	const isPublic = ctx.getNodeParameter('visibility', itemIndex, 'private') === 'public';
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;

	const emailField = Object.keys(EMAIL_FIELDS).find((key) => fields[key] !== undefined && fields[key] !== '');
	if (fields.sendemail === true && !isPublic) {
		throw inputError(
			ctx,
			itemIndex,
			'Send Email',
			'only a public reply can be emailed; set Visibility to "Public Reply"',
		);
	}
	if (emailField && fields.sendemail !== true) {
		throw inputError(ctx, itemIndex, EMAIL_FIELDS[emailField], 'is only used when Send Email is on');
	}

	// Halo refuses an action without an outcome: one is always sent (the tenant's default when left empty).
	const outcome = await resolveOutcome(ctx, itemIndex, {
		requested: ctx.getNodeParameter('outcome', itemIndex, ''),
		hidden: !isPublic,
	});
	const base: IDataObject = { ticket_id: ticketId, note, hiddenfromuser: !isPublic, ...outcome };
	return await recordBody(ctx, itemIndex, base, fields, rules, 'action');
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const body = await actionBody(this, itemIndex);
	const action = await saveAction(this, itemIndex, body);
	return outputRecords(this, itemIndex, 'action', [action]);
}

/** Batch Size > 1: the items' actions in one POST; every body is built first, so an invalid item stops the batch before anything is written. */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<INodeExecutionData[][]> {
	const bodies: IDataObject[] = [];
	for (const itemIndex of itemIndexes) bodies.push(await actionBody(this, itemIndex));
	try {
		return await saveBatch(this, itemIndexes, bodies, {
			path: OTHER_RECORDS.action.apiPath,
			resource: 'action',
			plural: 'actions',
			matchField: 'ticket_id',
		});
	} catch (error) {
		throw await explainOutcomeError(this, itemIndexes[0], error, bodies);
	}
}

export const tool: ToolText = {
	notes:
		"An action is an entry on a ticket's timeline. Notes are private (agents only) unless Visibility is public, which shows it to the end user",
	needs: 'the ticket ID and the note text; optionally visibility, outcome and time taken in hours',
	returns: 'the saved action: its ID, ticket ID, outcome, note and who wrote it',
};
