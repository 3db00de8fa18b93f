import type { IExecuteFunctions, INodeParameterResourceLocator, INodeProperties } from 'n8n-workflow';

import { recordLocator, type LocatorSpec } from '../../descriptions/common';
import { toHaloId } from '../../helpers/validate';

/**
 * A From List / By ID locator for records whose web-app links are not stable enough to parse
 * (contracts, knowledge base articles), so there is no By URL mode.
 */
export function listOrIdLocator(spec: Omit<LocatorSpec, 'urlPlaceholder'>): INodeProperties {
	const locator = recordLocator({ ...spec, urlPlaceholder: '' });
	return { ...locator, modes: (locator.modes ?? []).filter((mode) => mode.name !== 'url') };
}

export function listOrIdValue(ctx: IExecuteFunctions, itemIndex: number, parameter: string, field: string): number {
	const raw = ctx.getNodeParameter(parameter, itemIndex, undefined, { extractValue: false }) as
		| INodeParameterResourceLocator
		| string
		| number;
	return toHaloId(ctx, itemIndex, field, typeof raw === 'object' && raw !== null ? raw.value : raw);
}
