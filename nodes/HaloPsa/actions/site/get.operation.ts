import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({ record: RECORDS.site, operation: 'get' });

export const tool: ToolText = {
	notes: 'A site is a location of a client',
	needs: 'the site ID (a number)',
	returns: 'the site: name, client, address, phone, SLA and main contact',
};
