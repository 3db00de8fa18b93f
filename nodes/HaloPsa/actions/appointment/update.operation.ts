import { additionalJsonField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { updateOperation } from '../common/crud';
import { appointmentFieldRules, appointmentFields } from './fields';

export const { description, execute, executeBatch } = updateOperation({
	record: RECORDS.appointment,
	updateFields: appointmentFields('update'),
	properties: [additionalJsonField],
	rules: appointmentFieldRules,
	notEmpty: { subject: 'Subject', start_date: 'Start', end_date: 'End' },
	batch: { plural: 'appointment updates', matchField: 'id' },
});
