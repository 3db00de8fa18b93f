import type { IExecuteFunctions } from 'n8n-workflow';

import { cached, perRunCache } from './cache';

/**
 * n8n resolves and validates a parameter anew for every item. One that holds no expression has the same
 * value for every item of a run, so it is read once per run.
 */
const EXPRESSION = Symbol('expression');
// Per run; bound: the node's parameters (one value, or the EXPRESSION mark, per parameter name).
const runValues = perRunCache<Map<string, unknown>>();

export function runParameter<T>(ctx: IExecuteFunctions, name: string, itemIndex: number, fallback: T): T {
	const values = cached(runValues, ctx, () => new Map<string, unknown>());
	const known = values.get(name);
	if (known === EXPRESSION) return ctx.getNodeParameter(name, itemIndex, fallback) as T;
	if (values.has(name)) return known as T;
	const value = ctx.getNodeParameter(name, itemIndex, fallback) as T;
	values.set(name, holdsExpression(ctx.getNode().parameters[name]) ? EXPRESSION : value);
	return value;
}

function holdsExpression(raw: unknown): boolean {
	if (typeof raw === 'string') return raw.startsWith('=');
	if (Array.isArray(raw)) return raw.some(holdsExpression);
	if (raw && typeof raw === 'object') return Object.values(raw).some(holdsExpression);
	return false;
}
