import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({ record: RECORDS.contract, operation: 'get' });

export const tool: ToolText = {
	needs: 'the contract ID (a number)',
	returns: 'the contract: reference, client, site, type, status, start and end dates, SLA',
};
