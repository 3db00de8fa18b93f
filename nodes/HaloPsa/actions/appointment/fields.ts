import type { INodeProperties } from 'n8n-workflow';

import type { FieldRules } from '../common/write';

export const appointmentFieldRules: FieldRules = {
	ids: ['ticket_id', 'appointment_type_id'],
	lookups: { agent_id: 'agent', client_id: 'client', site_id: 'site', user_id: 'user' },
	dates: ['start_date', 'end_date'],
	labels: {
		agent_id: 'Agent',
		client_id: 'Client',
		site_id: 'Site',
		user_id: 'User',
		ticket_id: 'Ticket ID',
		appointment_type_id: 'Appointment Type ID',
		start_date: 'Start',
		end_date: 'End',
	},
};

/** Appointment fields shared by Create (optional fields) and Update, sorted by name. */
export function appointmentFields(mode: 'create' | 'update'): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Agent Name or ID',
			name: 'agent_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: '',
			description:
				'The agent whose calendar holds the appointment (Halo uses the API agent when none is given): ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'All Day',
			name: 'allday',
			type: 'boolean',
			default: false,
			description: 'Whether the appointment takes the whole day',
		},
		{
			displayName: 'Appointment Type ID',
			name: 'appointment_type_id',
			type: 'string',
			default: '',
			description: 'The appointment type, as its ID in Halo (Configuration → Calendar → Appointment Types)',
		},
		{
			displayName: 'Client Name or ID',
			name: 'client_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getClients' },
			default: '',
			description:
				'The client the appointment is with: ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{ displayName: 'Note', name: 'note', type: 'string', default: '', typeOptions: { rows: 3 } },
		{
			displayName: 'Private',
			name: 'is_private',
			type: 'boolean',
			default: false,
			description: 'Whether only the agent sees the appointment details',
		},
		{
			displayName: 'Site',
			name: 'site_id',
			type: 'string',
			default: '',
			description: 'The client site: ID or exact name (looked up within the client when one is set)',
		},
		{
			displayName: 'Task',
			name: 'is_task',
			type: 'boolean',
			default: false,
			description: 'Whether this is a task rather than an appointment',
		},
		{
			displayName: 'Ticket ID',
			name: 'ticket_id',
			type: 'string',
			default: '',
			description: 'The ticket the appointment is for',
		},
		{
			displayName: 'User',
			name: 'user_id',
			type: 'string',
			default: '',
			description: 'The end user it is with: ID, exact name or email (looked up within the client when one is set)',
		},
	];
	if (mode === 'update') {
		fields.push(
			{ displayName: 'End', name: 'end_date', type: 'dateTime', default: '' },
			{ displayName: 'Start', name: 'start_date', type: 'dateTime', default: '' },
			{ displayName: 'Subject', name: 'subject', type: 'string', default: '' },
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
