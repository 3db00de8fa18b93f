import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import * as ticket from './ticket/Ticket.resource';

/** What every `<operation>.operation.ts` exports besides its fields (`description`): a per-item execute. */
export interface HaloOperation {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}

/** resource → operation → module; the router looks operations up here. */
export const operations: Record<string, Record<string, HaloOperation>> = {
	ticket: ticket.operations,
};
