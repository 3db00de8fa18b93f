import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/common';
import { haloRequest } from '../../transport/request';
import { outputRecords } from '../common/crud';
import { listOrIdLocator, listOrIdValue } from './locator';

const contractLocator = listOrIdLocator({ name: 'contractId', displayName: 'Contract', searchMethod: 'searchContracts' });

const properties: INodeProperties[] = [contractLocator, simplifyField];

export const description = updateDisplayOptions({ show: { resource: ['contract'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = listOrIdValue(this, itemIndex, 'contractId', 'Contract');
	const contract = (await haloRequest.call(this, {
		method: 'GET',
		path: `/ClientContract/${id}`,
		qs: { includedetails: true },
		itemIndex,
	})) as IDataObject;
	return outputRecords(this, itemIndex, 'contract', [contract]);
}
