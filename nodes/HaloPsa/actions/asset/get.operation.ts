import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({ record: RECORDS.asset, operation: 'get' });

export const tool: ToolText = {
	notes: 'An asset is a device or configuration item of a client',
	needs: 'the asset ID (a number)',
	returns: 'the asset: tag, type, client, site, users, status, fields and custom fields',
};
