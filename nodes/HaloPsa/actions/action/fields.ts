import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_OUTCOME_RULE } from '../../helpers/outcomes';

/** The plain "Action ID" field of Get and Delete (actions have no search of their own). */
export const actionIdField: INodeProperties = {
	displayName: 'Action ID',
	name: 'actionId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 5012',
	description: 'The ID of the note, email or time entry, as listed by Get Many',
};

/** The outcome of an action (Halo refuses an action without one); shared by Action → Create and Ticket → Resolve. */
export function outcomeField(example: string): INodeProperties {
	return {
		displayName: 'Outcome Name or ID',
		name: 'outcome',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOutcomes', loadOptionsDependsOn: ['ticketId.value'] },
		default: '',
		description: `The action type Halo records (e.g. "${example}"); the list shows the outcomes the ticket type's workflow allows. ${DEFAULT_OUTCOME_RULE}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}
