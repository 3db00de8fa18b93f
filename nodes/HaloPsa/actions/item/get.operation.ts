import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({ record: RECORDS.item, operation: 'get' });

export const tool: ToolText = {
	needs: 'the item ID (a number)',
	returns: 'the item: name, group, supplier, cost and sale price, active or not',
};
