import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { compact, onlyIfTrue } from '../../helpers/query';
import { textParameter } from '../../helpers/validate';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Search',
		name: 'search',
		type: 'string',
		default: '',
		placeholder: 'e.g. vpn mfa',
		description: 'Keywords to find in the article title, body and tags; empty lists every article',
	},
	optionsProperty([
		{
			displayName: 'Include Inactive',
			name: 'includeInactive',
			type: 'boolean',
			default: false,
			description: 'Whether to include inactive (archived) articles',
		},
	]),
];

function articleQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const search = textParameter(ctx, itemIndex, 'search');
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return compact({
		search: search || undefined,
		includeinactive: onlyIfTrue(options.includeInactive),
	});
}

export const { description, execute } = getManyOperation({
	records: RECORDS.kbArticle,
	paging: 'pages',
	properties,
	query: articleQuery,
});

export const tool: ToolText = {
	notes: 'Search matches the article text',
	needs: 'search text; optionally a Limit',
	returns: 'a list of articles (ID, title, description, resolution)',
};
