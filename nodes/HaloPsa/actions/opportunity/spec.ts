import { RECORDS } from '../../descriptions/records';
import type { TicketShapedSpec } from '../common/ticketShaped';

/** Opportunities: tickets of an opportunity type in Halo (`/Opportunities`), with the prospect and its value. */
export const opportunitySpec: TicketShapedSpec = {
	record: RECORDS.opportunity,
	plural: 'opportunities',
	ownFields: [
		{ displayName: 'Company Name', name: 'oppcompanyname', type: 'string', default: '' },
		{ displayName: 'Contact Name', name: 'oppcontactname', type: 'string', default: '' },
		{
			displayName: 'Conversion Probability (%)',
			name: 'oppconversionprobability',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100 },
			default: 0,
		},
		{
			displayName: 'Email Address',
			name: 'oppemailaddress',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
		},
		{
			displayName: 'Value',
			name: 'oppvalue',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'The expected value, in the tenant currency',
		},
	],
};
