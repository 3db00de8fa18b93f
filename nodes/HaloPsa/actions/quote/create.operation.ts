import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { clientLocator } from '../../descriptions/locators';
import { RECORDS } from '../../descriptions/records';
import { batchableCreate } from '../common/batch';
import { documentBody, documentCreateTail, linesProperties, type LineLayout } from '../common/lines';
import type { FieldRules } from '../common/write';
import type { ToolText } from '../../descriptions/tool';

/**
 * Quote lines with the names the spec's QuotationDetail declares (three copies, March and September 2025, agree):
 * it has no plain quantity or unit-price field, only current_quantity and baseprice (the name Halo's items give
 * their sale price). Not verified on a live tenant: the README says so.
 */
const QUOTE_LINES: LineLayout = {
	description: 'description',
	item: 'item_id',
	quantity: 'current_quantity',
	unitPrice: 'baseprice',
	extra: [
		{ displayName: 'Discount (%)', name: 'discount_perc', type: 'number', default: 0 },
		{ displayName: 'Line Note', name: 'note', type: 'string', default: '' },
		{ displayName: 'Nominal Code', name: 'nominal_code', type: 'string', default: '' },
	],
	// Cost price is JSON-only: a field's default 0 would overwrite the cost Halo takes from the item.
	extraNumbers: { costprice: 'Cost Price', discount_perc: 'Discount (%)' },
};

const rules: FieldRules = {
	ids: ['ticket_id'],
	lookups: { site_id: 'site', user_id: 'user', assigned_agent: 'agent' },
	dates: ['date', 'expiry_date'],
	labels: {
		ticket_id: 'Ticket ID',
		site_id: 'Site',
		user_id: 'Contact',
		assigned_agent: 'Agent',
		date: 'Quote Date',
		expiry_date: 'Expiry Date',
	},
};

const additionalFields: INodeProperties[] = [
	{
		displayName: 'Agent',
		name: 'assigned_agent',
		type: 'string',
		default: '',
		description: 'The agent who owns the quote: an ID or exact name',
	},
	{
		displayName: 'Contact',
		name: 'user_id',
		type: 'string',
		default: '',
		description: "The client's user the quote is for: an ID or exact name (looked up within the client)",
	},
	{ displayName: 'Expiry Date', name: 'expiry_date', type: 'dateTime', default: '' },
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		default: '',
		typeOptions: { rows: 2 },
	},
	{ displayName: 'PO Reference', name: 'po_ref', type: 'string', default: '', description: "The client's PO number" },
	{
		displayName: 'Quote Date',
		name: 'date',
		type: 'dateTime',
		default: '',
		description: "Halo's default is today",
	},
	{
		displayName: 'Site',
		name: 'site_id',
		type: 'string',
		default: '',
		description: "The client's site: an ID or exact name (looked up within the client)",
	},
	{
		displayName: 'Ticket ID',
		name: 'ticket_id',
		type: 'string',
		default: '',
		description: 'The ticket the quote belongs to',
	},
];

const properties: INodeProperties[] = [
	{ ...clientLocator, description: 'The client the quote is for' },
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		placeholder: 'e.g. Office Wi-Fi refresh',
		description: 'What the quote is for, as the client sees it',
	},
	...linesProperties('quote', 'create', QUOTE_LINES),
	...documentCreateTail(additionalFields, 'quotes'),
];

export const description = updateDisplayOptions({ show: { resource: ['quote'], operation: ['create'] } }, properties);

async function quoteBody(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const title = String(ctx.getNodeParameter('title', itemIndex, '')).trim();
	return await documentBody(ctx, itemIndex, QUOTE_LINES, rules, title ? { title } : {});
}

/** Batch Size > 1: the items' quotes in one POST, matched back by client. */
export const { execute, executeBatch } = batchableCreate(
	RECORDS.quote,
	{ plural: 'quotes', matchField: 'client_id' },
	quoteBody,
);

export const tool: ToolText = {
	notes: 'A quote is a priced offer a client sees; prefer Preview Only when unsure',
	needs:
		'the client (ID or exact name), a title and the quote lines (description or item ID, quantity, unit price); optionally quote date, expiry date, note, site, contact, agent and ticket',
	returns: 'the new quote with its ID, lines and total',
};
