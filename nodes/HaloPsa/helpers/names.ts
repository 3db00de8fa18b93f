import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { configLabel, HALO_PATHS, OTHER_RECORDS, RECORDS } from '../descriptions/records';
import { cachedList } from './lookups';
import { inputError, toHaloId } from './validate';

/**
 * Names where Halo wants ids: a client, site, user, agent, team, status, ticket type, priority, outcome or
 * asset type may be given by its exact name (an agent or a workflow often has "Acme Ltd", not 12). A whole
 * number is an id; anything else is matched, case-insensitively and exactly, against the record's name
 * (and a user's or agent's email). One match gives its id; several, or none, fail before anything is
 * written, listing the candidates or the closest names: a name never silently picks the first of several.
 */
interface NameSource {
	/** what one record is called in messages, lower case */
	label: string;
	path: string;
	/** the field holding the id other records refer to (a priority's `priorityid`, not its GUID `id`) */
	idField: string;
	/** fields compared with the given name */
	nameFields: string[];
	/** what tells two records of the same name apart in messages (a site's client, a user's email) */
	context?: (row: IDataObject) => string;
	/** a large list: asked with Halo's `search` and paged, rather than read whole */
	searched?: boolean;
	/** whether the list can be narrowed to one client (`client_id`) */
	perClient?: boolean;
}

const lower = (label: string) => label.toLowerCase();
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const joined = (...parts: unknown[]) => parts.map(text).filter(Boolean).join(', ');

export const NAME_SOURCES = {
	client: { label: lower(RECORDS.client.label), path: RECORDS.client.apiPath, searched: true },
	site: {
		label: lower(RECORDS.site.label),
		path: RECORDS.site.apiPath,
		searched: true,
		perClient: true,
		context: (row: IDataObject) => text(row.client_name),
	},
	user: {
		label: lower(RECORDS.user.label),
		path: RECORDS.user.apiPath,
		nameFields: ['name', 'emailaddress'],
		searched: true,
		perClient: true,
		context: (row: IDataObject) => joined(row.emailaddress, row.client_name),
	},
	agent: {
		label: lower(RECORDS.agent.label),
		path: RECORDS.agent.apiPath,
		nameFields: ['name', 'email'],
		context: (row: IDataObject) => text(row.email),
	},
	team: { label: lower(OTHER_RECORDS.team.label), path: OTHER_RECORDS.team.apiPath },
	status: { label: lower(configLabel('status')), path: HALO_PATHS.status },
	ticketType: { label: lower(configLabel('ticketType')), path: HALO_PATHS.ticketType },
	// Priorities belong to an SLA and tickets use their `priorityid`; every SLA's "High" may share one.
	priority: { label: lower(configLabel('priority')), path: HALO_PATHS.priority, idField: 'priorityid' },
	// Outcomes carry their label in `buttonname` (or `outcome`).
	outcome: {
		label: lower(configLabel('outcome')),
		path: HALO_PATHS.outcome,
		nameFields: ['buttonname', 'outcome', 'name'],
	},
	assetType: { label: lower(configLabel('assetType')), path: HALO_PATHS.assetType },
} satisfies Record<string, Partial<NameSource> & Pick<NameSource, 'label' | 'path'>>;

export type NameKind = keyof typeof NAME_SOURCES;

function sourceOf(kind: NameKind): NameSource {
	return { idField: 'id', nameFields: ['name'], ...NAME_SOURCES[kind] };
}

/** Whether a record kind (a resource locator's) takes names. */
export function takesNames(kind: string): kind is NameKind {
	return Object.prototype.hasOwnProperty.call(NAME_SOURCES, kind);
}

/** A search reads at most this many rows; more means the name is too common to be checked for uniqueness. */
const SEARCH_CAP = 500;
/** Closest names an error lists. */
const CLOSEST_SHOWN = 5;
/** Names of a short list an error lists when none is close. */
const KNOWN_SHOWN = 20;

function plural(label: string): string {
	if (label.endsWith('s')) return `${label}es`;
	if (label.endsWith('y')) return `${label.slice(0, -1)}ies`;
	return `${label}s`;
}

/** Narrows a lookup: sites and users within one client. */
export interface NameScope {
	clientId?: number;
}

/**
 * The id a field's value stands for: undefined when empty, the number when it is one (numbers that are not
 * ids, like "-5" or "1e3", are refused as ids, not looked up), else the one record of that name.
 */
export async function lookupId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	kind: NameKind,
	field: string,
	value: unknown,
	scope: NameScope = {},
): Promise<number | undefined> {
	// 0 is what an empty number field or expression gives: no value, as for other optional ids.
	if (value === undefined || value === null || value === '' || value === 0) return undefined;
	const given = String(value).trim();
	if (isNumeric(given)) return toHaloId(ctx, itemIndex, field, value);
	const row = await findNamed(ctx, itemIndex, kind, field, given, scope);
	return Number(row[sourceOf(kind).idField]);
}

/** For fields Halo keys by name (a ticket's team): an id or a name becomes the record's own name. */
export async function lookupName(
	ctx: IExecuteFunctions,
	itemIndex: number,
	kind: NameKind,
	field: string,
	value: unknown,
): Promise<string | undefined> {
	if (value === undefined || value === null || value === '') return undefined;
	const given = String(value).trim();
	const source = sourceOf(kind);
	if (!isNumeric(given)) return nameOf(source, await findNamed(ctx, itemIndex, kind, field, given, {}));
	const id = toHaloId(ctx, itemIndex, field, value);
	const rows = await cachedList(ctx, source.path, {}, itemIndex);
	const match = rows.find((row) => Number(row[source.idField]) === id);
	if (!match) throw inputError(ctx, itemIndex, field, `Halo has no ${source.label} with ID ${id}`);
	return nameOf(source, match);
}

