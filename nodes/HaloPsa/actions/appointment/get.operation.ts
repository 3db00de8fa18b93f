import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({ record: RECORDS.appointment, operation: 'get' });

export const tool: ToolText = {
	needs: 'the appointment ID (a number)',
	returns: 'the appointment: subject, start, end, agent, client, ticket, note',
};
