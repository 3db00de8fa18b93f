import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_OUTCOME_RULE } from '../helpers/outcomes';

/** The outcome of an action (Halo refuses an action without one); shared by Action → Create and Ticket → Resolve. */
export function outcomeField(example: string): INodeProperties {
	return {
		displayName: 'Outcome Name or ID',
		name: 'outcome',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOutcomes', loadOptionsDependsOn: ['ticketId.value'] },
		default: '',
		description: `The action type Halo records (e.g. "${example}"); the list shows the outcomes the ticket type's workflow allows. ${DEFAULT_OUTCOME_RULE}. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}
