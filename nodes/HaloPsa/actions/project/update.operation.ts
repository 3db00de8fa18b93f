import { ticketShapedUpdate } from '../common/ticketShaped';
import { projectSpec } from './spec';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = ticketShapedUpdate(projectSpec);

export const tool: ToolText = {
	needs: 'the project ID and the fields to change',
	returns: 'the updated project',
};
