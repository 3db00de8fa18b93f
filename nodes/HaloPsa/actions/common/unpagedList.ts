import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllFields, simplifyField } from '../../descriptions/common';
import type { RecordPath } from '../../descriptions/records';
import { runParameter } from '../../helpers/parameters';
import { isoDate } from '../../helpers/query';
import { simplifyRecord } from '../../helpers/simplify';
import { inputError } from '../../helpers/validate';
import { haloTransportError } from '../../transport/errors';
import { readPage } from '../../transport/list';
import { haloRequest } from '../../transport/request';
import type { Operation } from './crud';
import { simplifyOn } from './output';

/**
 * Get Many for Halo lists that ignore paging: `count`, `page_size` and `pageinate` change nothing, every
 * matching row comes back in one reply (EVIDENCE 11.5: /Appointment sent 36,764 rows, /Feedback 35,086, for
 * page_size=1). One request, no paging parameters; the Limit is applied while the reply's rows are read
 * (no more than the Limit are mapped or kept), and Return All needs a filter that narrows the list (a date
 * range, a ticket, ...): without one it fails before anything is sent.
 */
type RowCheck = (row: IDataObject) => boolean;

export interface UnpagedListSpec {
	/** Halo's path, and the Simplify key of its rows */
	records: RecordPath;
	/** the node resource this Get Many belongs to, when not `records.resource` (e.g. time entries of Timesheet) */
	nodeResource?: string;
	/** what the rows are, for the message, e.g. "appointments" */
	plural: string;
	/** properties shown before Return All/Limit (the date range) */
	leadingProperties?: INodeProperties[];
	/** filter properties shown under Return All/Limit */
	properties: INodeProperties[];
	/** Halo query parameters from the node's fields */
	query: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject | Promise<IDataObject>;
	/** whether this item's settings narrow the list enough for Return All */
	narrowed: (ctx: IExecuteFunctions, itemIndex: number) => boolean;
	/** the settings that narrow it, for the message, e.g. "Start and End, or a ticket" */
	narrowing: string;
	/**
	 * A check Halo cannot do (undefined: every row is kept); the Limit counts the rows kept. May read Halo first
	 * (e.g. a client's ticket ids), before the list is requested.
	 */
	rowFilter?: (ctx: IExecuteFunctions, itemIndex: number) => RowCheck | undefined | Promise<RowCheck | undefined>;
}

export function unpagedListOperation(spec: UnpagedListSpec): Operation {
	const { resource, apiPath } = spec.records;
	const shownUnder = spec.nodeResource ?? resource;
	return {
		description: updateDisplayOptions({ show: { resource: [shownUnder], operation: ['getAll'] } }, [
			...(spec.leadingProperties ?? []),
			...returnAllFields,
			...spec.properties,
			simplifyField,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const returnAll = runParameter(this, 'returnAll', itemIndex, false);
			// Refused before the query is built: building it may look names up in Halo.
			if (returnAll && !spec.narrowed(this, itemIndex)) {
				throw inputError(
					this,
					itemIndex,
					'Return All',
					`Halo sends ${spec.plural} in one reply, all of them (it ignores paging), so Return All needs ${spec.narrowing}; set it, or turn off Return All and use Limit`,
				);
			}
			const qs = await spec.query(this, itemIndex);
			const limit = returnAll ? Infinity : runParameter(this, 'limit', itemIndex, 50);
			const keep = await spec.rowFilter?.(this, itemIndex);
			const shape = simplifyOn(this, itemIndex)
				? (row: IDataObject) => simplifyRecord(resource, row)
				: (row: IDataObject) => row;
			const page = readPage(await haloRequest.call(this, { method: 'GET', path: apiPath, qs, itemIndex }));
			const kept: IDataObject[] = [];
			for (const row of page.rows) {
				if (kept.length >= limit) break;
				if (!keep || keep(row)) kept.push(shape(row));
			}
			// Tolerates a Halo build that pages this list after all: rows missing from the reply are an error, not a shorter list.
			if (kept.length < limit && page.total !== undefined && page.total > page.rows.length) {
				throw haloTransportError(
					this.getNode(),
					`Halo's list ${apiPath} reported ${page.total} matches but sent ${page.rows.length}, so part of the list is missing. Narrow the filters.`,
					{ method: 'GET', path: apiPath, itemIndex },
				);
			}
			return kept.map((json) => ({ json }));
		},
	};
}

/** The date range of a paging-ignoring list: Start and End (date-times), each with what it keeps. */
export function dateRangeFields(keeps: { start: string; end: string }): INodeProperties[] {
	return [
		{ displayName: 'Start', name: 'startDate', type: 'dateTime', default: '', description: keeps.start },
		{ displayName: 'End', name: 'endDate', type: 'dateTime', default: '', description: keeps.end },
	];
}

/** The item's Start/End as ISO text (undefined when empty); an End before the Start is refused. */
export function dateRange(ctx: IExecuteFunctions, itemIndex: number): { start?: string; end?: string } {
	const start = isoDate(ctx, itemIndex, 'Start', ctx.getNodeParameter('startDate', itemIndex, ''));
	const end = isoDate(ctx, itemIndex, 'End', ctx.getNodeParameter('endDate', itemIndex, ''));
	if (start && end && Date.parse(end) < Date.parse(start)) throw inputError(ctx, itemIndex, 'End', 'is before Start');
	return { start, end };
}

/** Whether the item sets both ends of its date range. */
export function hasDateRange(ctx: IExecuteFunctions, itemIndex: number): boolean {
	const { start, end } = dateRange(ctx, itemIndex);
	return start !== undefined && end !== undefined;
}
