import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from './common';
import { recordKind, urlPattern, urlPlaceholder, type RecordResource } from './records';

/**
 * The resource locator of a record kind, from the record table: From List (its listSearch method),
 * By ID, and By URL with the example and the editor's check derived from the kind's web pages.
 */
function locatorFor(resource: RecordResource): INodeProperties {
	const kind = recordKind(resource);
	const locator = recordLocator({
		name: kind.locator,
		displayName: kind.label,
		searchMethod: kind.searchMethod,
		urlPlaceholder: urlPlaceholder(resource),
	});
	const label = kind.label.toLowerCase();
	return {
		...locator,
		modes: (locator.modes ?? []).map((mode) =>
			mode.name === 'url'
				? {
						...mode,
						validation: [
							{ type: 'regex', properties: { regex: urlPattern(resource), errorMessage: `Not a link to a Halo ${label}` } },
						],
					}
				: mode,
		),
	};
}

/** Resource locators for the records flows point at; each searches Halo through a listSearch method. */
export const ticketLocator = locatorFor('ticket');
export const clientLocator = locatorFor('client');
export const siteLocator = locatorFor('site');
export const userLocator = locatorFor('user');
export const agentLocator = locatorFor('agent');
export const assetLocator = locatorFor('asset');
