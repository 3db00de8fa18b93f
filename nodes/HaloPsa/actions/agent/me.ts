import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { RECORDS } from '../../descriptions/records';
import { haloRequest } from '../../transport/request';

/**
 * Claim types that may carry the login agent's id, best first. `GET /Agent/me` answers the token's claims
 * (`{claims: [{type, value}]}`, EVIDENCE 11.1 and 1.10); no public source shows which claim holds the agent id,
 * so the last part of the type (after `/` or `:`) is compared, and the value must be a Halo id.
 */
const AGENT_ID_CLAIMS = ['agent_id', 'agentid', 'nameidentifier', 'sub', 'id'];

/** The agent id in Halo's answer to `GET /Agent/me`: a claims list, or (older builds) the agent record itself. */
export function agentIdOfMe(reply: unknown): number | undefined {
	const body = (reply ?? {}) as IDataObject;
	const asId = (value: unknown) => (/^[1-9]\d*$/.test(String(value ?? '').trim()) ? Number(value) : undefined);
	if (!Array.isArray(body.claims)) return asId(body.id);
	const claims = (body.claims as IDataObject[]).map((claim) => ({
		name: String(claim?.type ?? '')
			.split(/[/:]/)
			.pop()!
			.toLowerCase(),
		id: asId(claim?.value),
	}));
	for (const wanted of AGENT_ID_CLAIMS) {
		const found = claims.find((claim) => claim.name === wanted && claim.id !== undefined);
		if (found) return found.id;
	}
	return undefined;
}

/**
 * The login agent's id, asked once per node run: `/Agent/me` is about 2 MB on a production tenant (EVIDENCE 11.1),
 * and every item of a run uses the same credential. A failed lookup is not kept, so the next item asks again.
 */
const meOfRun = new WeakMap<IExecuteFunctions, Promise<number>>();

/** The API application's login agent: its id from `GET /Agent/me`, then the agent record. */
export async function readMe(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	let agentId = meOfRun.get(ctx);
	if (!agentId) {
		agentId = loginAgentId(ctx, itemIndex);
		meOfRun.set(ctx, agentId);
		agentId.catch(() => meOfRun.delete(ctx));
	}
	return (await haloRequest.call(ctx, {
		method: 'GET',
		path: `${RECORDS.agent.apiPath}/${await agentId}`,
		qs: { includedetails: true },
		itemIndex,
	})) as IDataObject;
}

async function loginAgentId(ctx: IExecuteFunctions, itemIndex: number): Promise<number> {
	const path = `${RECORDS.agent.apiPath}/me`;
	const reply = await haloRequest.call(ctx, { method: 'GET', path, itemIndex });
	const agentId = agentIdOfMe(reply);
	if (agentId === undefined) {
		const types = Array.isArray((reply as IDataObject)?.claims)
			? ((reply as IDataObject).claims as IDataObject[]).map((claim) => String(claim?.type)).slice(0, 20)
			: [];
		throw new NodeOperationError(ctx.getNode(), `Halo's ${path} did not say which agent the API application is`, {
			itemIndex,
			description: types.length
				? `No claim holding an agent ID among: ${types.join(', ')}. Pick the agent with "Which Agent" → Agent instead.`
				: 'Pick the agent with "Which Agent" → Agent instead.',
		});
	}
	return agentId;
}
