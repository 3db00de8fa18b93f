// Ticket statuses (schema TStatus). Bare array. type: 0 open, 1 pending (SLA hold), 2 closed (simulator's meaning).
import { defineResource } from '../collection.mjs';
import { STATUS_TYPE, requireText } from '../util.mjs';
import * as F from '../filters.mjs';

export default defineResource({
	name: 'Status',
	collection: 'statuses',
	entity: 'Status',
	schema: 'TStatus',
	defaultOrder: 'sequence',
	// evidence: general.spec-list-filters
	filters: {
		excludeclosed: F.whenTrue((r) => r.type !== STATUS_TYPE.CLOSED),
		excludepending: F.whenTrue((r) => r.type !== STATUS_TYPE.PENDING),
		// every status is allowed for every ticket type in the simulator
		tickettype_id: () => true,
	},
	defaults: () => ({ name: '', shortname: '', type: STATUS_TYPE.OPEN, sequence: 100, colour: '#808080' }),
	validate(el, { existing }) {
		const errors = requireText(el, 'name', 'Name', existing);
		if (el.type !== undefined && !Object.values(STATUS_TYPE).includes(el.type))
			errors.type = 'The type field must be 0 (open), 1 (pending) or 2 (closed).';
		return errors;
	},
	mirror: (rec, sim) => ({ ticket_count: sim.store.coll('tickets').count((t) => t.status_id === rec.id) }),
});
