import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { router } from './actions/router';
import { nodeProperties } from './actions/resources';
import { listSearch, loadOptions } from './methods';

/** n8n's default node name, which n8n also appends to each tool's action ("Get a ticket in HaloPSA"). */
const NODE_NAME = 'HaloPSA';

export class HaloPsa implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HaloPSA',
		name: 'haloPsa',
		icon: { light: 'file:../../icons/halopsa.svg', dark: 'file:../../icons/halopsa.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read and update HaloPSA (PSA and service desk): tickets, actions (notes, emails, time), assets, clients, sites, end users, agents, contracts, knowledge base and reports',
		defaults: { name: NODE_NAME },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'haloPsaApi', required: true }],
		properties: nodeProperties(NODE_NAME),
	};

	methods = { loadOptions, listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
