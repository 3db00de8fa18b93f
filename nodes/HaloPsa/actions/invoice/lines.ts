import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, toHaloId } from '../../helpers/validate';

/**
 * Lines of a document Halo bills (invoice, quote): given as fields, or as a JSON array (mapped from an earlier
 * node). Either way each line is checked before anything is sent: a description or an item, and numbers for
 * quantity and price, as Halo's `lines[]` takes them.
 */
export function linesProperties(resource: string, operation: string): INodeProperties[] {
	const show = { resource: [resource], operation: [operation] };
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
					values: [
						{
							displayName: 'Description',
							name: 'item_shortdescription',
							type: 'string',
							default: '',
							description: 'What the line bills, as the document shows it',
						},
						{
							displayName: 'Item ID',
							name: '_itemid',
							type: 'string',
							default: '',
							description: 'The Halo item (product) this line sells, if any',
						},
						{
							displayName: 'Nominal Code',
							name: 'nominal_code',
							type: 'string',
							default: '',
						},
						{
							displayName: 'Quantity',
							name: 'qty_order',
							type: 'number',
							default: 1,
						},
						{
							displayName: 'Tax Code',
							name: 'tax_code',
							type: 'string',
							default: '',
						},
						{
							displayName: 'Unit Price',
							name: 'unit_price',
							type: 'number',
							default: 0,
							description: 'Price of one unit, before tax, in the client currency',
						},
					],
				},
			],
		},
		{
			displayName: 'Lines (JSON)',
			name: 'linesJson',
			type: 'json',
			default:
				'[\n  {\n    "item_shortdescription": "Support hours",\n    "qty_order": 2,\n    "unit_price": 85\n  }\n]',
			description:
				'An array of lines with Halo field names: item_shortdescription, qty_order, unit_price, _itemid, tax_code, nominal_code, …',
			displayOptions: { show: { ...show, linesInput: ['json'] } },
		},
	];
}

const NUMBERS: Record<string, string> = { qty_order: 'Quantity', unit_price: 'Unit Price' };

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
export function documentLines(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const lines = rawLines(ctx, itemIndex).map((raw, position) => {
		const field = (name: string) => `Lines → line ${position + 1}${name ? ` → ${name}` : ''}`;
		if (!raw || typeof raw !== 'object' || Array.isArray(raw))
			throw inputError(ctx, itemIndex, field(''), 'must be an object');
		const line: IDataObject = {};
		for (const [key, value] of Object.entries(raw as IDataObject)) {
			if (value === undefined || value === null || value === '') continue;
			if (NUMBERS[key]) {
				const number = typeof value === 'number' ? value : Number(String(value).trim());
				if (String(value).trim() === '' || !Number.isFinite(number))
					throw inputError(ctx, itemIndex, field(NUMBERS[key]), `must be a number, but got "${String(value)}"`);
				line[key] = number;
			} else if (key === '_itemid') line[key] = toHaloId(ctx, itemIndex, field('Item ID'), value);
			// other Halo line fields pass as given (JSON lines may carry structured ones, e.g. customfields)
			else line[key] = value;
		}
		if (line.item_shortdescription === undefined && line._itemid === undefined)
			throw inputError(ctx, itemIndex, field(''), 'needs a Description or an Item ID');
		return line;
	});
	if (!lines.length) throw inputError(ctx, itemIndex, 'Lines', 'add at least one line');
	return lines;
}
