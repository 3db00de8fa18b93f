import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllFields, simplifyField } from '../../descriptions/common';
import { simplifyRecord } from '../../helpers/simplify';
import { haloList } from '../../transport/list';
import { listSettings, type Operation } from '../common/crud';

/**
 * Get Many for Halo's small configuration lists (agents, teams): Halo answers with one bare array and
 * has neither paging nor `count` on these endpoints, so Return All/Limit are applied here.
 */
export function unpagedListOperation(spec: {
	resource: string;
	path: string;
	properties: INodeProperties[];
	query: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject | Promise<IDataObject>;
}): Operation {
	return {
		description: updateDisplayOptions({ show: { resource: [spec.resource], operation: ['getAll'] } }, [
			...returnAllFields,
			...spec.properties,
			simplifyField,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const { limit, simplify } = listSettings(this, itemIndex);
			const rows = await haloList.call(this, { path: spec.path, qs: await spec.query(this, itemIndex), paged: false, itemIndex });
			return rows
				.slice(0, limit ?? rows.length)
				.map((row) => ({ json: simplify ? simplifyRecord(spec.resource, row) : row }));
		},
	};
}
