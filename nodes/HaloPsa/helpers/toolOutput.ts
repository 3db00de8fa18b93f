import type { IDataObject } from 'n8n-workflow';

import { htmlToText } from './htmlText';

/**
 * What an AI agent gets back when the node runs as a tool: every answer goes into the model's context window,
 * so records are compact (empty fields left out, custom fields once as a name → value map), long text is
 * plain text and capped, and lists are capped. Each cap leaves a marker saying what was left out and how to
 * get it. Workflow runs never come through here.
 */
export const TOOL_LIMITS = {
	/** items of one answer; the rest is summed up in a closing `more_available` item */
	items: 10,
	/** rows of a list inside a record (a ticket's assets, last actions) */
	nestedRows: 10,
	/** characters of one long text of a record answered alone (the tool's Text Limit default) */
	text: 250,
	/** characters of one long text in a list row */
	textInList: 200,
} as const;

/** Lookups whose name the record carries beside the id (`status_name`): the agent reads and writes the name. */
const NAMED_LOOKUPS = ['status', 'priority', 'tickettype', 'assettype', 'team', 'outcome'];

/** Halo's times carry seconds and fractions of a second (up to 7 digits) that no reader of a ticket needs. */
const SECONDS = /^(\d{4}-\d\d-\d\dT\d\d:\d\d):\d\d(?:\.\d+)?(Z?)$/;
const isTime = (value: unknown) => typeof value === 'string' && SECONDS.test(value);

/** Fields that hold prose, often HTML mail: shown as plain text. */
const LONG_TEXT = new Set(['details', 'details_html', 'note', 'note_html', 'notes', 'resolution', 'description']);

export interface ToolAnswer {
	/** what one item is, singular and plural, lower case: "ticket", "tickets" */
	noun: string;
	nouns: string;
	/** the characters of a long text a record answered alone may show; 0 = no cap */
	textLimit: number;
	/** the operation read up to its Limit, so Halo may hold more than were returned */
	reachedLimit: boolean;
}

const plainNumber = (count: number) => count.toLocaleString('en-US');

function capText(text: string, limit: number, hint: string): string {
	if (limit <= 0 || text.length <= limit) return text;
	return `${text.slice(0, limit).trimEnd()}… [+${plainNumber(text.length - limit)} characters: ${hint}]`;
}

interface Place {
	limit: number;
	hint: string;
}

/** `holder`: the record holding the field, of which the rows of a list field are parts. */
function compactValue(key: string, value: unknown, place: Place, holder?: IDataObject): unknown {
	if (typeof value === 'string') {
		// Blank lines between paragraphs cost the agent characters and tell it nothing.
		const text = LONG_TEXT.has(key) ? htmlToText(value).replace(/\n\n+/g, '\n') : value.replace(SECONDS, '$1$2');
		return capText(text, place.limit, place.hint);
	}
	if (Array.isArray(value)) {
		const inList: Place = { limit: Math.min(place.limit || Infinity, TOOL_LIMITS.textInList), hint: place.hint };
		const rows = value
			.slice(0, TOOL_LIMITS.nestedRows)
			.map((row) =>
				row && typeof row === 'object' && !Array.isArray(row)
					? compactRecord(row as IDataObject, inList, holder)
					: compactValue(key, row, inList),
			);
		const left = value.length - rows.length;
		return left > 0 ? [...rows, `… ${plainNumber(left)} more not shown`] : rows;
	}
	if (value && typeof value === 'object') return compactRecord(value as IDataObject, place);
	return value;
}

const isEmpty = (value: unknown) =>
	value === null ||
	value === undefined ||
	value === '' ||
	(Array.isArray(value) && value.length === 0) ||
	(typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);

/** Whether the agent learns nothing from this field that the record does not already say. */
function repeats(record: IDataObject, key: string, value: unknown, parent?: IDataObject): boolean {
	// Simplify gives both Halo's `customfields` rows and their `custom_fields` map: the agent needs the map only.
	if (key === 'customfields') return record.custom_fields !== undefined && record.custom_fields !== null;
	if (NAMED_LOOKUPS.some((lookup) => key === `${lookup}_id`)) {
		const lookup = key.slice(0, -'_id'.length);
		return !isEmpty(record[`${lookup}_name`]) || (lookup === 'team' && !isEmpty(record.team));
	}
	// A time equal to one shown before it (a ticket's datecreated and dateoccurred, fixbydate and deadlinedate).
	if (isTime(value)) {
		const keys = Object.keys(record);
		return keys.slice(0, keys.indexOf(key)).some((earlier) => record[earlier] === value);
	}
	// A row inside a record (a ticket's asset) need not repeat the record's client or site.
	return parent !== undefined && key !== 'id' && typeof value !== 'object' && parent[key] === value;
}

/**
 * One record, compact: empty and repeated fields left out, custom fields once, long text as capped plain text.
 * `parent`: the record this one is a row of.
 */
export function compactRecord(record: IDataObject, place: Place, parent?: IDataObject): IDataObject {
	const compact: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		if (repeats(record, key, value, parent)) continue;
		const shown = compactValue(key, value, place, record);
		if (!isEmpty(shown)) compact[key] = shown as IDataObject[string];
	}
	return compact;
}

/** The items an agent receives for one tool call. */
export function toolAnswer(records: IDataObject[], answer: ToolAnswer): IDataObject[] {
	const alone = records.length === 1;
	const place: Place = alone
		? {
				limit: answer.textLimit,
				hint: "the tool's Text Limit 0 shows all",
			}
		: {
				limit: Math.min(answer.textLimit || Infinity, TOOL_LIMITS.textInList),
				hint: `get this ${answer.noun} by ID for more`,
			};
	const shown = records.slice(0, TOOL_LIMITS.items).map((record) => compactRecord(record, place));
	const left = records.length - shown.length;
	const narrow = `narrow the request (filters such as client, status, dates or search text) to see the ones that matter`;
	if (left > 0) {
		shown.push({
			more_available: `${plainNumber(left)} more ${answer.nouns} not shown (${shown.length} of ${plainNumber(records.length)}): ${narrow}.`,
		});
	} else if (answer.reachedLimit) {
		shown.push({ more_available: `Halo may hold more ${answer.nouns} than the Limit returned: ${narrow}.` });
	}
	return shown;
}
