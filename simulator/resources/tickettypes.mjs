// Ticket types (schema RequestType). Bare array. Inactive types hidden unless showinactive/showall.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue } from '../paging.mjs';
import { requireText } from '../util.mjs';

export default defineResource({
	name: 'TicketType',
	collection: 'tickettypes',
	entity: 'Ticket Type',
	schema: 'RequestType',
	extraFields: ['inactive'],
	defaultOrder: 'sequence',
	baseFilter: (row, q) => !row.inactive || isTrue(q.showinactive) || isTrue(q.showall),
	filters: {
		canagentsselect: F.whenTrue((r) => r.agentscanselect !== false),
		group_id: F.eq('group_id'),
	},
	// evidence: workflows.ticket-type-outcomes — each ticket type names its workflow in workflow_id
	defaults: () => ({
		workflow_id: 1,
		name: '',
		use: 'fault',
		sequence: 100,
		group_id: 1,
		agentscanselect: true,
		inactive: false,
		default_sla: 1,
		default_priority: 3,
		visible: true,
	}),
	validate: (el, { existing }) => requireText(el, 'name', 'Name', existing),
	mirror: () => ({ group_name: 'Service Desk' }),
});
