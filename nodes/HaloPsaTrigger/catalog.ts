import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { HALO_PATHS } from '../HaloPsa/descriptions/records';
import { readPage } from '../HaloPsa/transport/list';
import { haloRequest } from '../HaloPsa/transport/request';
import { EVENT_OPTIONS } from './events';

/**
 * The tenant's own event catalog (EVIDENCE 11.17): `GET /Lookup` rows with lookupid 64, `id` being the event
 * number. Names carry tokens for the words the tenant renamed, and several events come in an "- All" and an
 * "- Assigned" variant sharing `value2`; only "- All" fires, so it is the one offered.
 */
export const EVENT_LOOKUP_ID = 64;
const TOKENS: Record<string, string> = { request: 'Ticket', technician: 'Agent' };
const ALL_SUFFIX = /\s*-\s*All\s*$/i;

/** "New $#request Logged - All" → "New Ticket Logged". */
export function readableEventName(name: unknown): string {
	return String(name ?? '')
		.replace(/\$#(\w+)/g, (token, word: string) => TOKENS[word.toLowerCase()] ?? word)
		.replace(ALL_SUFFIX, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The Events dropdown from the catalog's rows: one per event, "- All" variants preferred, by name. */
export function eventCatalogOptions(rows: IDataObject[]): INodePropertyOptions[] {
	const events = rows.filter((row) => Number(row.lookupid) === EVENT_LOOKUP_ID && Number(row.id) > 0);
	const isAll = (row: IDataObject) => ALL_SUFFIX.test(String(row.name ?? ''));
	const groupsWithAll = new Set(events.filter(isAll).map((row) => String(row.value2 ?? '')));
	return events
		.filter((row) => isAll(row) || !row.value2 || !groupsWithAll.has(String(row.value2)))
		.map((row) => ({ name: `${readableEventName(row.name) || 'Event'} (${row.id})`, value: String(row.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The tenant's events; the package's evidenced list, saying so, when the catalog cannot be read. */
export async function tenantEvents(ctx: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	try {
		const reply = await haloRequest.call(ctx, {
			method: 'GET',
			path: HALO_PATHS.lookup,
			qs: { lookupid: EVENT_LOOKUP_ID },
		});
		const options = eventCatalogOptions(readPage(reply).rows);
		if (options.length) return options;
	} catch {
		// The fallback below says that the tenant's list could not be read.
	}
	return EVENT_OPTIONS.map((option) => ({
		...option,
		description:
			"Halo's event list (GET /Lookup) could not be read: this is the package's list of events seen on live tenants",
	}));
}
