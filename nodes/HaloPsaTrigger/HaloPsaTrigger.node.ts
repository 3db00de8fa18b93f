import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodeCredentialTestResult,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { triggerProperties } from './description';
import { basicAuthMatches, forgetDeliveries, headerValue, rememberDelivery, seenRecently, signedTokenMatches } from './delivery';
import { deliveryEvents, readEnvelope } from './envelope';
import { eventOfDelivery, withFullRecord } from './fetch';
import {
	customEventNumbers,
	listWebhooks,
	registerWebhook,
	removeStoredWebhook,
	rowsToCopy,
	subscriptionRows,
	webhookExists,
	WEBHOOK_NAME_PREFIX,
	type Registration,
} from './registration';

const MIN_SECRET_LENGTH = 16;

export class HaloPsaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HaloPSA Trigger',
		name: 'haloPsaTrigger',
		icon: { light: 'file:../../icons/halopsa.svg', dark: 'file:../../icons/halopsa.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["registration"] === "manual" ? "manual webhook" : $parameter["eventSource"] === "copy" ? "events copied from a Halo webhook" : "events " + $parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Halo sends a webhook (new ticket, ticket updated, status changed, closed, ...)',
		defaults: { name: 'HaloPSA Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'haloPsaApi', required: true },
			{ name: 'haloPsaWebhookApi', required: true, testedBy: 'webhookSecretStrength', displayOptions: { show: { registration: ['manual'] } } },
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'halopsa' }],
		properties: triggerProperties,
	};

	methods = {
		loadOptions: {
			/** Webhooks made in Halo's UI (ours, made by this node, are left out). */
			async getHaloWebhooks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				return (await listWebhooks(this))
					.filter((webhook) => !String(webhook.name ?? '').startsWith(WEBHOOK_NAME_PREFIX) && Number(webhook.type ?? 0) === 0)
					.map((webhook) => ({
						name: String(webhook.name || webhook.id),
						value: String(webhook.id),
						description: String(webhook.url ?? ''),
					}));
			},
		},
		credentialTest: {
			/** Nothing to call in Halo for a receiving secret; the test makes sure it is hard to guess. */
			async webhookSecretStrength(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
				const data = credential.data ?? {};
				const signed = data.authentication === 'signedToken';
				if (signed && !String(data.headerName ?? '').trim()) return { status: 'Error', message: 'Enter the header name set on the webhook in Halo' };
				if (!signed && !String(data.user ?? '').trim()) return { status: 'Error', message: 'Enter a user name' };
				const secret = String((signed ? data.secret : data.password) ?? '');
				if (secret.length < MIN_SECRET_LENGTH) {
					return { status: 'Error', message: `Use a random ${signed ? 'secret' : 'password'} of at least ${MIN_SECRET_LENGTH} characters: anyone who guesses it can start this workflow` };
				}
				return { status: 'OK', message: 'Set; enter the same values on the webhook in Halo' };
			},
		},
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
				await removeStoredWebhook(this, this.getWorkflowStaticData('node') as Registration);
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
		const verdict = await authenticate(this, stored, request.headers as Record<string, unknown>, rawBody);
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
		const idOf = (event: IDataObject) => (windowMs > 0 ? readEnvelope(event).deliveryId : undefined);
		const fresh = events.filter((event) => {
			const id = idOf(event);
			return id === undefined || !seenRecently(scope, stored as IDataObject, id, windowMs);
		});
		// Acknowledge before any further Halo request, so Halo's delivery never waits on n8n's work.
		response.status(200).json({ received: events.length, accepted: fresh.length });
		if (!fresh.length) return { noWebhookResponse: true };

		const fetchFull = this.getNodeParameter('fetchFullRecord', false) as boolean;
		const items = [];
		for (const event of fresh) {
			const json = fetchFull ? await withFullRecord(this, event, eventOfDelivery(event, stored.notificationEvents)) : event;
			// A delivery whose record could not be read is not remembered, so Halo re-sending it is processed.
			const id = idOf(event);
			if (id !== undefined && json.fetchError === undefined) rememberDelivery(scope, stored as IDataObject, id, windowMs);
			items.push({ json });
		}
		return { noWebhookResponse: true, workflowData: [items] };
	}
}

