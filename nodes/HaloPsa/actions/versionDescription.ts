import type { INodeProperties } from 'n8n-workflow';

import * as ticket from './ticket/Ticket.resource';

/** The resource list with every resource's operations and fields spread in. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [{ name: 'Ticket', value: 'ticket' }],
		default: 'ticket',
	},
	...ticket.description,
];
