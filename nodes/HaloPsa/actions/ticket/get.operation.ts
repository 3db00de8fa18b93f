import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { optionsProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { runParameter } from '../../helpers/parameters';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({
	record: RECORDS.ticket,
	operation: 'get',
	extraProperties: [
		optionsProperty([
			{
				displayName: 'Include Last Action',
				name: 'includeLastAction',
				type: 'boolean',
				default: false,
				description: 'Whether to include the most recent action (note, email, time entry) in the record',
			},
		]),
	],
	query: (ctx: IExecuteFunctions, itemIndex: number) => {
		const options = runParameter<IDataObject>(ctx, 'options', itemIndex, {});
		return options.includeLastAction ? { includelastaction: true } : {};
	},
});

export const tool: ToolText = {
	needs: 'the ticket ID (a number, e.g. 1001)',
	returns:
		'the ticket: summary, details, status, priority, client, site, end user, agent, team, dates, linked assets and custom fields',
};
