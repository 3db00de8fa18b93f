import { ticketShapedUpdate } from '../common/ticketShaped';
import { opportunitySpec } from './spec';

export const { description, execute } = ticketShapedUpdate(opportunitySpec);
