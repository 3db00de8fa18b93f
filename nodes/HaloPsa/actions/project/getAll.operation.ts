import { ticketShapedGetMany } from '../common/ticketShaped';
import { projectSpec } from './spec';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = ticketShapedGetMany(projectSpec);

export const tool: ToolText = {
	needs: 'nothing; optionally client, status, open only, search text and a Limit',
	returns: 'a list of projects (ID, summary, client, status, dates)',
};
