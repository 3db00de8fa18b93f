import type { IExecuteFunctions } from 'n8n-workflow';

import { RECORDS } from '../../descriptions/records';
import { deleteOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = deleteOperation({
	record: RECORDS.ticket,
	operation: 'delete',
	extraProperties: [
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'string',
			default: '',
			description: 'Why the ticket is deleted; Halo keeps it in the audit log',
		},
	],
	query: (ctx: IExecuteFunctions, itemIndex: number) => {
		const reason = ctx.getNodeParameter('reason', itemIndex, '') as string;
		return reason ? { reason } : {};
	},
});

export const tool: ToolText = {
	notes: 'Cannot be undone; prefer Resolve to close a ticket',
	needs: 'the ticket ID (a number)',
	returns: 'the ID and deleted: true',
};
