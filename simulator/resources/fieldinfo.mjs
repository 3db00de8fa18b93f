// Custom field definitions (schema FieldInfo). Bare array. typeid (the GET filter's name; the schema's
// `usage` carries the same number and is accepted on POST): 1 ticket, 2 client, 3 site, 4 user, 5 asset,
// 6 action. Names are prefixed "CF" like Halo does.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { CF_TYPE } from '../customfields.mjs';

export default defineResource({
	name: 'FieldInfo',
	collection: 'fieldinfo',
	entity: 'Field',
	schema: 'FieldInfo',
	extraFields: ['typeid'],
	// evidence: general.spec-list-filters
	filters: { typeid: F.eq('typeid'), fieldtype: F.eq('type'), inputtype: F.eq('inputtype') },
	defaults: () => ({
		name: '',
		label: '',
		summary: '',
		hint: '',
		type: 0,
		inputtype: 0,
		typeid: CF_TYPE.ticket,
		usage: 1,
		characterlimit: 0,
		searchable: false,
		mandatory: false,
		values: [],
	}),
	validate(el, { existing }) {
		const errors = {};
		if (!existing && !el.name && !el.label) errors.name = 'The Name field is required.';
		const typeid = el.typeid ?? el.usage;
		if (!existing && !typeid) errors.typeid = 'The typeid (or usage) field is required.';
		if (typeid !== undefined && !Object.values(CF_TYPE).includes(typeid))
			errors.typeid = `Entity type ${typeid} does not support custom fields.`;
		return errors;
	},
	beforeSave(rec, el) {
		if (el.typeid === undefined && el.usage !== undefined) rec.typeid = el.usage;
		rec.usage = rec.typeid;
		if (!rec.name) rec.name = rec.label;
		rec.name = String(rec.name).replace(/\s+/g, '');
		if (!/^CF/i.test(rec.name)) rec.name = 'CF' + rec.name;
		if (!rec.label) rec.label = rec.name.replace(/^CF/, '');
	},
});
