import { ticketShapedGetMany } from '../common/ticketShaped';
import { projectSpec } from './spec';

export const { description, execute } = ticketShapedGetMany(projectSpec);
