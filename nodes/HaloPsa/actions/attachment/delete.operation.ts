import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { toHaloId } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { attachmentIdField } from './download.operation';

export const description = updateDisplayOptions({ show: { resource: ['attachment'], operation: ['delete'] } }, [attachmentIdField]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = toHaloId(this, itemIndex, 'Attachment ID', this.getNodeParameter('attachmentId', itemIndex));
	await haloRequest.call(this, { method: 'DELETE', path: `/Attachment/${id}`, itemIndex });
	return [{ json: { id, deleted: true } }];
}
