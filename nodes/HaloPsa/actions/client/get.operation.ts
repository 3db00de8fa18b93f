import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({ record: RECORDS.client, operation: 'get' });

export const tool: ToolText = {
	notes: 'A client is a customer company of the MSP',
	needs: 'the client ID (a number)',
	returns: 'the client: name, top level, main site, technicians, VIP flag and custom fields',
};
