import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsProperty } from '../../descriptions/common';
import { ticketLocator } from '../../descriptions/locators';
import { outcomeField } from '../../descriptions/outcome';
import { HALO_PATHS, RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { cachedList } from '../../helpers/lookups';
import { lookupId } from '../../helpers/names';
import { simplifyRecord } from '../../helpers/simplify';
import { inputError, requiredText, toHours } from '../../helpers/validate';
import { resolveOutcome, saveAction } from '../../helpers/outcomes';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	ticketLocator,
	{
		displayName: 'Closed Status Name or ID',
		name: 'statusId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getClosedStatuses' },
		required: true,
		default: '',
		description:
			'A status that closes the ticket (e.g. Resolved). ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Closure Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'What was done to resolve the ticket',
	},
	{
		displayName: 'Note Visibility',
		name: 'visibility',
		type: 'options',
		default: 'private',
		options: [
			{ name: 'Private (Agents Only)', value: 'private' },
			{ name: 'Public (Visible to the End User)', value: 'public' },
		],
	},
	outcomeField('Resolved'),
	optionsProperty([
		{
			displayName: 'Send Email to User',
			name: 'sendemail',
			type: 'boolean',
			default: false,
			description: 'Whether Halo emails the closure note to the end user (only for a public note)',
		},
		{
			displayName: 'Time Taken (Hours)',
			name: 'timetaken',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Time spent, in decimal hours (0.25 = 15 minutes)',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['ticket'], operation: ['resolve'] } }, properties);

/** One action that carries the closure note and the closed status, so the ticket never closes without its note. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const ticketId = await locatorId(this, itemIndex, RECORDS.ticket);
	const statusId = await lookupId(
		this,
		itemIndex,
		'status',
		'Closed Status',
		this.getNodeParameter('statusId', itemIndex),
	);
	if (!statusId) throw inputError(this, itemIndex, 'Closed Status', 'is required');
	// Halo lists open statuses with `excludeclosed`; one of those would leave the ticket open.
	const openStatuses = await cachedList(this, HALO_PATHS.status, { excludeclosed: true }, itemIndex);
	const open = openStatuses.find((status) => Number(status.id) === statusId);
	if (open) {
		throw inputError(
			this,
			itemIndex,
			'Closed Status',
			`"${String(open.name)}" does not close a ticket; choose a closed status such as Resolved`,
		);
	}
	const note = requiredText(this, itemIndex, 'note', 'Closure Note');
	const isPublic = this.getNodeParameter('visibility', itemIndex) === 'public';
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	// Halo refuses an action without an outcome: one is always sent (the tenant's default when left empty).
	const outcome = await resolveOutcome(this, itemIndex, {
		requested: this.getNodeParameter('outcome', itemIndex, ''),
		hidden: !isPublic,
	});
	const action: IDataObject = {
		ticket_id: ticketId,
		note,
		hiddenfromuser: !isPublic,
		new_status: statusId,
		...outcome,
	};
	if (options.timetaken) action.timetaken = toHours(this, itemIndex, 'Time Taken (Hours)', options.timetaken);
	if (isPublic && options.sendemail) action.sendemail = true;
	const saved = await saveAction(this, itemIndex, action);
	return [{ json: { ticket_id: ticketId, status_id: statusId, action: simplifyRecord('action', saved) } }];
}

export const tool: ToolText = {
	notes: 'The closure note is private unless Visibility is public',
	needs: 'the ticket ID, a closed status and the closure note text',
	returns: "the ticket's ID, its new status and the saved note",
};
