import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsProperty } from '../../descriptions/common';
import { ticketLocator } from '../../descriptions/locators';
import { OTHER_RECORDS, RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { inputError, toOptionalHaloId } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { maxFileSizeField, maxFileSizeMb } from './fields';
import { binarySize, checkSize, parseUploadReply, uploadBody } from './uploadBody';
import type { ToolText } from '../../descriptions/tool';

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
	optionsProperty([
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
			description: "Name shown in Halo; defaults to the binary file's own name",
		},
		{
			displayName: 'Hidden From User',
			name: 'hidden',
			type: 'boolean',
			default: true,
			description: 'Whether to keep the file out of the end-user portal (agents only)',
		},
		maxFileSizeField(
			'Larger files are refused before they are read (the upload travels base64-encoded, a third larger)',
		),
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			description: 'A description stored with the attachment',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['attachment'], operation: ['upload'] } },
	properties,
);

/**
 * Halo takes attachments as JSON: production clients send the file as a data URI in `data_base64` with
 * `filename` and `isimage` (EVIDENCE 5.1). The size is checked before the file is read; the body is built
 * once as a Buffer (see uploadBody.ts) and Halo's reply, which echoes the file, is parsed without it.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const ticketId = await locatorId(this, itemIndex, RECORDS.ticket);
	const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data'));
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const binary = this.getInputData()[itemIndex].binary?.[property];
	if (!binary) {
		throw inputError(this, itemIndex, 'Input Binary Field', `the input item has no binary field "${property}"`);
	}
	const fileName = String(options.fileName || binary.fileName || 'attachment');
	const mimeType = String(binary.mimeType || 'application/octet-stream');
	const limitMb = maxFileSizeMb(this, itemIndex, options);
	const size = await binarySize(this, binary);
	checkSize(this, itemIndex, fileName, size, limitMb);
	const record: IDataObject = {
		ticket_id: ticketId,
		filename: fileName,
		isimage: mimeType.startsWith('image/'),
		showforusers: options.hidden === false,
	};
	const actionId = toOptionalHaloId(this, itemIndex, 'Action ID', options.actionId);
	if (actionId) record.action_id = actionId;
	if (options.note) record.note = String(options.note);
	const body = await uploadBody(this, itemIndex, property, binary, size, record, mimeType);
	const reply = await parseUploadReply(
		await haloRequest.call(this, {
			method: 'POST',
			path: OTHER_RECORDS.attachment.apiPath,
			body,
			itemIndex,
			encoding: 'stream',
		}),
	);
	const saved = ((Array.isArray(reply) ? reply[0] : reply) ?? {}) as IDataObject;
	// The echoed file was cut out of the reply; never pass the bytes on as JSON.
	delete saved.data;
	delete saved.data_base64;
	return [
		{
			json: {
				...saved,
				ticket_id: saved.ticket_id || ticketId,
				filename: saved.filename ?? fileName,
				filesize: saved.filesize ?? size,
			},
		},
	];
}

export const tool: ToolText = {
	needs: 'the ticket ID and a binary file from the workflow; optionally an action ID and file name',
	returns: "the saved attachment's ID and file name",
};
