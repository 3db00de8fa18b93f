import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, jsonParse } from 'n8n-workflow';

/** An error that names the field and the item, so a user can find the bad value among many items. */
export function inputError(ctx: IExecuteFunctions, itemIndex: number, field: string, problem: string) {
	return new NodeOperationError(ctx.getNode(), `${field}: ${problem} [item ${itemIndex}]`, {
		itemIndex,
		description: `Fix "${field}" for item ${itemIndex} (counting from 0) and run again.`,
	});
}

/** Halo ids are positive whole numbers; expressions often hand over strings like "123" or " 42 ". */
export function toHaloId(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): number {
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!/^\d+$/.test(text) || Number(text) <= 0) {
		const shown = text === '' ? 'it is empty' : `"${text}" is not a positive whole number`;
		throw inputError(ctx, itemIndex, field, `must be a Halo ID (a positive whole number), but ${shown}`);
	}
	return Number(text);
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
		throw inputError(ctx, itemIndex, field, `must be zero or more hours as a decimal (e.g. 0.25), but got "${String(value)}"`);
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

/**
 * A text parameter, trimmed. An expression that finds nothing gives undefined, which must read as
 * empty (String(undefined) would create a ticket called "undefined").
 */
export function textParameter(ctx: IExecuteFunctions, itemIndex: number, name: string): string {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	return value === undefined || value === null ? '' : String(value).trim();
}

/** A text field the operation cannot do without: trimmed, and refused (naming field and item) when empty. */
export function requiredText(ctx: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const value = textParameter(ctx, itemIndex, name);
	if (!value) throw inputError(ctx, itemIndex, label, 'is required and cannot be empty');
	return value;
}
