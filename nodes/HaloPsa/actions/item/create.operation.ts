import { RECORDS } from '../../descriptions/records';
import { namedCreateOperation } from '../common/create';
import { itemFieldRules, itemFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = namedCreateOperation({
	record: RECORDS.item,
	namePlaceholder: 'e.g. Microsoft 365 Business Premium',
	fields: itemFields('create'),
	rules: itemFieldRules,
});

export const tool: ToolText = {
	notes: "An item is a product or service in Halo's catalogue, used on invoices, quotes and purchase orders",
	needs: 'the item name; optionally item group, supplier, prices and description',
	returns: 'the new item with its ID',
};
