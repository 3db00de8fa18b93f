import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { OTHER_RECORDS } from '../../descriptions/records';
import { toHaloId } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { attachmentIdField } from './fields';
import type { ToolText } from '../../descriptions/tool';

export const description = updateDisplayOptions({ show: { resource: ['attachment'], operation: ['delete'] } }, [
	attachmentIdField,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = toHaloId(this, itemIndex, 'Attachment ID', this.getNodeParameter('attachmentId', itemIndex));
	await haloRequest.call(this, { method: 'DELETE', path: `${OTHER_RECORDS.attachment.apiPath}/${id}`, itemIndex });
	return [{ json: { id, deleted: true } }];
}

export const tool: ToolText = {
	notes: 'Cannot be undone',
	needs: 'the attachment ID (from Get Many attachments)',
	returns: 'the ID and deleted: true',
};
