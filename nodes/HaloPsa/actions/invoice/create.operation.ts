import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { clientLocator } from '../../descriptions/locators';
import { RECORDS } from '../../descriptions/records';
import { batchableCreate } from '../common/batch';
import type { FieldRules } from '../common/write';
import { documentBody, documentCreateTail, INVOICE_LINES, linesProperties } from '../common/lines';
import type { ToolText } from '../../descriptions/tool';

const rules: FieldRules = {
	ids: ['contract_id', 'ticket_id', 'sitenumber'],
	dates: ['invoice_date', 'duedate'],
	labels: {
		contract_id: 'Contract ID',
		ticket_id: 'Ticket ID',
		sitenumber: 'Site ID',
		invoice_date: 'Invoice Date',
		duedate: 'Due Date',
	},
};

const additionalFields: INodeProperties[] = [
	{
		displayName: 'Contract ID',
		name: 'contract_id',
		type: 'string',
		default: '',
		description: 'The client contract the invoice bills',
	},
	{ displayName: 'Due Date', name: 'duedate', type: 'dateTime', default: '' },
	{ displayName: 'Internal Note', name: 'internal_note', type: 'string', default: '', typeOptions: { rows: 2 } },
	{
		displayName: 'Invoice Date',
		name: 'invoice_date',
		type: 'dateTime',
		default: '',
		description: "Halo's default is today",
	},
	{
		displayName: 'Note',
		name: 'notes_1',
		type: 'string',
		default: '',
		typeOptions: { rows: 2 },
		description: 'Text printed on the invoice',
	},
	{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
	{
		displayName: 'Site ID',
		name: 'sitenumber',
		type: 'string',
		default: '',
		description: "The client's site the invoice is for",
	},
	{
		displayName: 'Ticket ID',
		name: 'ticket_id',
		type: 'string',
		default: '',
		description: 'The ticket the invoice bills',
	},
];

const properties: INodeProperties[] = [
	{ ...clientLocator, description: 'The client the invoice is raised for' },
	...linesProperties('invoice', 'create', INVOICE_LINES),
	...documentCreateTail(additionalFields, 'invoices'),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['create'] } }, properties);

async function invoiceBody(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await documentBody(ctx, itemIndex, INVOICE_LINES, rules);
}

/** Batch Size > 1: the items' invoices in one POST, matched back by client. */
export const { execute, executeBatch } = batchableCreate(
	RECORDS.invoice,
	{ plural: 'invoices', matchField: 'client_id' },
	invoiceBody,
);

export const tool: ToolText = {
	notes: 'Invoices are money owed by a client; prefer Preview Only when unsure',
	needs:
		'the client (ID) and the invoice lines (description, quantity, unit price); optionally invoice date, due date, contract, ticket and reference',
	returns: 'the new invoice with its ID, number, lines and total',
};
