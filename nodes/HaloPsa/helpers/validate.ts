import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, jsonParse } from 'n8n-workflow';

/** An error that names the field and the item, so a user can find the bad value among many items. */
export function inputError(ctx: IExecuteFunctions, itemIndex: number, field: string, problem: string) {
	return new NodeOperationError(ctx.getNode(), `${field}: ${problem} [item ${itemIndex}]`, {
		itemIndex,
		description: `Fix "${field}" for item ${itemIndex} (counting from 0) and run again.`,
	});
}

/**
 * Halo ids are positive whole numbers; expressions often hand over strings like "123" or " 42 ". Only
 * digits are read (no "1e3", no "0x10"), and only up to 2^53 - 1: a larger id cannot be held exactly, so
 * it would silently become a neighbouring record's id in the path.
 */
export function toHaloId(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): number {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : describeValue(value);
	const refuse = (problem: string) =>
		inputError(ctx, itemIndex, field, `must be a Halo ID (a positive whole number), but ${problem}`);
	if (text === '') throw refuse('it is empty');
	if (!/^\d+$/.test(text) || Number(text) <= 0) throw refuse(`"${text}" is not a positive whole number`);
	// A number above 2^53 arrives already rounded (9007199254740993 reads as ...992), so its own value is checked too.
	if (!Number.isSafeInteger(Number(text)) || (typeof value === 'number' && !Number.isSafeInteger(value))) {
		throw refuse(`"${text}" is larger than ${Number.MAX_SAFE_INTEGER}, the largest ID that can be passed on exactly`);
	}
	return Number(text);
}

/** A Halo id that may be negative (recurring invoices, EVIDENCE 10.3): any non-zero whole number, kept as Halo types it. */
export function toSignedHaloId(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): number {
	const text = typeof value === 'string' ? value.trim() : value;
	const negative = (typeof text === 'string' && text.startsWith('-')) || (typeof text === 'number' && text < 0);
	const magnitude = negative ? (typeof text === 'number' ? -text : String(text).slice(1)) : text;
	try {
		const id = toHaloId(ctx, itemIndex, field, magnitude);
		return negative ? -id : id;
	} catch {
		throw inputError(
			ctx,
			itemIndex,
			field,
			`must be a Halo ID (a non-zero whole number, may be negative), but got "${describeValue(value)}"`,
		);
	}
}

/** Same as toHaloId for optional fields: empty stays undefined. */
export function toOptionalHaloId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number | undefined {
	if (value === undefined || value === null || value === '' || value === 0) return undefined;
	return toHaloId(ctx, itemIndex, field, value);
}

export function toHours(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): number {
	const hours = Number(value);
	if (!Number.isFinite(hours) || hours < 0) {
		throw inputError(
			ctx,
			itemIndex,
			field,
			`must be zero or more hours as a decimal (e.g. 0.25), but got "${String(value)}"`,
		);
	}
	return hours;
}

/** Parses the "Additional Fields (JSON)" escape hatch; must be a JSON object. */
export function parseJsonObject(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	if (typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	let parsed: unknown;
	try {
		parsed = jsonParse(String(value));
	} catch (error) {
		throw inputError(ctx, itemIndex, field, `is not valid JSON (${(error as Error).message})`);
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw inputError(ctx, itemIndex, field, 'must be a JSON object like {"field": "value"}');
	}
	return parsed as IDataObject;
}

/** How a value that is not text reads in an error message: short, and never "[object Object]". */
function describeValue(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value !== 'object') return String(value);
	let json: string;
	try {
		json = JSON.stringify(value) ?? '';
	} catch {
		json = '';
	}
	return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/**
 * A value for a text field, trimmed. An expression that finds nothing gives undefined, which reads as
 * empty (String(undefined) would create a ticket called "undefined"). Numbers and booleans are fine as
 * text; an object or array is refused, as String() would write "[object Object]" or "a,b" into Halo.
 */
export function toText(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string {
	if (value === undefined || value === null) return '';
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'object') {
		const kind = Array.isArray(value) ? 'a list' : 'an object';
		throw inputError(
			ctx,
			itemIndex,
			field,
			`must be text, but the value is ${kind} (${describeValue(value)}); pick one of its fields in the expression`,
		);
	}
	return String(value).trim();
}

/**
 * A value of a plain (not id, date, lookup...) field of a collection: passed on as it is, except an
 * object or array, which no such field of Halo takes.
 */
export function scalarValue<T extends IDataObject[string]>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: T,
): T | string {
	return typeof value === 'object' && value !== null ? toText(ctx, itemIndex, field, value) : value;
}

/** A text parameter, trimmed (see toText); `label` names it in errors. */
export function textParameter(ctx: IExecuteFunctions, itemIndex: number, name: string, label = name): string {
	return toText(ctx, itemIndex, label, ctx.getNodeParameter(name, itemIndex, '') as unknown);
}

/** A text field the operation cannot do without: trimmed, and refused (naming field and item) when empty. */
export function requiredText(ctx: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const value = textParameter(ctx, itemIndex, name, label);
	if (!value) throw inputError(ctx, itemIndex, label, 'is required and cannot be empty');
	return value;
}
