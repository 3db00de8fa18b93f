import { ticketShapedUpdate } from '../common/ticketShaped';
import { projectSpec } from './spec';

export const { description, execute } = ticketShapedUpdate(projectSpec);
