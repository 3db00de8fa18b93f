import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { HaloRecord } from '../../descriptions/records';
import { haloRequest } from '../../transport/request';
import { outputRecords } from './output';
import { saveAndOutput } from './write';

/** The opt-in "Batch Size" of the write operations that support it (the router reads it). */
export function batchSizeField(records: string): INodeProperties {
	return {
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: `How many items' ${records} to send to Halo in one request. 1 sends one request per item. A larger batch uses fewer requests (Halo limits requests per 5 minutes), but if one item in a batch is invalid or Halo rejects the batch, every item in that batch fails. A batch is never sent twice.`,
	};
}

export interface BatchSpec {
	path: string;
	/** simplify key, e.g. 'action' */
	resource: string;
	/** what the batch holds, for messages, e.g. 'actions' */
	plural: string;
	/** the field of each reply row that must equal the one sent in that position (proves the order) */
	matchField: string;
}

/**
 * Sends the bodies of consecutive items in ONE array-body POST with `returnall=true` and matches Halo's reply
 * (an array in the order sent) back to the items. If the reply cannot be matched, the batch is NOT sent again (that would
 * write every record twice): Halo's reply goes on the first item with a `warning`, the others carry the
 * warning only, so every item stays paired.
 */
export async function saveBatch(
	ctx: IExecuteFunctions,
	itemIndexes: number[],
	bodies: IDataObject[],
	spec: BatchSpec,
): Promise<INodeExecutionData[][]> {
	const first = itemIndexes[0];
	const last = itemIndexes[itemIndexes.length - 1];
	let reply: unknown;
	try {
		// Without returnall=true Halo answers a multi-element POST with its last record only.
		const qs = bodies.length > 1 ? { returnall: true } : undefined;
		reply = await haloRequest.call(ctx, { method: 'POST', path: spec.path, qs, body: bodies, itemIndex: first });
	} catch (error) {
		if (!(error instanceof NodeApiError))
			throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex: first });
		// Halo's validation messages count the batch's elements ("[1].ticket_id"); say which item each is.
		const mapping = itemIndexes.map((itemIndex, position) => `[${position}] = item ${itemIndex}`).join(', ');
		error.description =
			`${error.description ?? ''}\nSent as one batch for items ${first}–${last}; Halo numbers the batch's elements: ${mapping}.`.trim();
		throw new NodeApiError(ctx.getNode(), error as unknown as JsonObject);
	}
	// A one-element batch may come back as the record itself.
	if (bodies.length === 1 && reply && typeof reply === 'object' && !Array.isArray(reply)) reply = [reply];
	const matches =
		Array.isArray(reply) &&
		reply.length === bodies.length &&
		reply.every((row, position) => {
			if (!row || typeof row !== 'object') return false;
			const value = (row as IDataObject)[spec.matchField];
			return value === undefined || value === null || Number(value) === Number(bodies[position][spec.matchField]);
		});
	if (matches) {
		const rows = reply as IDataObject[];
		return itemIndexes.map((itemIndex, position) => outputRecords(ctx, itemIndex, spec.resource, [rows[position]]));
	}
	const problem = !Array.isArray(reply)
		? 'was not a list'
		: reply.length !== bodies.length
			? `held ${reply.length} records`
			: 'did not list them in the order sent';
	const warning =
		`Items ${first}–${last} were sent to Halo as one batch of ${bodies.length} ${spec.plural}, but Halo's reply ` +
		`${problem}, so it cannot be matched to the items. ` +
		`The batch was not sent again; Halo's reply is on item ${first}. Check the records in Halo, or use Batch Size 1.`;
	const firstJson: IDataObject =
		reply && typeof reply === 'object' && !Array.isArray(reply)
			? { ...(reply as IDataObject), warning }
			: { reply: reply as IDataObject[], warning };
	return itemIndexes.map((_, position) => [{ json: position === 0 ? firstJson : { warning } }]);
}

/**
 * A Create whose bodies Halo also takes several to one array POST (invoices, quotes): `execute` saves one item's
 * record, `executeBatch` (Batch Size > 1) every item's in one request, matched back by `matchField`; every body is
 * built (and checked) first, and a batch is never sent twice.
 */
export function batchableCreate(
	record: HaloRecord,
	batch: { plural: string; matchField: string },
	body: (ctx: IExecuteFunctions, itemIndex: number) => Promise<IDataObject>,
) {
	return {
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			return await saveAndOutput(this, itemIndex, record, await body(this, itemIndex));
		},
		async executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<INodeExecutionData[][]> {
			const bodies: IDataObject[] = [];
			for (const itemIndex of itemIndexes) bodies.push(await body(this, itemIndex));
			return await saveBatch(this, itemIndexes, bodies, {
				path: record.apiPath,
				resource: record.resource,
				...batch,
			});
		},
	};
}
