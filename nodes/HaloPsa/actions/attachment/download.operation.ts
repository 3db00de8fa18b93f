import type { IBinaryData, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsProperty } from '../../descriptions/common';
import { OTHER_RECORDS } from '../../descriptions/records';
import { inputError, textParameter, toHaloId } from '../../helpers/validate';
import { haloReadStream } from '../../transport/request';
import { attachmentIdField, MAX_FILE_SIZE_LABEL, MB, maxFileSizeField, maxFileSizeMb, tooLarge } from './fields';
import { fileNameFrom } from './fileName';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	attachmentIdField,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
	},
	optionsProperty([
		maxFileSizeField(
			'Larger files are refused: by the size Halo announces before anything is read, else once that much has arrived',
		),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['attachment'], operation: ['download'] } },
	properties,
);

/** What is used here of the Node Readable n8n returns for `encoding: 'stream'` (node:stream cannot be imported). */
interface ReplyStream {
	map(transform: (chunk: Buffer) => Buffer): ReplyStream;
	destroy(): void;
}

/** A download read into n8n's binary store. */
interface Downloaded {
	fileName: string;
	binary: IBinaryData;
	received: number;
}

type BinarySource = Parameters<IExecuteFunctions['helpers']['prepareBinaryData']>[0];

/**
 * Halo answers GET /Attachment/{id} with the raw bytes. They are read as a stream straight into n8n's binary
 * store, never more than Max File Size of them. The file name is reduced to a safe base name, so nothing from
 * Halo sets a directory or carries control characters into the item.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = toHaloId(this, itemIndex, 'Attachment ID', this.getNodeParameter('attachmentId', itemIndex));
	const property = textParameter(this, itemIndex, 'binaryPropertyName', 'Put Output File in Field') || 'data';
	const limitMb = maxFileSizeMb(this, itemIndex, this.getNodeParameter('options', itemIndex, {}));
	const limit = limitMb * MB;
	// Read again from the start if the reply drops part-way (a read; the transport decides when).
	const { fileName, binary, received } = (await haloReadStream.call(
		this,
		{ method: 'GET', path: `${OTHER_RECORDS.attachment.apiPath}/${id}`, itemIndex },
		async (response) => {
			const body = response.body as ReplyStream;
			const fileName = fileNameFrom(response.headers['content-disposition']) ?? `attachment-${id}`;
			const mimeType = String(response.headers['content-type'] ?? '').split(';')[0] || undefined;
			const tooBig = (bytes?: number) =>
				inputError(
					this,
					itemIndex,
					MAX_FILE_SIZE_LABEL,
					`${tooLarge(fileName, bytes, limitMb)}; raise the option to download it`,
				);
			const announced = Number(response.headers['content-length']);
			if (announced > limit) {
				body.destroy();
				throw tooBig(announced);
			}
			let received = 0;
			// Counted as the bytes arrive; past the limit the reading fails and the reply is dropped.
			const counted = body.map((chunk: Buffer) => {
				received += chunk.length;
				if (received > limit) throw tooBig();
				return chunk;
			});
			try {
				const binary = await this.helpers.prepareBinaryData(counted as unknown as BinarySource, fileName, mimeType);
				return { fileName, binary, received };
			} catch (error) {
				// The binary store may wrap the reading's error; the size is what the user needs to hear.
				throw received > limit ? tooBig() : error;
			} finally {
				body.destroy();
			}
		},
	)) as Downloaded;
	return [
		{
			json: { id, filename: fileName, mimeType: binary.mimeType, filesize: received },
			binary: { [property]: binary },
		},
	];
}

export const tool: ToolText = {
	notes: 'The file goes into a binary field of the item, not into the text an agent reads',
	needs: 'the attachment ID (from Get Many attachments)',
	returns: 'the file as binary data with its name and type',
};
