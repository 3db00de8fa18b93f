import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({ record: RECORDS.user, operation: 'get' });

export const tool: ToolText = {
	notes: "A user is an end user (a client's contact), not an agent",
	needs: 'the user ID (a number)',
	returns: 'the user: name, email, phone, client, site and title',
};
