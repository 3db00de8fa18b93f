import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../helpers/validate';

export const MB = 1024 * 1024;

/** The attachment Download and Delete act on. */
export const attachmentIdField: INodeProperties = {
	displayName: 'Attachment ID',
	name: 'attachmentId',
	type: 'string',
	required: true,
	default: '',
	description: 'The ID from Get Many (or Upload)',
};

const MAX_FILE_SIZE = 'Max File Size';
export const MAX_FILE_SIZE_LABEL = `${MAX_FILE_SIZE} (MB)`;

/** The size limit of Upload and Download (an option of each); `description` says when it is checked. */
export function maxFileSizeField(description: string): INodeProperties {
	return {
		displayName: MAX_FILE_SIZE_LABEL,
		name: 'maxSizeMb',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 25,
		description,
	};
}

/** The limit from the operation's options, in MB; anything but a number above 0 fails, naming the option. */
export function maxFileSizeMb(ctx: IExecuteFunctions, itemIndex: number, options: IDataObject): number {
	const limitMb = Number(options.maxSizeMb ?? 25);
	if (!(limitMb > 0)) throw inputError(ctx, itemIndex, MAX_FILE_SIZE_LABEL, 'must be a number above 0');
	return limitMb;
}

/** '"<name>" is 1.0 MB, more than Max File Size (1 MB)' (size unknown: "is more than"): both operations' wording. */
export function tooLarge(fileName: string, bytes: number | undefined, limitMb: number): string {
	const size = bytes === undefined ? '' : ` ${(bytes / MB).toFixed(1)} MB,`;
	return `"${fileName}" is${size} more than ${MAX_FILE_SIZE} (${limitMb} MB)`;
}
