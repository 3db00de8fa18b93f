import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { OTHER_RECORDS } from '../../descriptions/records';
import { toHaloId } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { attachmentIdField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['attachment'], operation: ['delete'] } }, [
	attachmentIdField,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = toHaloId(this, itemIndex, 'Attachment ID', this.getNodeParameter('attachmentId', itemIndex));
	await haloRequest.call(this, { method: 'DELETE', path: `${OTHER_RECORDS.attachment.apiPath}/${id}`, itemIndex });
	return [{ json: { id, deleted: true } }];
}
