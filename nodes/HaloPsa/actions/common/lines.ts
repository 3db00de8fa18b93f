import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { inputError, toHaloId } from '../../helpers/validate';
import { batchSizeField } from './batch';
import { recordBody, type FieldRules } from './write';

/** Which Halo line fields a billed document (invoice, quote) uses for what the user fills in. */
export interface LineLayout {
	description: string;
	item: string;
	quantity: string;
	unitPrice: string;
	/** further optional line fields, shown after the four above */
	extra: INodeProperties[];
	/** number fields among `extra`, with their labels for messages */
	extraNumbers?: Record<string, string>;
}

/** Invoice lines: InvoiceDetail declares these names (qty_order, unit_price, item_shortdescription, _itemid). */
export const INVOICE_LINES: LineLayout = {
	description: 'item_shortdescription',
	item: '_itemid',
	quantity: 'qty_order',
	unitPrice: 'unit_price',
	extra: [
		{ displayName: 'Nominal Code', name: 'nominal_code', type: 'string', default: '' },
		{ displayName: 'Tax Code', name: 'tax_code', type: 'string', default: '' },
	],
};

/**
 * Lines of a document Halo bills: given as fields, or as a JSON array (mapped from an earlier node). Either way
 * each line is checked before anything is sent: a description or an item, and numbers for quantity and price, as
 * Halo's `lines[]` takes them.
 */
export function linesProperties(resource: string, operation: string, layout: LineLayout): INodeProperties[] {
	const show = { resource: [resource], operation: [operation] };
	const fields: INodeProperties[] = [
		{
			displayName: 'Description',
			name: layout.description,
			type: 'string',
			default: '',
			description: 'What the line bills, as the document shows it',
		},
		{
			displayName: 'Item ID',
			name: layout.item,
			type: 'string',
			default: '',
			description: 'The Halo item (product) this line sells, if any',
		},
		{ displayName: 'Quantity', name: layout.quantity, type: 'number', default: 1 },
		{
			displayName: 'Unit Price',
			name: layout.unitPrice,
			type: 'number',
			default: 0,
			description: 'Price of one unit, before tax, in the client currency',
		},
		...layout.extra,
	];
	const example = { [layout.description]: 'Support hours', [layout.quantity]: 2, [layout.unitPrice]: 85 };
	return [
		{
			displayName: 'Lines Input',
			name: 'linesInput',
			type: 'options',
			options: [
				{ name: 'Using Fields Below', value: 'fields' },
				{ name: 'Using JSON', value: 'json', description: 'An array of Halo line objects, e.g. from an earlier node' },
			],
			default: 'fields',
			displayOptions: { show },
		},
		{
			displayName: 'Lines',
			name: 'lines',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Line',
			default: {},
			displayOptions: { show: { ...show, linesInput: ['fields'] } },
			options: [
				{
					displayName: 'Line',
					name: 'line',
					values: [...fields].sort((a, b) => a.displayName.localeCompare(b.displayName)),
				},
			],
		},
		{
			displayName: 'Lines (JSON)',
			name: 'linesJson',
			type: 'json',
			default: JSON.stringify([example], null, 2),
			description: `An array of lines with Halo field names: ${fields.map((f) => f.name).join(', ')}, …`,
			displayOptions: { show: { ...show, linesInput: ['json'] } },
		},
	];
}

function rawLines(ctx: IExecuteFunctions, itemIndex: number): unknown[] {
	if (ctx.getNodeParameter('linesInput', itemIndex, 'fields') === 'fields')
		return ((ctx.getNodeParameter('lines', itemIndex, {}) as IDataObject).line ?? []) as IDataObject[];
	let value: unknown = ctx.getNodeParameter('linesJson', itemIndex, '[]');
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value) as unknown;
		} catch {
			throw inputError(ctx, itemIndex, 'Lines (JSON)', 'is not valid JSON');
		}
	}
	if (!Array.isArray(value)) throw inputError(ctx, itemIndex, 'Lines (JSON)', 'must be an array of line objects');
	return value;
}

/** The checked `lines[]` of the body; at least one line is required. */
export function documentLines(ctx: IExecuteFunctions, itemIndex: number, layout: LineLayout): IDataObject[] {
	const numbers: Record<string, string> = {
		[layout.quantity]: 'Quantity',
		[layout.unitPrice]: 'Unit Price',
		...layout.extraNumbers,
	};
	const lines = rawLines(ctx, itemIndex).map((raw, position) => {
		const field = (name: string) => `Lines → line ${position + 1}${name ? ` → ${name}` : ''}`;
		if (!raw || typeof raw !== 'object' || Array.isArray(raw))
			throw inputError(ctx, itemIndex, field(''), 'must be an object');
		const line: IDataObject = {};
		for (const [key, value] of Object.entries(raw as IDataObject)) {
			if (value === undefined || value === null || value === '') continue;
			if (numbers[key]) {
				const number = typeof value === 'number' ? value : Number(String(value).trim());
				if (String(value).trim() === '' || !Number.isFinite(number))
					throw inputError(ctx, itemIndex, field(numbers[key]), `must be a number, but got "${String(value)}"`);
				line[key] = number;
			} else if (key === layout.item) line[key] = toHaloId(ctx, itemIndex, field('Item ID'), value);
			// other Halo line fields pass as given (JSON lines may carry structured ones, e.g. customfields)
			else line[key] = value;
		}
		if (line[layout.description] === undefined && line[layout.item] === undefined)
			throw inputError(ctx, itemIndex, field(''), 'needs a Description or an Item ID');
		return line;
	});
	if (!lines.length) throw inputError(ctx, itemIndex, 'Lines', 'add at least one line');
	return lines;
}

/** What follows the lines on a billed document's Create: Additional Fields, the JSON escape hatch, Simplify, Batch Size. */
export function documentCreateTail(additionalFields: INodeProperties[], plural: string): INodeProperties[] {
	return [
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: additionalFields,
		},
		additionalJsonField,
		simplifyField,
		batchSizeField(plural),
	];
}

/** A billed document's body: its client (locator), `head` fields, the checked lines, then Additional Fields. */
export async function documentBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	layout: LineLayout,
	rules: FieldRules,
	head: IDataObject = {},
): Promise<IDataObject> {
	const clientId = await locatorId(ctx, itemIndex, RECORDS.client);
	const lines = documentLines(ctx, itemIndex, layout);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	return await recordBody(ctx, itemIndex, { client_id: clientId, ...head, lines }, fields, rules);
}
