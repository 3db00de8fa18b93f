import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ticketLocator } from '../../descriptions/locators';
import { locatorId } from '../../helpers/locator';
import { inputError, toOptionalHaloId } from '../../helpers/validate';
import { saveRecord } from '../common/write';

const properties: INodeProperties[] = [
	ticketLocator,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field holding the file',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Action ID',
				name: 'actionId',
				type: 'string',
				default: '',
				description: 'Attach the file to this action (note) of the ticket instead of the ticket itself',
			},
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				description: 'Name shown in Halo; defaults to the binary file\'s own name',
			},
			{
				displayName: 'Hidden From User',
				name: 'hidden',
				type: 'boolean',
				default: true,
				description: 'Whether to keep the file out of the end-user portal (agents only)',
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				default: '',
				description: 'A description stored with the attachment',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['attachment'], operation: ['upload'] } }, properties);

/**
 * Halo takes attachments as JSON with the bytes base64-encoded in `data`. The file is read once and
 * encoded once; the buffer is released before the request is sent.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const ticketId = await locatorId(this, itemIndex, 'ticketId', 'Ticket', 'ticket');
	const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data'));
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const item = this.getInputData()[itemIndex];
	const binary = item.binary?.[property];
	if (!binary) {
		throw inputError(this, itemIndex, 'Input Binary Field', `the input item has no binary field "${property}"`);
	}
	const fileName = String(options.fileName || binary.fileName || 'attachment');
	let content: Buffer | undefined = await this.helpers.getBinaryDataBuffer(itemIndex, property);
	const record: IDataObject = {
		ticket_id: ticketId,
		filename: fileName,
		data: content.toString('base64'),
		isimage: String(binary.mimeType ?? '').startsWith('image/'),
		showforusers: options.hidden === false,
	};
	const size = content.length;
	content = undefined;
	const actionId = toOptionalHaloId(this, itemIndex, 'Action ID', options.actionId);
	if (actionId) record.action_id = actionId;
	if (options.note) record.note = String(options.note);
	const saved = await saveRecord(this, itemIndex, '/Attachment', record);
	// The reply may echo the base64 content: never pass the bytes on as JSON.
	delete saved.data;
	delete saved.data_base64;
	return [{ json: { ...saved, ticket_id: saved.ticket_id ?? ticketId, filename: saved.filename ?? fileName, filesize: saved.filesize ?? size } }];
}
