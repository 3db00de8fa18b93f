import type { IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { HaloPsaType } from './node.type';
import type { HaloOperation } from './operation.type';
import { isToolRun, toolOutput } from './common/output';
import { resources } from './resources';
import { HaloPreview } from '../transport/preview';

/**
 * Runs the chosen operation once per input item, pairs every output item with the input it came from,
 * and under "Continue On Fail" turns an item's error into an output item instead of stopping the run.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	if (items.length === 0) return [output];
	// Both are fixed for the node (noDataExpression), so they are read once, not once per item.
	const selected = {
		resource: this.getNodeParameter('resource', 0),
		operation: this.getNodeParameter('operation', 0),
	} as HaloPsaType;
	const handler = findOperation(selected);
	if (!handler) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${selected.operation}" is not supported for resource "${selected.resource}"`,
		);
	}
	// `itemIndex` is the first item of the current group: one item, or a batch (see itemGroup).
	for (let itemIndex = 0, next = 0; itemIndex < items.length; itemIndex = next) {
		const group = itemGroup(this, handler, itemIndex, items.length);
		next = itemIndex + group.length;
		try {
			const perItem =
				group.length > 1 && handler.executeBatch
					? await handler.executeBatch.call(this, group)
					: [await handler.execute.call(this, itemIndex)];
			perItem.forEach((results, position) => {
				for (const result of results) {
					result.pairedItem = { item: group[position] };
					output.push(result);
				}
			});
		} catch (error) {
			// Preview Only stopped a write before it was sent: what it would have sent is the items' output.
			if (error instanceof HaloPreview) {
				for (const previewed of group) output.push({ json: error.preview, pairedItem: { item: previewed } });
				continue;
			}
			// As a tool, a failed call is an answer the model reads (its message says what to try next): a thrown
			// error would end the whole agent run on n8n 1.x, whatever the tool node's On Error setting says.
			const asToolAnswer = isToolRun(this);
			if (asToolAnswer || this.continueOnFail()) {
				// Under "Continue (using error output)" n8n moves an item to the error output only when it carries
				// `error` (or a bare `json.error`), and then keeps just the message in `json`. Under the other
				// continue modes the item keeps Halo's description and HTTP code in `json` for IF branches.
				const toErrorOutput = !asToolAnswer && this.getNode().onError === 'continueErrorOutput';
				const itemError =
					error instanceof NodeApiError || error instanceof NodeOperationError
						? error
						: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
				// A failed batch fails every item in it: one error item per input item, each paired with its own.
				for (const failed of group) {
					output.push({
						json: { error: (error as Error).message, ...errorDetails(error) },
						...(toErrorOutput ? { error: itemError } : {}),
						pairedItem: { item: failed },
					});
				}
				continue;
			}
			// Both constructors hand back the same instance when given one of their own kind.
			if (error instanceof NodeApiError) {
				error.context.itemIndex ??= itemIndex;
				throw new NodeApiError(this.getNode(), error as unknown as JsonObject);
			}
			if (error instanceof NodeOperationError) {
				error.context.itemIndex ??= itemIndex;
				throw new NodeOperationError(this.getNode(), error);
			}
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		}
	}
	return [isToolRun(this) ? toolOutput(this, selected.resource, selected.operation, output) : output];
}

/** The operation a Resource and Operation pair names, or undefined when the node has no such operation. */
function findOperation({ resource, operation }: HaloPsaType): HaloOperation | undefined {
	const operations: Record<string, HaloOperation> | undefined = resources[resource]?.operations;
	return operations && Object.prototype.hasOwnProperty.call(operations, operation) ? operations[operation] : undefined;
}

/**
 * The items handled together: just `start`, unless the operation supports batches (exports
 * `executeBatch`) and the node's "Batch Size" is above 1; then up to that many consecutive items.
 */
function itemGroup(ctx: IExecuteFunctions, handler: HaloOperation, start: number, total: number): number[] {
	if (!handler.executeBatch) return [start];
	const size = Number(ctx.getNodeParameter('batchSize', start, 1));
	if (!Number.isInteger(size) || size < 1) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Batch Size: must be a whole number of 1 or more, but is "${String(size)}" [item ${start}]`,
			{
				itemIndex: start,
			},
		);
	}
	return Array.from({ length: Math.min(size, total - start) }, (_, offset) => start + offset);
}

function errorDetails(error: unknown): Record<string, string> {
	const details: Record<string, string> = {};
	const { description, httpCode } = error as { description?: string | null; httpCode?: string | null };
	if (description) details.description = description;
	if (httpCode) details.httpCode = httpCode;
	return details;
}
