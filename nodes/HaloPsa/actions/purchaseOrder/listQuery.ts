import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toHaloId } from '../../helpers/validate';

/** Open or Closed (`filters.state`): GET /PurchaseOrder and GET /Quotation both take `open` and `closed`. */
export const openClosedFilter: INodeProperties = {
	displayName: 'Open or Closed',
	name: 'state',
	type: 'options',
	options: [
		{ name: 'Any', value: 'any' },
		{ name: 'Open Only', value: 'open' },
		{ name: 'Closed Only', value: 'closed' },
	],
	default: 'any',
};

/** Status IDs (`filters.statusIds`): Halo takes a comma-separated list (`po_status`, `quote_status`). */
export function statusIdsFilter(records: string): INodeProperties {
	return {
		displayName: 'Status IDs',
		name: 'statusIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1,2',
		description: `Only ${records} in these statuses (Halo's status IDs, comma-separated)`,
	};
}

/** Halo's `open`/`closed` and the status list, each status checked as a Halo id before anything is sent. */
export function openClosedStatusQuery(filters: IDataObject, ctx: IExecuteFunctions, itemIndex: number) {
	const statuses = String(filters.statusIds ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => toHaloId(ctx, itemIndex, 'Filters → Status IDs', part));
	return {
		open: filters.state === 'open' ? true : undefined,
		closed: filters.state === 'closed' ? true : undefined,
		statuses: statuses.length ? statuses.join(',') : undefined,
	};
}
