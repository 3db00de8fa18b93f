// Seeded ticket types (/TicketType), each with its workflow.
import ticketTypes from '../resources/tickettypes.mjs';

export const TICKET_TYPES = [
	{ id: 1, name: 'Incident', sequence: 1, itilrequesttype: 1, workflow_id: 1 },
	// default_sla (spec RequestType.default_sla): the SLA whose priorities apply to this type's tickets.
	{ id: 2, name: 'Change Request', sequence: 2, itilrequesttype: 4, workflow_id: 2, default_sla: 3 },
	{ id: 3, name: 'Service Request', sequence: 3, itilrequesttype: 3, workflow_id: 1 },
	{ id: 4, name: 'Problem', sequence: 4, itilrequesttype: 2, workflow_id: 1 },
	{ id: 5, name: 'Alert', sequence: 5, itilrequesttype: 1, workflow_id: 1 },
	{ id: 6, name: 'Legacy Request', sequence: 6, inactive: true, workflow_id: 1 },
];

export function seedTicketTypes(put) {
	// a seeded type is what a create through the API would store
	for (const t of TICKET_TYPES) put('tickettypes', { ...ticketTypes.defaults(), ...t });
}