function deliveryScope(ctx: IHookFunctions | IWebhookFunctions): string {
	return `${ctx.getWorkflow().id ?? ''}|${ctx.getNode().name}`;
}

function copySource(ctx: IHookFunctions): string | undefined {
	if (ctx.getNodeParameter('eventSource', 'list') !== 'copy') return undefined;
	const id = String(ctx.getNodeParameter('sourceWebhookId', '') ?? '').trim();
	if (!id) throw new NodeOperationError(ctx.getNode(), 'Choose the Halo webhook to copy events from');
	return id;
}

/** The event numbers chosen in the list; a value from before the evidenced catalogue is refused by name. */
function chosenEventNumbers(ctx: IHookFunctions): number[] {
	const chosen = ctx.getNodeParameter('events', []) as string[];
	const numbers: number[] = [];
	for (const value of chosen) {
		if (!/^\d+$/.test(String(value))) {
			throw new NodeOperationError(ctx.getNode(), `Events: "${value}" is not a Halo event number`, {
				description: 'Choose the events again: the list now holds Halo\'s own event numbers',
			});
		}
		numbers.push(Number(value));
	}
	const all = [...new Set([...numbers, ...customEventNumbers(ctx.getNodeParameter('customEventNumbers', ''))])];
	if (!all.length) throw new NodeOperationError(ctx.getNode(), 'Events: choose at least one event');
	return all;
}

function subscriptionKey(ctx: IHookFunctions): string {
	const copyFrom = copySource(ctx);
	if (copyFrom) return `copy:${copyFrom}`;
	return `events:${chosenEventNumbers(ctx).sort((a, b) => a - b).join(',')}`;
}

/** 'ok', or how the delivery failed: 'basic' (answer with a Basic challenge) or 'token'. */
async function authenticate(ctx: IWebhookFunctions, stored: Registration, headers: Record<string, unknown>, rawBody: Buffer | undefined) {
	if (ctx.getNodeParameter('registration') === 'manual') {
		const credential = await ctx.getCredentials('haloPsaWebhookApi');
		if (credential.authentication === 'signedToken') {
			const header = String(credential.headerName ?? '').trim();
			const ok = header !== '' && signedTokenMatches(headerValue(headers, header), String(credential.secret ?? ''), rawBody);
			return ok ? 'ok' : 'token';
		}
		return basicAuthMatches(headers.authorization, String(credential.user ?? ''), String(credential.password ?? '')) ? 'ok' : 'basic';
	}
	const ok = !!stored.secret && !!stored.header && signedTokenMatches(headerValue(headers, stored.header), stored.secret, rawBody);
	return ok ? 'ok' : 'token';
}

/**
 * The request's body bytes exactly as received, which the signature covers: n8n keeps them as `rawBody`
 * (n8n 1.x and 2.x); `readRawBody()` reads them when n8n has not yet.
 */
async function rawBodyOf(request: unknown): Promise<Buffer | undefined> {
	const req = request as { rawBody?: Buffer | string; readRawBody?: () => Promise<void> };
	if (req.rawBody === undefined && typeof req.readRawBody === 'function') {
		try {
			await req.readRawBody();
		} catch {
			return undefined;
		}
	}
	if (Buffer.isBuffer(req.rawBody)) return req.rawBody;
	return typeof req.rawBody === 'string' ? Buffer.from(req.rawBody, 'utf8') : undefined;
}

/** n8n parses JSON bodies; anything it could not parse arrives as raw text or an empty object. */
function parsedBody(body: unknown, rawBody: Buffer | undefined): unknown {
	if (body && typeof body === 'object' && Object.keys(body).length > 0) return body;
	const raw = rawBody?.toString('utf8') ?? (typeof body === 'string' ? body : '');
	if (!raw.trim()) return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}
