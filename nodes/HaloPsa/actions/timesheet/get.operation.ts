import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/common';
import { OTHER_RECORDS } from '../../descriptions/records';
import { lookupId } from '../../helpers/names';
import { isoDate } from '../../helpers/query';
import { inputError, toHaloId } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { outputRecords } from '../common/output';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Agent Name or ID',
		name: 'agentId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAgents' },
		required: true,
		default: '',
		description:
			'Whose timesheet. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day; only its date is used',
	},
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['timesheet'], operation: ['get'] } }, properties);

/** The calendar day of the value as written (`2026-12-07T…` → 2026-12-07), so no time zone moves it to another day. */
function dayOf(ctx: IExecuteFunctions, itemIndex: number, value: unknown): string {
	const written = /^\s*(\d{4}-\d{2}-\d{2})/.exec(String(value ?? ''))?.[1];
	const day = written ?? isoDate(ctx, itemIndex, 'Date', value)?.slice(0, 10);
	if (!day) throw inputError(ctx, itemIndex, 'Date', 'is required and cannot be empty');
	return day;
}

// Halo's GET /Timesheet/{id} takes agent_id and date (API definition); a public integration reads an agent's day
// as /Timesheet/0?agent_id=…&date=… (the id names no stored record).
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const agent = this.getNodeParameter('agentId', itemIndex, '');
	const agentId =
		(await lookupId(this, itemIndex, 'agent', 'Agent', agent)) ?? toHaloId(this, itemIndex, 'Agent', agent);
	const date = dayOf(this, itemIndex, this.getNodeParameter('date', itemIndex, ''));
	const day = await haloRequest.call(this, {
		method: 'GET',
		path: `${OTHER_RECORDS.timesheet.apiPath}/0`,
		qs: { agent_id: agentId, date },
		itemIndex,
	});
	return outputRecords(this, itemIndex, OTHER_RECORDS.timesheet.resource, [day as IDataObject]);
}

export const tool: ToolText = {
	needs: 'the agent (ID or exact name) and the date (YYYY-MM-DD)',
	returns: "the agent's day: target, logged and chargeable hours, and its time entries",
};
