import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/common';
import { haloRequest } from '../../transport/request';
import { outputRecords } from '../common/crud';
import { listOrIdLocator, listOrIdValue } from '../contract/locator';

const properties: INodeProperties[] = [
	listOrIdLocator({ name: 'articleId', displayName: 'Article', searchMethod: 'searchKbArticles' }),
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['kbArticle'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = listOrIdValue(this, itemIndex, 'articleId', 'Article');
	const article = (await haloRequest.call(this, {
		method: 'GET',
		path: `/KBArticle/${id}`,
		qs: { includedetails: true },
		itemIndex,
	})) as IDataObject;
	return outputRecords(this, itemIndex, 'kbArticle', [article]);
}
