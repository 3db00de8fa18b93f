// Ticket workflows (schema FlowHeader). Read-only here: GET /Workflow (bare array) and GET /Workflow/{id}
// with `steps[].actions[].action_id`, the outcomes each step allows.
// evidence: workflows.ticket-type-outcomes
import { defineResource } from '../collection.mjs';

export default defineResource({
	name: 'Workflow',
	collection: 'workflows',
	entity: 'Workflow',
	schema: 'FlowHeader',
	ops: ['list', 'get'],
	// assumption: the list carries only the header; steps come with the single record
	hideInList: ['steps'],
});
