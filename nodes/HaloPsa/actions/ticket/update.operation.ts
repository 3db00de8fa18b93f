import { additionalJsonField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { RECORDS } from '../../descriptions/records';
import { updateOperation } from '../common/crud';
import { ticketFieldRules, ticketFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute, executeBatch } = updateOperation({
	record: RECORDS.ticket,
	updateFields: ticketFields(true),
	properties: [customFieldsProperty('ticket'), additionalJsonField],
	rules: ticketFieldRules,
	notEmpty: { summary: 'Summary' },
	batch: { plural: 'ticket updates', matchField: 'id' },
});

export const tool: ToolText = {
	needs: 'the ticket ID and the fields to change (summary, status, priority, agent, team, client, ...)',
	returns: 'the updated ticket',
};
