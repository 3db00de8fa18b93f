import { ticketShapedGet } from '../common/ticketShaped';
import { projectSpec } from './spec';

export const { description, execute } = ticketShapedGet(projectSpec);
