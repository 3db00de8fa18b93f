import { ticketShapedCreate } from '../common/ticketShaped';
import { opportunitySpec } from './spec';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = ticketShapedCreate(opportunitySpec);

export const tool: ToolText = {
	notes: 'An opportunity is a potential sale to a client',
	needs:
		'the client (ID or exact name) and a Summary; optionally value, conversion probability, agent and prospect details',
	returns: 'the new opportunity with its ID',
};
