import { ticketShapedCreate } from '../common/ticketShaped';
import { opportunitySpec } from './spec';

export const { description, execute } = ticketShapedCreate(opportunitySpec);
