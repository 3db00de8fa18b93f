import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { RECORDS } from '../../descriptions/records';
import { cached, cachedPromise, perRunCache } from '../../helpers/cache';
import { customFieldsBody } from '../../helpers/customFields';
import { DEFAULT_OUTCOME_RULE, resolveOutcome, saveAction } from '../../helpers/outcomes';
import { lookupId } from '../../helpers/names';
import { runParameter } from '../../helpers/parameters';
import { simplifyOn } from '../common/output';
import { simplifyRecord } from '../../helpers/simplify';
import { inputError, parseJsonObject, requiredText, textParameter, toHaloId } from '../../helpers/validate';
import { haloList } from '../../transport/list';
import { haloRequest } from '../../transport/request';
import { recordBody, saveRecord } from '../common/write';
import { ticketFieldRules, ticketFields } from './fields';
import type { ToolText } from '../../descriptions/tool';

/** The ticket field holding an alert's or other system's id (spec Faults.third_party_id_string). */
const THIRD_PARTY_FIELD = 'third_party_id_string';
/** Both spellings a ticket may carry the id in; which one list rows carry, if any, is not verified (EVIDENCE 11.21). */
const THIRD_PARTY_KEYS = [THIRD_PARTY_FIELD, 'third_party_id'];

const properties: INodeProperties[] = [
	{
		displayName: 'Client Name or ID',
		name: 'clientId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getClients' },
		required: true,
		default: '',
		description:
			'Only this client\'s open tickets are matched; a new ticket is logged for it. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Summary',
		name: 'summary',
		type: 'string',
		required: true,
		default: '',
		description: 'The summary of a new ticket (and the key when matching by summary)',
	},
	{
		displayName: 'Match By',
		name: 'matchBy',
		type: 'options',
		default: 'summary',
		options: [
			{ name: 'Summary (Exact)', value: 'summary', description: 'An open ticket with exactly this summary' },
			{
				name: 'Custom Field Value',
				value: 'customField',
				description: 'An open ticket whose custom field holds this value, e.g. CFRMMAlertID',
			},
			{
				name: 'Third-Party / Alert ID',
				value: 'thirdPartyId',
				description: 'An open ticket with this third-party ID (third_party_id_string)',
			},
		],
	},
	{
		displayName: 'Custom Field Name or ID',
		name: 'matchField',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTicketCustomFields' },
		required: true,
		default: '',
		displayOptions: { show: { matchBy: ['customField'] } },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Match Value',
		name: 'matchValue',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { matchBy: ['customField', 'thirdPartyId'] } },
		description: 'The key (e.g. the alert ID); a new ticket gets it in that field',
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 4 },
		description: 'Added as a private note to the matching ticket; a new ticket gets it as its details',
	},
	{
		displayName: 'Outcome Name or ID',
		name: 'outcome',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOutcomes' },
		default: '',
		description: `The note's outcome. ${DEFAULT_OUTCOME_RULE}. ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	{
		displayName: 'New Ticket Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: ticketFields(false).filter((field) => field.name !== 'client_id'),
	},
	customFieldsProperty('ticket'),
	additionalJsonField,
	simplifyField,
	{
		displayName:
			'Items of one execution with the same key end on one ticket. Two executions running at the same moment can still both log a ticket: Halo has no way to reserve a key.',
		name: 'concurrencyNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['ticket'], operation: ['createOrAddNote'] } },
	properties,
);

interface MatchKey {
	/** identifies the key within the run: client, kind, field and value */
	id: string;
	matches: (ticket: IDataObject) => boolean;
	/** what a new ticket gets so that later runs find it */
	onCreate: IDataObject;
	/** the key's field as the user names it, for messages */
	label: string;
	/** list parameters that narrow the search on Halo's side */
	qs: IDataObject;
	/** whether a list row lacks what `matches` compares, so the ticket itself has to be read */
	notInRow?: (row: IDataObject) => boolean;
}

/** Per run: tickets this node run created or found, by key (bounded by the run's items); later items with the same key add notes to them. */
const ticketsByRun = perRunCache<Map<string, IDataObject>>();

/** Per run: tickets read in full because their list row lacked the key, by id (bounded by the clients' open tickets). */
const readTicketsByRun = perRunCache<Map<number, Promise<IDataObject>>>();

function customFieldValue(ticket: IDataObject, fieldId: number): string | undefined {
	const entry = ((ticket.customfields ?? []) as IDataObject[]).find((field) => Number(field.id) === fieldId);
	return entry?.value === undefined || entry.value === null ? undefined : String(entry.value).trim();
}

async function matchKey(
	ctx: IExecuteFunctions,
	itemIndex: number,
	clientId: number,
	summary: string,
): Promise<MatchKey> {
	const matchBy = runParameter(ctx, 'matchBy', itemIndex, 'summary');
	if (matchBy === 'summary') {
		return {
			id: `${clientId}|summary|${summary}`,
			matches: (ticket) => String(ticket.summary ?? '').trim() === summary,
			onCreate: { summary },
			label: 'summary',
			qs: { search_summary: summary },
		};
	}
	const value = requiredText(ctx, itemIndex, 'matchValue', 'Match Value');
	if (matchBy === 'thirdPartyId') {
		return {
			id: `${clientId}|thirdParty|${value}`,
			matches: (ticket) =>
				THIRD_PARTY_KEYS.some(
					(key) => ticket[key] !== undefined && ticket[key] !== null && String(ticket[key]).trim() === value,
				),
			onCreate: { [THIRD_PARTY_FIELD]: value },
			label: THIRD_PARTY_FIELD,
			qs: {},
			notInRow: (row) => THIRD_PARTY_KEYS.every((key) => row[key] === undefined),
		};
	}
	const field = requiredText(ctx, itemIndex, 'matchField', 'Custom Field');
	const [resolved] = (await customFieldsBody(ctx, itemIndex, 'ticket', [{ field, value }], 'Custom Field'))!;
	const fieldId = Number(resolved.id);
	return {
		id: `${clientId}|field ${fieldId}|${value}`,
		matches: (ticket) => customFieldValue(ticket, fieldId) === value,
		onCreate: { customfields: [{ id: fieldId, value }] },
		label: field,
		qs: { include_custom_fields: String(fieldId) },
	};
}

/**
 * Puts the key (and the client) on a new ticket's body. A different value for them in the user's fields is
 * refused: the ticket would carry another key and never be matched again.
 */
function keepKey(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject, key: MatchKey, clientId: number) {
	const refuse = (source: string, name: string) =>
		inputError(
			ctx,
			itemIndex,
			source,
			`must not change "${name}": a new ticket carries the key it is matched by, or later items would not find it`,
		);
	const { customfields: keyFields, ...scalars }: IDataObject = { ...key.onCreate, client_id: clientId };
	for (const [name, value] of Object.entries(scalars)) {
		if (body[name] !== undefined && String(body[name]).trim() !== String(value)) {
			throw refuse('Additional Fields (JSON)', name === 'client_id' ? name : key.label);
		}
	}
	Object.assign(body, scalars);
	if (!keyFields) return;
	const [keyField] = keyFields as IDataObject[];
	const given = (body.customfields ?? []) as IDataObject[];
	const other = given.find(
		(entry) => Number(entry.id) === Number(keyField.id) && String(entry.value ?? '').trim() !== keyField.value,
	);
	if (other) {
		const json = parseJsonObject(
			ctx,
			itemIndex,
			'Additional Fields (JSON)',
			ctx.getNodeParameter('additionalJson', itemIndex, '{}'),
		);
		throw refuse('customfields' in json ? 'Additional Fields (JSON)' : 'Custom Fields', key.label);
	}
	body.customfields = [...given.filter((entry) => Number(entry.id) !== Number(keyField.id)), keyField];
}

/**
 * The oldest open ticket of the client with the key, if any (Halo has no filter on custom fields or third-party
 * ids, so rows are compared here). A row that lacks the key is read in full (EVIDENCE 11.21).
 */
async function findOpenTicket(
	ctx: IExecuteFunctions,
	itemIndex: number,
	clientId: number,
	key: MatchKey,
): Promise<IDataObject | undefined> {
	const rows = await haloList.call(ctx, {
		path: RECORDS.ticket.apiPath,
		qs: { client_id: clientId, open_only: true, order: 'id', orderdesc: false, ...key.qs },
		itemIndex,
	});
	for (const row of rows) {
		if (key.matches(row)) return row;
		if (!key.notInRow?.(row)) continue;
		// A row without the key says nothing: taking it as "no match" would open a duplicate ticket.
		const read = cached(readTicketsByRun, ctx, () => new Map<number, Promise<IDataObject>>());
		const ticket = await cachedPromise(
			read,
			Number(row.id),
			async () =>
				(await haloRequest.call(ctx, {
					method: 'GET',
					path: `${RECORDS.ticket.apiPath}/${row.id}`,
					itemIndex,
				})) as IDataObject,
		);
		if (key.matches(ticket)) return ticket;
	}
	return undefined;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const givenClient = this.getNodeParameter('clientId', itemIndex, '');
	const clientId =
		(await lookupId(this, itemIndex, 'client', 'Client', givenClient)) ??
		toHaloId(this, itemIndex, 'Client', givenClient);
	const summary = requiredText(this, itemIndex, 'summary', 'Summary');
	const note = requiredText(this, itemIndex, 'note', 'Note');
	const key = await matchKey(this, itemIndex, clientId, summary);
	const outcome = await resolveOutcome(this, itemIndex, {
		requested: textParameter(this, itemIndex, 'outcome'),
		hidden: true,
	});
	const simplify = simplifyOn(this, itemIndex);
	const shown = (ticket: IDataObject) => (simplify ? simplifyRecord('ticket', ticket) : ticket);

	const known = cached(ticketsByRun, this, () => new Map<string, IDataObject>());
	// The ticket as found (or as created earlier in this run), before the note.
	const ticket = known.get(key.id) ?? (await findOpenTicket(this, itemIndex, clientId, key));
	if (ticket) {
		known.set(key.id, ticket);
		const action = await saveAction(this, itemIndex, {
			ticket_id: Number(ticket.id),
			note,
			hiddenfromuser: true,
			...outcome,
		});
		return [
			{ json: { created: false, ticket: shown(ticket), action: simplify ? simplifyRecord('action', action) : action } },
		];
	}

	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = await recordBody(
		this,
		itemIndex,
		{ summary, details: note, client_id: clientId },
		fields,
		ticketFieldRules,
		'ticket',
	);
	keepKey(this, itemIndex, body, key, clientId);
	const created = await saveRecord(this, itemIndex, RECORDS.ticket.apiPath, body);
	const createdId = Number(created.id);
	if (!Number.isSafeInteger(createdId) || createdId <= 0) {
		// Nothing is remembered: the next item with this key looks in Halo again.
		throw new NodeOperationError(
			this.getNode(),
			`Halo's reply to creating the ticket has no ticket ID, so later items with this key cannot add their notes to it; the ticket may have been logged: check Halo before running again [item ${itemIndex}]`,
			{ itemIndex },
		);
	}
	known.set(key.id, created);
	return [{ json: { created: true, ticket: shown(created), action: null } }];
}

export const tool: ToolText = {
	notes:
		'Use it for alerts and repeat reports: an open ticket of the client with the same key gets a private note instead of a duplicate',
	needs: 'the client (ID or exact name), a Summary, the key to match and the note text',
	returns: 'the ticket, and whether it was created or noted',
};
