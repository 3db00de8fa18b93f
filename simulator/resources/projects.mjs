// Projects (/Projects; /Project is 404): ticket-shaped records with dates and an estimate.
// evidence: ticketshaped.own-collections
import { ticketShaped } from './ticketshaped.mjs';

export default ticketShaped({
	name: 'Projects',
	collection: 'projects',
	entity: 'Project',
	own: { startdate: null, targetdate: null, projectcompletionpercentage: 0 },
});
