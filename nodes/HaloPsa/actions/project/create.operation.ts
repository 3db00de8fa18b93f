import { ticketShapedCreate } from '../common/ticketShaped';
import { projectSpec } from './spec';

export const { description, execute } = ticketShapedCreate(projectSpec);
