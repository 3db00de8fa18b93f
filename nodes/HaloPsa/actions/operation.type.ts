import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ToolText } from '../descriptions/tool';

/**
 * What every `<operation>.operation.ts` exports besides its fields (`description`): a per-item execute.
 * Kept apart from the resource list (`node.type.ts`) so an operation's types never depend on the resources.
 */
export interface HaloOperation {
	/** what an AI agent reads about the operation besides its dropdown text (see descriptions/tool.ts) */
	tool: ToolText;
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
	/**
	 * Optional: several consecutive items in one Halo request, used by the router when the node's
	 * "Batch Size" (`batchSize`) is above 1. Returns the output items per input item, in the order given.
	 */
	executeBatch?(this: IExecuteFunctions, itemIndexes: number[]): Promise<INodeExecutionData[][]>;
}
