import { randomBytes } from 'crypto';
import type { IDataObject, IHookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { HALO_PATHS } from '../HaloPsa/descriptions/records';
import { haloRequest, type HaloContext } from '../HaloPsa/transport/request';
import { readPage } from '../HaloPsa/transport/list';
import { perProcessCache } from '../HaloPsa/helpers/cache';
import { eventByNumber } from './events';

/** What the trigger keeps in the workflow's static data about the webhook it made in Halo. */
export interface Registration {
	webhookId?: string;
	webhookUrl?: string;
	/** the signing secret: known only to this static data and Halo */
	secret?: string;
	/** the header Halo puts the signature in */
	header?: string;
	/** what was subscribed ("events:3,61" or "copy:<webhook id>"), so a changed setting re-registers */
	subscriptionKey?: string;
	/** our Notification row ids → their event numbers, to tell which event a delivery is */
	notificationEvents?: Record<string, number>;
	recentDeliveries?: IDataObject;
	replayHorizon?: number;
}

// Values every live-tenant integration sends (EVIDENCE 4.2, 4.5, 4.7): an outbound webhook (type 0) that POSTs
// JSON (method 0), signed with a secret (authentication_type 3) in a named header; subscription rows of
// type -2 delivered by webhook (delivery_method 6), restricted by the conditions (filter_type 2).
const WEBHOOK_OUTBOUND = 0;
const METHOD_POST = 0;
const AUTH_SIGNED_TOKEN = 3;
export const SIGNATURE_HEADER = 'Token';
const ROW_TYPE_WEBHOOK = -2;
const DELIVERY_BY_WEBHOOK = 6;
const FILTER_BY_CONDITIONS = 2;
const NO_RESTRICTION = 0;
/** Halo records no owner on a webhook (EVIDENCE 4.12): ours are known by this name prefix plus our URL. */
export const WEBHOOK_NAME_PREFIX = 'n8n: ';
const NOT_FOUND = '404';

const sameId = (a: unknown, b: unknown) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();

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

async function halo(
	ctx: HaloContext,
	method: 'GET' | 'POST' | 'DELETE',
	path: string,
	body?: IDataObject[],
	qs?: IDataObject,
) {
	return await haloRequest.call(ctx, { method, path, body, qs });
}

/** Halo's webhooks (a bare array on live tenants; a wrapped list is accepted too). */
export async function listWebhooks(ctx: HaloContext): Promise<IDataObject[]> {
	return readPage(await halo(ctx, 'GET', HALO_PATHS.webhook)).rows;
}

/** The Notification rows of one webhook (filtered here too, in case Halo ignores the webhook_id filter). */
async function rowsOfWebhook(ctx: HaloContext, webhookId: string): Promise<IDataObject[]> {
	const rows = readPage(await halo(ctx, 'GET', HALO_PATHS.notification, undefined, { webhook_id: webhookId })).rows;
	return rows.filter((row) => sameId(row.webhook_id, webhookId));
}

/** One subscription row per event number, as live integrations post them. */
export function subscriptionRows(eventNumbers: number[]): IDataObject[] {
	return eventNumbers.map((eventno) => ({
		type: ROW_TYPE_WEBHOOK,
		delivery_method: DELIVERY_BY_WEBHOOK,
		eventno,
		name: eventByNumber(eventno)?.name.replace(/\s*\(Unverified\)$/, '') ?? `Event ${eventno}`,
		filter_type: FILTER_BY_CONDITIONS,
		restriction_type: NO_RESTRICTION,
		conditions: [],
	}));
}

const READ_ONLY_ROW_FIELDS = [
	'id',
	'guid',
	'webhook_id',
	'condition_count',
	'subscriber_count',
	'_canupdate',
	'_warning',
];
const NUMERIC_ROW_FIELDS = ['eventno', 'type', 'delivery_method', 'filter_type', 'restriction_type', 'agent_id'];

/**
 * A copy of another webhook's subscription row. Its `guid` and `id` are dropped: Halo treats a row that
 * names them as an update and would move the original row to our webhook (EVIDENCE 4.8). Numbers may come
 * back as strings; they are sent as integers.
 */
export function copiedRow(row: IDataObject): IDataObject {
	const copy: IDataObject = {};
	for (const [key, value] of Object.entries(row)) if (!READ_ONLY_ROW_FIELDS.includes(key)) copy[key] = value;
	for (const key of NUMERIC_ROW_FIELDS) {
		if (copy[key] !== undefined && copy[key] !== null && copy[key] !== '' && Number.isFinite(Number(copy[key])))
			copy[key] = Number(copy[key]);
	}
	copy.guid = null;
	copy.type ??= ROW_TYPE_WEBHOOK;
	copy.delivery_method ??= DELIVERY_BY_WEBHOOK;
	const conditions = Array.isArray(row.conditions) ? (row.conditions as IDataObject[]) : [];
	copy.conditions = conditions.map((condition) => {
		const fresh: IDataObject = { ...condition, notification_guid: null };
		delete fresh.id;
		return fresh;
	});
	return copy;
}

/** The subscription rows of a webhook made in Halo's UI, ready to post for ours. */
export async function rowsToCopy(ctx: HaloContext, sourceWebhookId: string): Promise<IDataObject[]> {
	let rows = await rowsOfWebhook(ctx, sourceWebhookId);
	if (!rows.length) {
		const detail = (await halo(ctx, 'GET', `${HALO_PATHS.webhook}/${sourceWebhookId}`, undefined, {
			includedetails: true,
		})) as IDataObject;
		rows = Array.isArray(detail?.events) ? (detail.events as IDataObject[]) : [];
	}
	const usable = rows.filter((row) => Number(row.eventno) > 0);
	if (!usable.length) {
		throw new NodeOperationError(ctx.getNode(), `The Halo webhook ${sourceWebhookId} has no events to copy`, {
			description:
				'Add at least one trigger to it in Halo (Configuration → Integrations → Webhooks), or choose the events in this node',
		});
	}
	return usable.map(copiedRow);
}

/** Is our webhook still in Halo, at this URL, with these subscriptions? If not, n8n calls create(). */
export async function webhookExists(
	ctx: IHookFunctions,
	stored: Registration,
	url: string,
	subscriptionKey: string,
): Promise<boolean> {
	if (!stored.webhookId || !stored.secret || stored.webhookUrl !== url || stored.subscriptionKey !== subscriptionKey)
		return false;
	const webhook = (await unlessGone(ctx, halo(ctx, 'GET', `${HALO_PATHS.webhook}/${stored.webhookId}`))) as
		| IDataObject
		| undefined;
	return webhook !== undefined && webhook.url === url && webhook.disabled !== true && webhook.active !== false;
}

/** Deletes a webhook's subscription rows, then the webhook; anything already gone is fine. */
export async function removeWebhook(ctx: IHookFunctions, webhookId: string, knownRowIds: string[] = []): Promise<void> {
	const rowIds = new Set([...(await rowsOfWebhook(ctx, webhookId)).map((row) => String(row.id)), ...knownRowIds]);
	for (const rowId of rowIds) await unlessGone(ctx, halo(ctx, 'DELETE', `${HALO_PATHS.notification}/${rowId}`));
	await unlessGone(ctx, halo(ctx, 'DELETE', `${HALO_PATHS.webhook}/${webhookId}`));
}

/** Removes the webhook recorded in static data (ours by its stored id) and forgets it. */
export async function removeStoredWebhook(ctx: IHookFunctions, stored: Registration): Promise<void> {
	if (stored.webhookId) await removeWebhook(ctx, stored.webhookId, Object.keys(stored.notificationEvents ?? {}));
	for (const key of [
		'webhookId',
		'webhookUrl',
		'secret',
		'header',
		'subscriptionKey',
		'notificationEvents',
		'recentDeliveries',
		'replayHorizon',
	] as const) {
		delete stored[key];
	}
}

/** What a registration leaves in static data. */
type Registered = Pick<Registration, 'webhookId' | 'webhookUrl' | 'secret' | 'header' | 'subscriptionKey'> & {
	notificationEvents: Record<string, number>;
};
type Settings = { name: string; rows: IDataObject[]; subscriptionKey: string; payloadType: number };

// The registration made at each URL by this process, so a second activation at once reuses it instead of
// leaving a second webhook (whose deliveries the other's secret would refuse). Bound: 1000 URLs.
const registrationByUrl = perProcessCache<{ settings: string; registered: Promise<Registered> }>(1000);

/**
 * Registers this workflow's webhook. An activation running at the same time in this process with the same
 * settings is joined (its webhook and secret reused, while Halo still has it); otherwise a fresh one is made.
 */
export async function registerWebhook(
	ctx: IHookFunctions,
	stored: Registration,
	url: string,
	settings: Settings,
): Promise<void> {
	const key = JSON.stringify([settings.name, settings.subscriptionKey, settings.payloadType]);
	const previous = registrationByUrl.get(url);
	if (previous?.settings === key) {
		const registered = await previous.registered.catch(() => undefined);
		if (registered && (await webhookExists(ctx, registered, url, settings.subscriptionKey))) {
			Object.assign(stored, registered);
			return;
		}
	}
	const registered = (async () => {
		await previous?.registered.catch(() => undefined);
		return await createWebhook(ctx, stored, url, settings);
	})();
	registrationByUrl.set(url, { settings: key, registered });
	// A failed registration is not joined by the next activation.
	registered.catch(() => {
		if (registrationByUrl.get(url)?.registered === registered) registrationByUrl.delete(url);
	});
	Object.assign(stored, await registered);
}

/**
 * Removes the webhook recorded in static data and every other webhook of ours at this URL (one left by a
 * concurrent activation elsewhere, or by lost static data), and forgets them.
 */
export async function removeOurWebhooks(ctx: IHookFunctions, stored: Registration, url: string): Promise<void> {
	registrationByUrl.delete(url);
	await removeStoredWebhook(ctx, stored);
	await removeLeftovers(ctx, url);
}

/** Removes every webhook provably ours (our name prefix) at this URL. */
async function removeLeftovers(ctx: IHookFunctions, url: string): Promise<void> {
	for (const leftover of await listWebhooks(ctx)) {
		if (leftover.url === url && String(leftover.name ?? '').startsWith(WEBHOOK_NAME_PREFIX))
			await removeWebhook(ctx, String(leftover.id));
	}
}

/**
 * Makes the webhook: removes the one registered before (for instance at an old n8n URL) and any other of
 * ours at this URL, creates the webhook with a fresh 256-bit secret, then posts its subscription rows.
 * A failure after the webhook exists removes it again.
 */
async function createWebhook(
	ctx: IHookFunctions,
	stored: Registration,
	url: string,
	settings: Settings,
): Promise<Registered> {
	await removeStoredWebhook(ctx, stored);
	await removeLeftovers(ctx, url);
	const secret = randomBytes(32).toString('hex');
	const created = (await halo(ctx, 'POST', HALO_PATHS.webhook, [
		{
			name: settings.name,
			note: 'Created by the n8n HaloPSA Trigger; deleted when the workflow is deactivated',
			url,
			type: WEBHOOK_OUTBOUND,
			method: METHOD_POST,
			content_type: 'application/json',
			active: true,
			authentication_type: AUTH_SIGNED_TOKEN,
			authentication_header: SIGNATURE_HEADER,
			basic_password: secret,
			payload_type: settings.payloadType,
		},
	])) as IDataObject | IDataObject[];
	const webhook = Array.isArray(created) ? created[0] : created;
	if (!webhook?.id) throw new NodeOperationError(ctx.getNode(), 'Halo did not return the ID of the created webhook');
	const webhookId = String(webhook.id);
	try {
		await halo(
			ctx,
			'POST',
			HALO_PATHS.notification,
			settings.rows.map((row) => ({ ...row, webhook_id: webhookId })),
		);
		const rows = await rowsOfWebhook(ctx, webhookId);
		const notificationEvents = Object.fromEntries(rows.map((row) => [String(row.id), Number(row.eventno)]));
		return {
			webhookId,
			webhookUrl: url,
			secret,
			header: SIGNATURE_HEADER,
			subscriptionKey: settings.subscriptionKey,
			notificationEvents,
		};
	} catch (error) {
		// The subscription error is the one to show; a failed clean-up leaves a leftover the next activation removes.
		await removeWebhook(ctx, webhookId).catch(() => undefined);
		throw new NodeApiError(ctx.getNode(), error as JsonObject);
	}
}
