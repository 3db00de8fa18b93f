import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { runParameter } from '../../helpers/parameters';
import type { ReportReply } from './reply';

/**
 * Report values, typed. Halo sends every value of `report.rows` as text and describes the columns in
 * `available_columns: [{id, name, data_type, data_type_group}]` (EVIDENCE 11.9, low-medium confidence). No
 * source shows which words `data_type` and `data_type_group` hold, so both are read loosely: SQL Server and
 * .NET type names, and group words such as "numeric" or "date". A column of an unknown kind, a reply without
 * columns and a value that does not read cleanly are left exactly as Halo sent them, so text such as "007"
 * never loses its zeros and already-typed values pass through.
 */
type ColumnKind = 'integer' | 'decimal' | 'boolean' | 'date';

const KIND_BY_TYPE: Array<[RegExp, ColumnKind]> = [
	[/^(bigint|int|integer|smallint|tinyint|int16|int32|int64|long|short|byte)$/, 'integer'],
	[/^(decimal|numeric|money|smallmoney|float|real|double|single|number)$/, 'decimal'],
	[/^(bit|bool|boolean)$/, 'boolean'],
	[/^(date|datetime|datetime2|smalldatetime|datetimeoffset)$/, 'date'],
];

const KIND_BY_GROUP: Array<[RegExp, ColumnKind]> = [
	[/int/, 'integer'],
	[/num|dec|money|float|real|double/, 'decimal'],
	[/bool|bit/, 'boolean'],
	[/date/, 'date'],
];

function kindOf(column: IDataObject): ColumnKind | undefined {
	// "nvarchar(50)", "decimal(18,2)", "System.Int32" → the bare type name
	const type = String(column.data_type ?? '')
		.toLowerCase()
		.replace(/\(.*$/, '')
		.replace(/^system\./, '')
		.trim();
	const byType = KIND_BY_TYPE.find(([pattern]) => pattern.test(type));
	if (byType) return byType[1];
	if (type !== '') return undefined; // a named type that is none of the above (text, guid, …): kept as sent
	const group = String(column.data_type_group ?? '').toLowerCase();
	return KIND_BY_GROUP.find(([pattern]) => pattern.test(group))?.[1];
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Beyond 15 significant digits a JavaScript number would round the value: such text is kept. */
const EXACT_DIGITS = 15;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

function toNumber(text: string, kind: 'integer' | 'decimal'): number | undefined {
	if (!(kind === 'integer' ? INTEGER : DECIMAL).test(text)) return undefined;
	const digits = text
		.replace(/[eE].*$/, '')
		.replace(/[^\d]/g, '')
		.replace(/^0+/, '');
	if (digits.length > EXACT_DIGITS) return undefined;
	return Number(text);
}

/** Halo's date text as an ISO instant; a time without a zone is taken as UTC, the zone Halo stores (assumption). */
function toIsoDate(text: string): string | undefined {
	const match = DATE_TIME.exec(text);
	if (!match) return undefined;
	if (match[2] === undefined) return match[1];
	const parsed = Date.parse(`${match[1]}T${match[2]}${match[3] ?? 'Z'}`);
	return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

function typedValue(value: unknown, kind: ColumnKind): unknown {
	if (kind === 'boolean' && (value === 0 || value === 1)) return value === 1;
	if (typeof value !== 'string') return value;
	const text = value.trim();
	let typed: unknown;
	if (kind === 'boolean') typed = /^(true|1)$/i.test(text) ? true : /^(false|0)$/i.test(text) ? false : undefined;
	else if (kind === 'date') typed = toIsoDate(text);
	else typed = toNumber(text, kind);
	return typed === undefined ? value : typed;
}

/** The rows with each value typed by its column; rows come back unchanged when no column says what it holds. */
export function typedRows(rows: IDataObject[], columns: IDataObject[]): IDataObject[] {
	const kinds = new Map<string, ColumnKind>();
	for (const column of columns) {
		const kind = kindOf(column);
		if (kind) kinds.set(String(column.name).toLowerCase(), kind);
	}
	if (kinds.size === 0) return rows;
	return rows.map((row) => {
		const typed: IDataObject = {};
		for (const [key, value] of Object.entries(row)) {
			const kind = kinds.get(key.toLowerCase());
			typed[key] = (kind ? typedValue(value, kind) : value) as IDataObject[string];
		}
		return typed;
	});
}

/** The rows as the item's settings want them: typed (default), or Halo's text with Keep Values as Text. */
export function reportRows(ctx: IExecuteFunctions, itemIndex: number, reply: ReportReply): IDataObject[] {
	return runParameter(ctx, 'keepText', itemIndex, false) ? reply.rows : typedRows(reply.rows, reply.columns);
}
