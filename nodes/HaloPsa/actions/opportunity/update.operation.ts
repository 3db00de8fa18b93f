import { ticketShapedUpdate } from '../common/ticketShaped';
import { opportunitySpec } from './spec';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = ticketShapedUpdate(opportunitySpec);

export const tool: ToolText = {
	needs: 'the opportunity ID and the fields to change',
	returns: 'the updated opportunity',
};
