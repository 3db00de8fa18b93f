import { RECORDS } from '../../descriptions/records';
import { namedCreateOperation } from '../common/create';
import { supplierFieldRules, supplierFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = namedCreateOperation({
	record: RECORDS.supplier,
	namePlaceholder: 'e.g. Ingram Micro',
	fields: supplierFields('create'),
	rules: supplierFieldRules,
});

export const tool: ToolText = {
	notes: 'A supplier is a vendor the MSP buys from',
	needs: 'the supplier name; optionally contact details and a reference',
	returns: 'the new supplier with its ID',
};
