import { ticketShapedCreate } from '../common/ticketShaped';
import { projectSpec } from './spec';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = ticketShapedCreate(projectSpec);

export const tool: ToolText = {
	notes: 'A project is a ticket-like record grouping planned work for a client',
	needs:
		'the client (ID or exact name) and a Summary; optionally start and target dates, estimate in hours, agent and team',
	returns: 'the new project with its ID',
};
