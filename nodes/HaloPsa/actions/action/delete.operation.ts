import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { toHaloId } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { actionIdField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['action'], operation: ['delete'] } }, [actionIdField]);

/** `DELETE /Actions/{id}`: Halo's API takes only the action's ID here (no ticket parameter). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = toHaloId(this, itemIndex, 'Action ID', this.getNodeParameter('actionId', itemIndex));
	await haloRequest.call(this, { method: 'DELETE', path: `/Actions/${id}`, itemIndex });
	return [{ json: { id, deleted: true } }];
}
