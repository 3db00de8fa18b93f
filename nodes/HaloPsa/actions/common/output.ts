import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { runParameter } from '../../helpers/parameters';
import { simplifyRecord } from '../../helpers/simplify';

/** The records as output items: Halo's full records, or their Simplify form. */
export function outputRecords(
	ctx: IExecuteFunctions,
	itemIndex: number,
	resource: string,
	rows: IDataObject[],
): INodeExecutionData[] {
	const simplify = runParameter(ctx, 'simplify', itemIndex, true);
	return rows.map((row) => ({ json: simplify ? simplifyRecord(resource, row) : row }));
}
