import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/common';
import { agentLocator } from '../../descriptions/locators';
import { RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { haloRequest } from '../../transport/request';
import { outputRecords } from '../common/output';
import { readMe } from './me';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Which Agent',
		name: 'agentTarget',
		type: 'options',
		default: 'agent',
		options: [
			{ name: 'Agent', value: 'agent', description: 'An agent picked from the list, by ID or by URL' },
			{ name: 'Me (the API Agent)', value: 'me', description: "The agent the credential's API application logs in as" },
		],
	},
	{ ...agentLocator, displayOptions: { show: { agentTarget: ['agent'] } } },
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['agent'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const me = this.getNodeParameter('agentTarget', itemIndex, 'agent') === 'me';
	const agent = me
		? await readMe(this, itemIndex)
		: await haloRequest.call(this, {
				method: 'GET',
				path: `${RECORDS.agent.apiPath}/${await locatorId(this, itemIndex, RECORDS.agent)}`,
				qs: { includedetails: true },
				itemIndex,
			});
	return outputRecords(this, itemIndex, 'agent', [agent as IDataObject]);
}

export const tool: ToolText = {
	notes: "Agents are the MSP's technicians, not end users",
	needs: "the agent ID, or Which Agent = me for the API's own agent",
	returns: 'the agent: name, email, job title and teams',
};
