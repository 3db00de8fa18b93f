import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllFields, simplifyField } from '../../descriptions/common';
import { locatorId, type LocatorResource } from '../../helpers/locator';
import { runParameter } from '../../helpers/parameters';
import { simplifyRecord } from '../../helpers/simplify';
import { haloList } from '../../transport/list';
import { haloRequest } from '../../transport/request';

/**
 * Builders for the operations that look the same on every Halo resource (get by id, list, delete).
 * Each `<operation>.operation.ts` calls one with its own path, fields and query mapping.
 */
export interface RecordSpec {
	resource: string;
	operation: string;
	/** Halo path without id, e.g. `/Tickets` */
	path: string;
	/** resource locator property (its `name` is read) */
	locator: INodeProperties;
	locatorResource: LocatorResource;
	/** human name for messages, e.g. "Ticket" */
	label: string;
}

export interface Operation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}

function show(resource: string, operation: string, properties: INodeProperties[]) {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

/** Return All / Limit / Simplify of a Get Many; `limit` is undefined when every row is wanted. */
export function listSettings(ctx: IExecuteFunctions, itemIndex: number, limitable = true) {
	const returnAll = !limitable || runParameter(ctx, 'returnAll', itemIndex, false);
	const limit = returnAll ? undefined : runParameter(ctx, 'limit', itemIndex, 50);
	return { limit, simplify: runParameter(ctx, 'simplify', itemIndex, true) };
}

export function outputRecords(ctx: IExecuteFunctions, itemIndex: number, resource: string, rows: IDataObject[]) {
	const simplify = runParameter(ctx, 'simplify', itemIndex, true);
	return rows.map((row) => ({ json: simplify ? simplifyRecord(resource, row) : row }));
}

export function getOperation(
	spec: RecordSpec & { extraProperties?: INodeProperties[]; query?: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject },
): Operation {
	return {
		description: show(spec.resource, spec.operation, [spec.locator, ...(spec.extraProperties ?? []), simplifyField]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = await locatorId(this, itemIndex, spec.locator.name, spec.label, spec.locatorResource);
			const record = await haloRequest.call(this, {
				method: 'GET',
				path: `${spec.path}/${id}`,
				qs: { includedetails: true, ...spec.query?.(this, itemIndex) },
				itemIndex,
			});
			return outputRecords(this, itemIndex, spec.resource, [record as IDataObject]);
		},
	};
}

export interface ListSpec {
	resource: string;
	operation: string;
	path: string;
	/** filter/option properties shown under Return All/Limit */
	properties: INodeProperties[];
	/** Halo query parameters from the node's fields (may look names up, hence possibly async) */
	query: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject | Promise<IDataObject>;
	/** false for endpoints Halo does not page (bare-array lookups, Actions) */
	paged?: boolean;
	/** whether Return All/Limit apply (small lookups return everything) */
	limitable?: boolean;
}

export function getManyOperation(spec: ListSpec): Operation {
	const limitable = spec.limitable ?? true;
	return {
		description: show(spec.resource, spec.operation, [
			...(limitable ? returnAllFields : []),
			...spec.properties,
			simplifyField,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const { limit, simplify } = listSettings(this, itemIndex, limitable);
			const rows = await haloList.call(this, {
				path: spec.path,
				qs: await spec.query(this, itemIndex),
				limit,
				itemIndex,
				paged: spec.paged,
				mapRow: simplify ? (row) => simplifyRecord(spec.resource, row) : undefined,
			});
			return rows.map((json) => ({ json }));
		},
	};
}

export function deleteOperation(
	spec: RecordSpec & { extraProperties?: INodeProperties[]; query?: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject },
): Operation {
	return {
		description: show(spec.resource, spec.operation, [spec.locator, ...(spec.extraProperties ?? [])]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = await locatorId(this, itemIndex, spec.locator.name, spec.label, spec.locatorResource);
			await haloRequest.call(this, {
				method: 'DELETE',
				path: `${spec.path}/${id}`,
				qs: spec.query?.(this, itemIndex),
				itemIndex,
			});
			return [{ json: { id, deleted: true } }];
		},
	};
}

/** Drops undefined values so Halo only sees the fields the user set. */
export function compact(object: IDataObject): IDataObject {
	for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
	return object;
}
