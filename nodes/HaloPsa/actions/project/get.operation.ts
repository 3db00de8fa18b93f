import { ticketShapedGet } from '../common/ticketShaped';
import { projectSpec } from './spec';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = ticketShapedGet(projectSpec);

export const tool: ToolText = {
	needs: 'the project ID (a number)',
	returns: 'the project: summary, client, status, agent, dates and estimate',
};
