// Opportunities (/Opportunities; /Opportunity is 404): ticket-shaped records with the prospect and its value.
// evidence: ticketshaped.own-collections
import { ticketShaped } from './ticketshaped.mjs';

export default ticketShaped({
	name: 'Opportunities',
	collection: 'opportunities',
	entity: 'Opportunity',
	own: { oppvalue: 0, oppconversionprobability: 0, oppcompanyname: '', oppcontactname: '', oppemailaddress: '' },
});
