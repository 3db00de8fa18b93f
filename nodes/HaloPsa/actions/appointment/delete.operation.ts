import { RECORDS } from '../../descriptions/records';
import { deleteOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = deleteOperation({ record: RECORDS.appointment, operation: 'delete' });

export const tool: ToolText = {
	notes: 'Cannot be undone',
	needs: 'the appointment ID (a number)',
	returns: 'the ID and deleted: true',
};
