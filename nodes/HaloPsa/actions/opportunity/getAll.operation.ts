import { ticketShapedGetMany } from '../common/ticketShaped';
import { opportunitySpec } from './spec';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = ticketShapedGetMany(opportunitySpec);

export const tool: ToolText = {
	needs: 'nothing; optionally client, status, open only, search text and a Limit',
	returns: 'a list of opportunities (ID, summary, client, status, value)',
};
