import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { recordLocator } from './common';
import { NAME_SOURCES, takesNames } from '../helpers/names';
import { RECORDS, urlPattern, urlPlaceholder, type HaloRecord } from './records';

/**
 * The resource locator of a record kind, from the record table: From List (its listSearch method),
 * By ID, and By URL with the example and the editor's check derived from the kind's web pages. Kinds
 * without web pages (links not stable enough to parse) get no By URL mode. Kinds the node can look up by
 * name (helpers/names.ts) take an exact name in the By ID mode too.
 */
export function locatorProperty(record: HaloRecord): INodeProperties {
	const locator = recordLocator({
		name: record.locator,
		displayName: record.label,
		searchMethod: record.searchMethod,
		urlPlaceholder: urlPlaceholder(record.resource),
		description: `The ${record.label.toLowerCase()} in Halo: its ID (a whole number, e.g. 1234), picked from the list, or a link to it`,
	});
	const label = record.label.toLowerCase();
	const modes = (locator.modes ?? []).flatMap((mode) => {
		if (mode.name === 'id' && record.signedIds) return [signedIdMode(mode)];
		if (mode.name === 'id' && takesNames(record.resource)) {
			// No digits-only check: a name is as good as an ID here.
			return [
				{
					...mode,
					validation: undefined,
					displayName: 'By ID or Name',
					placeholder: `e.g. 1234 or an exact ${label} name`,
				},
			];
		}
		if (mode.name !== 'url') return [mode];
		if (record.webPages.length === 0) return [];
		const validation = [
			{
				type: 'regex' as const,
				properties: { regex: urlPattern(record.resource), errorMessage: `Not a link to a Halo ${label}` },
			},
		];
		return [{ ...mode, validation }];
	});
	const description = takesNames(record.resource)
		? `The ${label}: pick from the list, or give its ID or exact name${'nameFields' in NAME_SOURCES[record.resource] ? ' or email' : ''}`
		: locator.description;
	return { ...locator, modes, ...(description ? { description } : {}) };
}

/** By ID for records whose Halo ids may be negative (recurring invoices, EVIDENCE 10.3). */
function signedIdMode(mode: INodePropertyMode): INodePropertyMode {
	const validation = [
		{
			type: 'regex' as const,
			properties: { regex: '^\\s*-?\\d+\\s*$', errorMessage: 'Not a valid Halo ID (a whole number, may be negative)' },
		},
	];
	return { ...mode, placeholder: 'e.g. -12', validation };
}

/** Resource locators for the records flows point at; each searches Halo through a listSearch method. */
export const ticketLocator = locatorProperty(RECORDS.ticket);
export const clientLocator = locatorProperty(RECORDS.client);
export const siteLocator = locatorProperty(RECORDS.site);
export const userLocator = locatorProperty(RECORDS.user);
export const agentLocator = locatorProperty(RECORDS.agent);
export const assetLocator = locatorProperty(RECORDS.asset);