function isNumeric(given: string): boolean {
	return given !== '' && Number.isFinite(Number(given));
}

function nameOf(source: NameSource, row: IDataObject): string {
	for (const key of source.nameFields) if (text(row[key])) return text(row[key]);
	return `#${String(row[source.idField])}`;
}

/** How a candidate reads in a message: `Head Office — Acme Logistics Ltd (4)`. */
function describe(source: NameSource, row: IDataObject): string {
	const context = source.context?.(row);
	return `${nameOf(source, row)}${context ? ` — ${context}` : ''} (${String(row[source.idField])})`;
}

/** Rows of the kind (within the scope) that could carry the name: the whole list, or Halo's search for it. */
async function candidates(
	ctx: IExecuteFunctions,
	itemIndex: number,
	source: NameSource,
	field: string,
	search: string | undefined,
	scope: NameScope,
): Promise<IDataObject[]> {
	const qs: IDataObject = {};
	if (source.perClient && scope.clientId !== undefined) qs.client_id = scope.clientId;
	if (!source.searched) return await cachedList(ctx, source.path, qs, itemIndex);
	if (search !== undefined) qs.search = search;
	const rows = await cachedList(ctx, source.path, qs, itemIndex, SEARCH_CAP + 1);
	if (rows.length > SEARCH_CAP) {
		throw inputError(
			ctx,
			itemIndex,
			field,
			`more than ${SEARCH_CAP} ${plural(source.label)} in Halo contain "${search}", too many to check the name is unique — give the ID`,
		);
	}
	return rows;
}

async function findNamed(
	ctx: IExecuteFunctions,
	itemIndex: number,
	kind: NameKind,
	field: string,
	given: string,
	scope: NameScope,
): Promise<IDataObject> {
	const source = sourceOf(kind);
	const wanted = given.toLowerCase();
	const rows = await candidates(ctx, itemIndex, source, field, given, scope);
	const byId = new Map<string, IDataObject>();
	for (const row of rows) {
		if (source.nameFields.some((key) => text(row[key]).toLowerCase() === wanted))
			byId.set(String(row[source.idField]), row);
	}
	const matches = [...byId.values()];
	if (matches.length === 1) return matches[0];
	const within = source.perClient && scope.clientId !== undefined ? ` of client ${scope.clientId}` : '';
	if (matches.length > 1) {
		throw inputError(
			ctx,
			itemIndex,
			field,
			`"${given}" matches ${matches.length} ${plural(source.label)}${within}: ${matches
				.map((row) => describe(source, row))
				.join(', ')} — give the ID`,
		);
	}
	// Halo's search finds only names containing the whole text; a word of it finds near misses too.
	const pool = source.searched ? [...rows, ...(await nearMisses(ctx, itemIndex, source, field, given, scope))] : rows;
	const closest = closestRows(source, pool, wanted);
	// A short list with nothing close is shown as it is: the right name is often just spelled differently.
	const known = source.searched ? [] : [...new Set(rows.map((row) => describe(source, row)))].slice(0, KNOWN_SHOWN);
	const hint = closest.length
		? `closest: ${closest.map((row) => describe(source, row)).join(', ')}`
		: known.length
			? `known: ${known.join(', ')}`
			: `no ${source.label} has a similar name: give its ID or its exact name`;
	throw inputError(ctx, itemIndex, field, `Halo has no ${source.label} named "${given}"${within} (${hint})`);
}

/** Rows found by searching for the longest word of the name (a typo elsewhere in it still finds them). */
async function nearMisses(
	ctx: IExecuteFunctions,
	itemIndex: number,
	source: NameSource,
	field: string,
	given: string,
	scope: NameScope,
): Promise<IDataObject[]> {
	const word = given
		.split(/[\s,.@'"()-]+/)
		.filter((part) => part.length >= 3)
		.sort((a, b) => b.length - a.length)[0];
	if (!word || word.toLowerCase() === given.toLowerCase()) return [];
	try {
		return await candidates(ctx, itemIndex, source, field, word, scope);
	} catch {
		return []; // only suggestions: a word too common to list adds none
	}
}

/** The rows whose names are nearest the wanted one: containment first, then by edit distance. */
function closestRows(source: NameSource, rows: IDataObject[], wanted: string): IDataObject[] {
	const scored = new Map<string, { row: IDataObject; score: number }>();
	for (const row of rows) {
		const names = source.nameFields.map((key) => text(row[key]).toLowerCase()).filter(Boolean);
		if (!names.length) continue;
		const score = Math.min(...names.map((name) => distance(name, wanted)));
		const id = String(row[source.idField]);
		const known = scored.get(id);
		if (!known || score < known.score) scored.set(id, { row, score });
	}
	return [...scored.values()]
		.filter(({ score }) => score <= Math.max(2, wanted.length * 0.4))
		.sort((a, b) => a.score - b.score)
		.slice(0, CLOSEST_SHOWN)
		.map(({ row }) => row);
}

/** Edit distance, with a name containing the other (or contained in it) counted as close. */
function distance(name: string, wanted: string): number {
	if (name.includes(wanted) || wanted.includes(name))
		return Math.abs(name.length - wanted.length) / (name.length + wanted.length);
	let previous = Array.from({ length: wanted.length + 1 }, (_, index) => index);
	for (let i = 1; i <= name.length; i++) {
		const current = [i];
		for (let j = 1; j <= wanted.length; j++) {
			const substitution = previous[j - 1] + (name[i - 1] === wanted[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
		}
		previous = current;
	}
	return previous[wanted.length];
}
