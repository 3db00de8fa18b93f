import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordLocator, simplifyField } from '../../descriptions/common';
import { locatorId } from '../../helpers/locator';
import { simplifyRecord } from '../../helpers/simplify';
import { haloRequest } from '../../transport/request';

export const ticketLocator = recordLocator({
	name: 'ticketId',
	displayName: 'Ticket',
	searchMethod: 'searchTickets',
	urlPlaceholder: 'e.g. https://acme.halopsa.com/ticket?id=1234',
});

const properties: INodeProperties[] = [
	ticketLocator,
	simplifyField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Include Last Action',
				name: 'includeLastAction',
				type: 'boolean',
				default: false,
				description: 'Whether to include the most recent action (note, email, time entry) in the record',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['ticket'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = await locatorId(this, itemIndex, 'ticketId', 'Ticket', 'ticket');
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs: IDataObject = { includedetails: true };
	if (options.includeLastAction) qs.includelastaction = true;
	const ticket = await haloRequest.call(this, { method: 'GET', path: `/Tickets/${id}`, qs, itemIndex });
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return [{ json: simplify ? simplifyRecord('ticket', ticket as IDataObject) : (ticket as IDataObject) }];
}
