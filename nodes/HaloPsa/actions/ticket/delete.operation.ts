import type { IExecuteFunctions } from 'n8n-workflow';

import { deleteOperation } from '../common/crud';
import { ticketLocator } from '../../descriptions/locators';

const operation = deleteOperation({
	resource: 'ticket',
	operation: 'delete',
	path: '/Tickets',
	locator: ticketLocator,
	locatorResource: 'ticket',
	label: 'Ticket',
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

export const { description, execute } = operation;
