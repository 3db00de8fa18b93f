import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clientFilter } from '../../descriptions/common';
import { compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { toOptionalHaloId } from '../../helpers/validate';

/** The filters GET /Invoice and GET /RecurringInvoice share (one spec parameter list serves both). */
export function invoiceFilters(records: string): INodeProperties[] {
	return [
		clientFilter,
		{
			displayName: 'Contract ID',
			name: 'contractId',
			type: 'string',
			default: '',
			description: `Only ${records} billing this client contract`,
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: `Text to find in the ${records}`,
		},
	];
}

export const includeLinesField: INodeProperties = {
	displayName: 'Include Lines',
	name: 'includeLines',
	type: 'boolean',
	default: false,
	description: "Whether each row carries its lines (`lines`); Halo's list leaves them out otherwise",
};

/** Halo's query for the shared filters and Include Lines. */
export function invoiceQuery(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return compact({
		client_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Client', filters.clientId),
		contract_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Contract ID', filters.contractId),
		search: textFilter(filters.search),
		includelines: onlyIfTrue(ctx.getNodeParameter('includeLines', itemIndex, false)),
	});
}
