import { additionalJsonField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { updateOperation } from '../common/crud';
import { appointmentFieldRules, appointmentFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute, executeBatch } = updateOperation({
	record: RECORDS.appointment,
	updateFields: appointmentFields('update'),
	properties: [additionalJsonField],
	rules: appointmentFieldRules,
	notEmpty: { subject: 'Subject', start_date: 'Start', end_date: 'End' },
	batch: { plural: 'appointment updates', matchField: 'id' },
});

export const tool: ToolText = {
	needs: 'the appointment ID and the fields to change (e.g. Start and End to reschedule)',
	returns: 'the updated appointment',
};
