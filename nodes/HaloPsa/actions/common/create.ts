import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import type { HaloRecord } from '../../descriptions/records';
import { requiredText } from '../../helpers/validate';
import type { Operation } from './crud';
import { recordBody, saveAndOutput, type FieldRules } from './write';

export interface NamedCreateSpec {
	record: HaloRecord;
	/** example shown in the Name field */
	namePlaceholder: string;
	/** the optional fields (Additional Fields collection) */
	fields: INodeProperties[];
	rules: FieldRules;
}

/**
 * Create for a record that needs only a name (catalogue items, suppliers): Name, Additional Fields, the JSON
 * escape hatch, Simplify. The name must not be blank; everything else goes through the field rules.
 */
export function namedCreateOperation(spec: NamedCreateSpec): Operation {
	const { record } = spec;
	const properties: INodeProperties[] = [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: spec.namePlaceholder,
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: spec.fields,
		},
		additionalJsonField,
		simplifyField,
	];
	return {
		description: updateDisplayOptions({ show: { resource: [record.resource], operation: ['create'] } }, properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const name = requiredText(this, itemIndex, 'name', 'Name');
			const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			const body = await recordBody(this, itemIndex, { name }, fields, spec.rules);
			return await saveAndOutput(this, itemIndex, record, body);
		},
	};
}
