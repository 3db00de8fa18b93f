import { ticketShapedGet } from '../common/ticketShaped';
import { opportunitySpec } from './spec';

export const { description, execute } = ticketShapedGet(opportunitySpec);
