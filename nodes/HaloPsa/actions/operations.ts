import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import * as action from './action/Action.resource';
import * as agent from './agent/Agent.resource';
import * as asset from './asset/Asset.resource';
import * as attachment from './attachment/Attachment.resource';
import * as client from './client/Client.resource';
import * as contract from './contract/Contract.resource';
import * as kbArticle from './kbArticle/KbArticle.resource';
import * as report from './report/Report.resource';
import * as site from './site/Site.resource';
import * as team from './team/Team.resource';
import * as ticket from './ticket/Ticket.resource';
import * as user from './user/User.resource';

/** What every `<operation>.operation.ts` exports besides its fields (`description`): a per-item execute. */
export interface HaloOperation {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
	/**
	 * Optional: several consecutive items in one Halo request, used by the router when the node's
	 * "Batch Size" (`batchSize`) is above 1. Returns the output items per input item, in the order given.
	 */
	executeBatch?(this: IExecuteFunctions, itemIndexes: number[]): Promise<INodeExecutionData[][]>;
}

/** resource → operation → module; the router looks operations up here. */
export const operations: Record<string, Record<string, HaloOperation>> = {
	action: action.operations,
	agent: agent.operations,
	asset: asset.operations,
	attachment: attachment.operations,
	client: client.operations,
	contract: contract.operations,
	kbArticle: kbArticle.operations,
	report: report.operations,
	site: site.operations,
	team: team.operations,
	ticket: ticket.operations,
	user: user.operations,
};
