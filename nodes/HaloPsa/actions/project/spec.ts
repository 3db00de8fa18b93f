import { RECORDS } from '../../descriptions/records';
import type { TicketShapedSpec } from '../common/ticketShaped';

/** Projects: tickets of a project type in Halo (`/Projects`), with dates and an estimate of their own. */
export const projectSpec: TicketShapedSpec = {
	record: RECORDS.project,
	plural: 'projects',
	ownFields: [
		{
			displayName: 'Estimate (Hours)',
			name: 'estimate',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'The estimated work, in hours',
		},
		{ displayName: 'Start Date', name: 'startdate', type: 'dateTime', default: '' },
		{ displayName: 'Target Date', name: 'targetdate', type: 'dateTime', default: '' },
	],
};
