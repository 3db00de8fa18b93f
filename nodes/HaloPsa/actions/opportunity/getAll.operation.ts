import { ticketShapedGetMany } from '../common/ticketShaped';
import { opportunitySpec } from './spec';

export const { description, execute } = ticketShapedGetMany(opportunitySpec);
