import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { OTHER_RECORDS } from '../../descriptions/records';
import { textParameter, toHaloId } from '../../helpers/validate';
import { haloRequestFull } from '../../transport/request';
import { attachmentIdField } from './fields';

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
];

export const description = updateDisplayOptions(
	{ show: { resource: ['attachment'], operation: ['download'] } },
	properties,
);

/**
 * The file name from Content-Disposition: the RFC 5987 `filename*` (charset'language'percent-encoded)
 * when it decodes, else the plain `filename`. A malformed `filename*` must not fail the download.
 */
function fileNameFrom(disposition: unknown): string | undefined {
	const text = String(disposition ?? '');
	const extended = /filename\*\s*=\s*"?([^";]+)"?/i.exec(text)?.[1]?.trim();
	const decoded = extended === undefined ? undefined : decodeExtendedValue(extended);
	if (decoded) return decoded;
	const plain = /(?:^|;)\s*filename\s*=\s*(?:"([^"]*)"|([^;]*))/i.exec(text);
	return (plain?.[1] ?? plain?.[2])?.trim() || undefined;
}

function decodeExtendedValue(value: string): string | undefined {
	const parts = /^([\w!#$%&+^`{}~-]*)'[^']*'(.*)$/.exec(value);
	const charset = (parts?.[1] || 'utf-8').toLowerCase();
	const encoded = parts ? parts[2] : value;
	if (!/^(?:[^%]|%[0-9a-f]{2})*$/i.test(encoded)) return undefined;
	const bytes = Buffer.from(
		encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
		'latin1',
	);
	try {
		return new TextDecoder(charset, { fatal: true }).decode(bytes).trim() || undefined;
	} catch {
		return undefined;
	}
}

/** Halo answers GET /Attachment/{id} with the raw bytes; they become an n8n binary field. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = toHaloId(this, itemIndex, 'Attachment ID', this.getNodeParameter('attachmentId', itemIndex));
	const property = textParameter(this, itemIndex, 'binaryPropertyName', 'Put Output File in Field') || 'data';
	const response = await haloRequestFull.call(this, {
		method: 'GET',
		path: `${OTHER_RECORDS.attachment.apiPath}/${id}`,
		itemIndex,
		encoding: 'arraybuffer',
	});
	const content = Buffer.from(response.body as ArrayBuffer);
	const fileName = fileNameFrom(response.headers['content-disposition']) ?? `attachment-${id}`;
	const mimeType = String(response.headers['content-type'] ?? '').split(';')[0] || undefined;
	const binary = await this.helpers.prepareBinaryData(content, fileName, mimeType);
	return [
		{
			json: { id, filename: fileName, mimeType: binary.mimeType, filesize: content.length },
			binary: { [property]: binary },
		},
	];
}
