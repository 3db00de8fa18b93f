import type { IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { operations } from './operations';

/**
 * Runs the chosen operation once per input item, pairs every output item with the input it came from,
 * and under "Continue On Fail" turns an item's error into an output item instead of stopping the run.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const resource = this.getNodeParameter('resource', itemIndex) as string;
		const operation = this.getNodeParameter('operation', itemIndex) as string;
		const handler = operations[resource]?.[operation];
		if (!handler) {
			throw new NodeOperationError(
				this.getNode(),
				`The operation "${operation}" is not supported for resource "${resource}"`,
				{ itemIndex },
			);
		}
		try {
			const results = await handler.execute.call(this, itemIndex);
			for (const result of results) {
				result.pairedItem = { item: itemIndex };
				output.push(result);
			}
		} catch (error) {
			if (this.continueOnFail()) {
				output.push({
					json: { error: (error as Error).message, ...errorDetails(error) },
					pairedItem: { item: itemIndex },
				});
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
	return [output];
}

function errorDetails(error: unknown): Record<string, string> {
	const details: Record<string, string> = {};
	const { description, httpCode } = error as { description?: string | null; httpCode?: string | null };
	if (description) details.description = description;
	if (httpCode) details.httpCode = httpCode;
	return details;
}
