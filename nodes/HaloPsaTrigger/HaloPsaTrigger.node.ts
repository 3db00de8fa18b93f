import type {
	IDataObject,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { tenantEvents } from './catalog';
import { webhookSecretStrength } from './credentialTest';
import { triggerProperties } from './description';
import { deliveryEvents, readEnvelope } from './envelope';
import { eventOfDelivery, withFullRecord } from './fetch';
import { authenticateDelivery, parsedBody, rawBodyOf } from './receive';
import { claimDeliveries, forgetDeliveries, releaseDelivery, replayKey, timestampMs } from './replay';
import {
	listWebhooks,
	registerWebhook,
	removeOurWebhooks,
	rowsToCopy,
	subscriptionRows,
	webhookExists,
	WEBHOOK_NAME_PREFIX,
	type Registration,
} from './registration';
import { chosenEventNumbers, copySource, subscriptionKey } from './subscription';

export class HaloPsaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HaloPSA Trigger',
		name: 'haloPsaTrigger',
		icon: { light: 'file:../../icons/halopsa.svg', dark: 'file:../../icons/halopsa.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{$parameter["registration"] === "manual" ? "manual webhook" : $parameter["eventSource"] === "copy" ? "events copied from a Halo webhook" : "events " + $parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when Halo sends a webhook (new ticket, ticket updated, status changed, closed, ...)',
		defaults: { name: 'HaloPSA Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'haloPsaApi', required: true },
			{
				name: 'haloPsaWebhookApi',
				required: true,
				testedBy: 'webhookSecretStrength',
				displayOptions: { show: { registration: ['manual'] } },
			},
		],
		// responseData '' makes n8n send the webhook() result's webhookResponse (left undefined, n8n 1.x and 2.x
		// would send the literal text "firstEntryJson").
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'halopsa' }],
		properties: triggerProperties,
	};

	methods = {
		loadOptions: {
			/** The tenant's own event catalog (the package's evidenced list when it cannot be read). */
			async getEvents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				return await tenantEvents(this);
			},
			/** Webhooks made in Halo's UI (ours, made by this node, are left out). */
			async getHaloWebhooks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				return (await listWebhooks(this))
					.filter(
						(webhook) => !String(webhook.name ?? '').startsWith(WEBHOOK_NAME_PREFIX) && Number(webhook.type ?? 0) === 0,
					)
					.map((webhook) => ({
						name: String(webhook.name || webhook.id),
						value: String(webhook.id),
						description: String(webhook.url ?? ''),
					}));
			},
		},
		credentialTest: { webhookSecretStrength },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('registration') !== 'automatic') return true;
				const stored = this.getWorkflowStaticData('node') as Registration;
				return await webhookExists(this, stored, this.getNodeWebhookUrl('default') as string, subscriptionKey(this));
			},
			async create(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('registration') !== 'automatic') return true;
				const stored = this.getWorkflowStaticData('node') as Registration;
				const options = this.getNodeParameter('options', {}) as IDataObject;
				const copyFrom = copySource(this);
				const rows = copyFrom ? await rowsToCopy(this, copyFrom) : subscriptionRows(chosenEventNumbers(this));
				const workflow = this.getWorkflow();
				await registerWebhook(this, stored, this.getNodeWebhookUrl('default') as string, {
					name: `${WEBHOOK_NAME_PREFIX}${String(options.webhookName || workflow.name || workflow.id || 'workflow')}`,
					rows,
					subscriptionKey: subscriptionKey(this),
					payloadType: Number(options.payloadType ?? 0),
				});
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				if (this.getNodeParameter('registration') !== 'automatic') return true;
				const stored = this.getWorkflowStaticData('node') as Registration;
				await removeOurWebhooks(this, stored, this.getNodeWebhookUrl('default') as string);
				forgetDeliveries(deliveryScope(this));
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const response = this.getResponseObject();
		const stored = this.getWorkflowStaticData('node') as Registration;
		const rawBody = await rawBodyOf(request);
		const verdict = await authenticateDelivery(this, stored, request.headers as Record<string, unknown>, rawBody);
		if (verdict !== 'ok') {
			response.status(401);
			if (verdict === 'basic') response.setHeader('WWW-Authenticate', 'Basic realm="HaloPSA webhook"');
			response.json({ message: 'Authorization is required' });
			return { noWebhookResponse: true };
		}
		const events = deliveryEvents(parsedBody(request.body, rawBody));
		if (!events) {
			response.status(400).json({ message: 'Expected a JSON object or array of Halo webhook events' });
			return { noWebhookResponse: true };
		}

		// Every authenticated delivery is for one of the webhook's subscriptions: none is dropped for its event text.
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const windowMs = Number(options.dedupeMinutes ?? 60) * 60_000;
		const scope = deliveryScope(this);
		const marks = events.map((event, index) => {
			const envelope = readEnvelope(event);
			return {
				key: replayKey(envelope.deliveryId, rawBody ?? JSON.stringify(event), index),
				at: timestampMs(envelope.timestamp),
			};
		});
		// Claimed before anything is awaited: a second copy arriving meanwhile is a duplicate.
		const verdicts = windowMs > 0 ? claimDeliveries(scope, stored as IDataObject, marks, windowMs) : [];
		if (verdicts.some((verdict) => verdict === 'stale' || verdict === 'future')) {
			response.status(400).json({ message: 'Refused: the delivery is outside its replay window' });
			return { noWebhookResponse: true };
		}
		const accepted = events.filter((_, index) => verdicts[index] !== 'duplicate').length;
		const answer = { received: events.length, accepted };
		// Nothing new: answered here, no execution.
		if (!accepted) {
			response.status(200).json(answer);
			return { noWebhookResponse: true };
		}

		const fetchFull = this.getNodeParameter('fetchFullRecord', false) as boolean;
		const items = [];
		for (const [index, event] of events.entries()) {
			if (verdicts[index] === 'duplicate') continue;
			const json = fetchFull
				? await withFullRecord(this, event, eventOfDelivery(event, stored.notificationEvents))
				: event;
			// A delivery whose record could not be read is given back, so Halo re-sending it is processed.
			if (json.fetchError !== undefined && windowMs > 0)
				releaseDelivery(scope, stored as IDataObject, marks[index].key, windowMs);
			items.push({ json });
		}
		// n8n answers Halo with this once it holds the execution (n8n 2.x: after the execution is saved), so a
		// crash before then leaves the delivery unanswered and Halo's log shows it failed.
		return { workflowData: [items], webhookResponse: answer };
	}
}

function deliveryScope(ctx: IHookFunctions | IWebhookFunctions): string {
	return `${ctx.getWorkflow().id ?? ''}|${ctx.getNode().name}`;
}
