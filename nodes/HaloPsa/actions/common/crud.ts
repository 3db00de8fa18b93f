import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllFields, simplifyField } from '../../descriptions/common';
import { locatorProperty } from '../../descriptions/locators';
import type { HaloRecord, RecordPath } from '../../descriptions/records';
import { customFieldOwner } from '../../helpers/customFields';
import { locatorId } from '../../helpers/locator';
import { runParameter } from '../../helpers/parameters';
import { simplifyRecord } from '../../helpers/simplify';
import { inputError } from '../../helpers/validate';
import { haloList } from '../../transport/list';
import { haloRequest } from '../../transport/request';
import type { HaloOperation } from '../operation.type';
import { batchSizeField, saveBatch } from './batch';
import { outputRecords, simplifyOn } from './output';
import { recordBody, saveAndOutput, type FieldRules } from './write';

/**
 * Builders for the operations that look the same on every Halo resource (get by id, list, update,
 * delete). Each `<operation>.operation.ts` calls one with its record kind, fields and query mapping.
 */
export interface Operation extends Omit<HaloOperation, 'tool'> {
	description: INodeProperties[];
}

type ItemQuery = (ctx: IExecuteFunctions, itemIndex: number) => IDataObject;

function show(resource: string, operation: string, properties: INodeProperties[]) {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

/** An operation on one record picked with its kind's resource locator. */
export interface RecordSpec {
	record: HaloRecord;
	operation: string;
	/** properties shown after the locator */
	extraProperties?: INodeProperties[];
	/** Halo query parameters from those properties */
	query?: ItemQuery;
}

export function getOperation(spec: RecordSpec): Operation {
	const { record } = spec;
	return {
		description: show(record.resource, spec.operation, [
			locatorProperty(record),
			...(spec.extraProperties ?? []),
			simplifyField,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = await locatorId(this, itemIndex, record);
			const row = await haloRequest.call(this, {
				method: 'GET',
				path: `${record.apiPath}/${id}`,
				qs: { includedetails: true, ...spec.query?.(this, itemIndex) },
				itemIndex,
			});
			return outputRecords(this, itemIndex, record.resource, [row as IDataObject]);
		},
	};
}

export function deleteOperation(spec: RecordSpec): Operation {
	const { record } = spec;
	return {
		description: show(record.resource, spec.operation, [locatorProperty(record), ...(spec.extraProperties ?? [])]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = await locatorId(this, itemIndex, record);
			await haloRequest.call(this, {
				method: 'DELETE',
				path: `${record.apiPath}/${id}`,
				qs: spec.query?.(this, itemIndex),
				itemIndex,
			});
			return [{ json: { id, deleted: true } }];
		},
	};
}

/**
 * How a Get Many reads Halo's list: `pages` with Halo's paging (the Limit asks for no more pages than it
 * needs), `count` in one request capped by Halo's `count` (endpoints without paging, e.g. Actions), `none`
 * in one request for the whole list, the Limit applied here (small lists with neither, e.g. agents).
 */
export type Paging = 'pages' | 'count' | 'none';

export interface GetManySpec {
	records: RecordPath;
	paging: Paging;
	/** properties shown before Return All/Limit (what the list belongs to, e.g. the ticket) */
	leadingProperties?: INodeProperties[];
	/** filter/option properties shown under Return All/Limit */
	properties: INodeProperties[];
	/** Halo query parameters from the node's fields (may look names up, hence possibly async) */
	query: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject | Promise<IDataObject>;
	/**
	 * A check Halo cannot do, for this item's settings (undefined: every row is kept). With one, the whole
	 * list is read and the Limit counts the rows kept.
	 */
	rowFilter?: (ctx: IExecuteFunctions, itemIndex: number) => ((row: IDataObject) => boolean) | undefined;
	/** the Simplify form of a row, for this item's settings (default: the resource's simplified record) */
	simplified?: (ctx: IExecuteFunctions, itemIndex: number) => (row: IDataObject) => IDataObject;
}

export function getManyOperation(spec: GetManySpec): Operation {
	const { resource, apiPath } = spec.records;
	return {
		description: show(resource, 'getAll', [
			...(spec.leadingProperties ?? []),
			...returnAllFields,
			...spec.properties,
			simplifyField,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const qs = await spec.query(this, itemIndex);
			const limit = runParameter(this, 'returnAll', itemIndex, false)
				? undefined
				: runParameter(this, 'limit', itemIndex, 50);
			const shape = simplifyOn(this, itemIndex)
				? (spec.simplified?.(this, itemIndex) ?? ((row: IDataObject) => simplifyRecord(resource, row)))
				: undefined;
			const keep = spec.rowFilter?.(this, itemIndex);
			const rows = await haloList.call(this, {
				path: apiPath,
				qs,
				// Rows Halo sends may still be dropped here, so Halo is not asked to stop at the Limit.
				limit: keep || spec.paging === 'none' ? undefined : limit,
				itemIndex,
				paged: spec.paging === 'pages',
				mapRow: keep ? undefined : shape,
			});
			const kept = keep ? rows.filter(keep).map(shape ?? ((row) => row)) : rows;
			return kept.slice(0, limit ?? kept.length).map((json) => ({ json }));
		},
	};
}

export interface UpdateSpec {
	record: HaloRecord;
	/** the fields of the Update Fields collection */
	updateFields: INodeProperties[];
	/** the properties after Update Fields (custom fields, Additional Fields (JSON), ...) */
	properties: INodeProperties[];
	rules: FieldRules;
	/** fields of Update Fields that cannot be set to empty, with their labels */
	notEmpty?: Record<string, string>;
	/** body fields the id alone does not give, read before the body is built (e.g. a merged address) */
	base?: (ctx: IExecuteFunctions, itemIndex: number, id: number) => Promise<IDataObject>;
	/** a last change to the checked body (e.g. the asset type's fields merged into the current ones) */
	finish?: (ctx: IExecuteFunctions, itemIndex: number, id: number, body: IDataObject) => Promise<void>;
	/** opt-in Batch Size: what a batch holds (for messages) and the reply field that proves the order */
	batch?: { plural: string; matchField: string };
}

/** Update: the record's id and only the fields set; Halo keeps everything else on the record. */
export function updateOperation(spec: UpdateSpec): Operation {
	const { record } = spec;
	const updateBody = async (ctx: IExecuteFunctions, itemIndex: number) => {
		const id = await locatorId(ctx, itemIndex, record);
		const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		for (const [key, label] of Object.entries(spec.notEmpty ?? {})) {
			if (fields[key] !== undefined && String(fields[key] ?? '').trim() === '')
				throw inputError(ctx, itemIndex, label, 'cannot be set to empty');
		}
		const base = { id, ...(await spec.base?.(ctx, itemIndex, id)) };
		const body = await recordBody(ctx, itemIndex, base, fields, spec.rules, customFieldOwner(record.resource));
		await spec.finish?.(ctx, itemIndex, id, body);
		return body;
	};
	const { batch } = spec;
	return {
		description: show(record.resource, 'update', [
			locatorProperty(record),
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: spec.updateFields,
			},
			...spec.properties,
			simplifyField,
			...(batch ? [batchSizeField(batch.plural)] : []),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			return await saveAndOutput(this, itemIndex, record, await updateBody(this, itemIndex));
		},
		// Batch Size > 1: the items' updates in one POST, matched back by `matchField`; never re-sent.
		...(batch && {
			async executeBatch(this: IExecuteFunctions, itemIndexes: number[]) {
				const bodies: IDataObject[] = [];
				for (const itemIndex of itemIndexes) bodies.push(await updateBody(this, itemIndex));
				return await saveBatch(this, itemIndexes, bodies, {
					path: record.apiPath,
					resource: record.resource,
					...batch,
				});
			},
		}),
	};
}
