import { ticketShapedGet } from '../common/ticketShaped';
import { opportunitySpec } from './spec';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = ticketShapedGet(opportunitySpec);

export const tool: ToolText = {
	needs: 'the opportunity ID (a number)',
	returns: 'the opportunity: summary, client, status, agent, value and dates',
};
