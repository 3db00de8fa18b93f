import type { IDataObject, IHookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, generateSecureToken } from 'n8n-workflow';

import { haloRequest } from '../HaloPsa/transport/request';
import { ANY_EVENT, HALO_EVENTS } from './events';

/** What the trigger keeps in the workflow's static data about the webhook it created in Halo. */
export interface Registration {
	webhookId?: string;
	webhookUrl?: string;
	basicUser?: string;
	basicPassword?: string;
	recentDeliveries?: IDataObject;
}

// Halo's Webhook enums are unpublished (API-NOTES §6); these follow what Halo's UI stores: method 0 = POST,
// authentication_type 1 = Basic.
const METHOD_POST = 0;
const AUTH_BASIC = 1;
const NOT_FOUND = '404';

export function customEventNumbers(value: unknown): number[] {
	return String(value ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => /^\d+$/.test(part))
		.map(Number);
}

/** The Halo event numbers to subscribe for the node's settings ("any" = every known event). */
export function subscribedEventNumbers(selected: string[], custom: number[]): number[] {
	const known = selected.includes(ANY_EVENT)
		? HALO_EVENTS.map((event) => event.eventno)
		: HALO_EVENTS.filter((event) => selected.includes(event.value)).map((event) => event.eventno);
	return [...new Set([...known, ...custom])];
}

/** Runs a Halo call where "already gone" (404) is a fine answer. */
async function unlessGone<T>(ctx: IHookFunctions, call: Promise<T>): Promise<T | undefined> {
	try {
		return await call;
	} catch (error) {
		if (String((error as { httpCode?: unknown }).httpCode) === NOT_FOUND) return undefined;
		// Hands back the same NodeApiError the transport raised.
		throw new NodeApiError(ctx.getNode(), error as JsonObject);
	}
}

async function halo(ctx: IHookFunctions, method: 'GET' | 'POST' | 'DELETE', path: string, body?: IDataObject[], qs?: IDataObject) {
	return await haloRequest.call(ctx, { method, path, body, qs });
}

/** Halo webhooks pointing at this URL (there should be at most one: ours). */
async function webhooksForUrl(ctx: IHookFunctions, url: string): Promise<IDataObject[]> {
	const all = (await halo(ctx, 'GET', '/Webhook')) as IDataObject[] | IDataObject;
	const list = Array.isArray(all) ? all : [];
	return list.filter((webhook) => webhook.url === url);
}

/** Is our webhook still in Halo, pointing at this URL? If not, n8n calls create(). */
export async function webhookExists(ctx: IHookFunctions, stored: Registration, url: string): Promise<boolean> {
	if (!stored.webhookId || !stored.basicPassword || stored.webhookUrl !== url) return false;
	const webhook = (await unlessGone(ctx, halo(ctx, 'GET', `/Webhook/${stored.webhookId}`))) as IDataObject | undefined;
	return webhook !== undefined && webhook.url === url && webhook.disabled !== true;
}

/** Deletes a Halo webhook and its event subscriptions; anything already gone is fine. */
export async function removeWebhook(ctx: IHookFunctions, webhookId: string): Promise<void> {
	const subscriptions = (await halo(ctx, 'GET', '/Notification', undefined, { webhook_id: webhookId })) as IDataObject[];
	for (const subscription of Array.isArray(subscriptions) ? subscriptions : []) {
		if (subscription.webhook_id !== webhookId) continue;
		await unlessGone(ctx, halo(ctx, 'DELETE', `/Notification/${String(subscription.id)}`));
	}
	await unlessGone(ctx, halo(ctx, 'DELETE', `/Webhook/${webhookId}`));
}

/**
 * Creates the Halo webhook for this workflow with fresh Basic-auth credentials (a 256-bit random password) that
 * only the workflow's static data and Halo know. Leftovers at the same URL (static data lost) are
 * removed first, since their password is unknown here.
 */
export async function createWebhook(
	ctx: IHookFunctions,
	stored: Registration,
	url: string,
	settings: { name: string; eventNumbers: number[]; payloadType: number },
): Promise<void> {
	for (const leftover of await webhooksForUrl(ctx, url)) await removeWebhook(ctx, String(leftover.id));
	const basicUser = `n8n-${generateSecureToken().slice(0, 12)}`;
	const basicPassword = generateSecureToken();
	const names = new Map(HALO_EVENTS.map((event) => [event.eventno, event.name]));
	const created = (await halo(ctx, 'POST', '/Webhook', [
		{
			name: settings.name,
			url,
			method: METHOD_POST,
			content_type: 'application/json',
			authentication_type: AUTH_BASIC,
			basic_username: basicUser,
			basic_password: basicPassword,
			active: true,
			payload_type: settings.payloadType,
			events: settings.eventNumbers.map((eventno) => ({ eventno, name: names.get(eventno) ?? `Event ${eventno}` })),
		},
	])) as IDataObject | IDataObject[];
	const webhook = Array.isArray(created) ? created[0] : created;
	if (!webhook?.id) throw new NodeOperationError(ctx.getNode(), 'Halo did not return the id of the created webhook');
	Object.assign(stored, { webhookId: String(webhook.id), webhookUrl: url, basicUser, basicPassword });
}
