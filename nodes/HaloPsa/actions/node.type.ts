import type { AllEntities, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { resources } from './resources';

/** What every `<operation>.operation.ts` exports besides its fields (`description`): a per-item execute. */
export interface HaloOperation {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
	/**
	 * Optional: several consecutive items in one Halo request, used by the router when the node's
	 * "Batch Size" (`batchSize`) is above 1. Returns the output items per input item, in the order given.
	 */
	executeBatch?(this: IExecuteFunctions, itemIndexes: number[]): Promise<INodeExecutionData[][]>;
}

/** resource → the names of its operations, read from each resource module's `operations`. */
export type HaloPsaMap = {
	[Resource in keyof typeof resources]: keyof (typeof resources)[Resource]['operations'] & string;
};

/** A resource and one of its operations: what the node's Resource and Operation parameters hold. */
export type HaloPsaType = AllEntities<HaloPsaMap>;
