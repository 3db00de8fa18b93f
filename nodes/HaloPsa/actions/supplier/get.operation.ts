import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({ record: RECORDS.supplier, operation: 'get' });

export const tool: ToolText = {
	needs: 'the supplier ID (a number)',
	returns: 'the supplier: name, contact details, reference, active or not',
};
