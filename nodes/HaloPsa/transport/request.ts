import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { cachedPromise, perRunCache } from '../helpers/cache';
import {
	bodyForError,
	guardStream,
	inspectThrown,
	isTimeout,
	parseBody,
	readAll,
	retryAfterMs,
	type HttpAnswer,
} from './answer';
import { haloApiError, haloTransportError, withoutSecrets, type FailureContext } from './errors';
import { HaloPreview, mustPreview } from './preview';
import { learnFromRefusal, pauseUntil, settle, shareOfBudget, takeSlot } from './pacer';
import { credentialNumbers } from './settings';
import { haloEndpoints } from './urls';

export const CREDENTIAL_TYPE = 'haloPsaApi';

export type HaloContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions;

export interface HaloRequest {
	method: IHttpRequestMethods;
	/** path below the resource server, e.g. `/Tickets/12` */
	path: string;
	qs?: IDataObject;
	/** a Buffer is a body already serialised as JSON (attachment uploads: no second copy of a large file) */
	body?: IDataObject | IDataObject[] | Buffer;
	itemIndex?: number;
	/** `arraybuffer` for attachment downloads; `stream` for a large reply read piece by piece (2xx only) */
	encoding?: 'arraybuffer' | 'stream';
	/**
	 * A query that may run for a minute (reports): Halo's gateway gives up at about 60 s (EVIDENCE 8.4), so
	 * it gets at least LONG_RUNNING_TIMEOUT_S and is never repeated after a 5xx or a dropped connection,
	 * which would only run the same heavy query again.
	 */
	longRunning?: boolean;
	/** a POST that only reads (a report query): Halo changes nothing, whatever happens to the request */
	readOnly?: boolean;
}

interface CredentialSettings {
	credentials: ICredentialDataDecryptedObject;
	endpoints: ReturnType<typeof haloEndpoints>;
	numbers: ReturnType<typeof credentialNumbers>;
}

/**
 * The credential is read once per node run (n8n makes a new context for every run and every dropdown),
 * not once per request: n8n loads and decrypts the credential on every getCredentials call, and
 * httpRequestWithAuthentication does that again for the token anyway. Only settings are used from this
 * copy (URLs, budget, timeouts); the token is always applied by n8n from the stored credential, so a
 * token refreshed during the run is never missed. Per run; bound: one credential read per run.
 */
const settingsByRun = perRunCache<Promise<CredentialSettings>>();

async function readSettings(ctx: HaloContext): Promise<CredentialSettings> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	return { credentials, endpoints: haloEndpoints(credentials), numbers: credentialNumbers(credentials) };
}

/**
 * The credential, the URLs it points at and its numeric settings; a bad URL or number in the credential
 * becomes a clear node error.
 */
export async function credentialEndpoints(ctx: HaloContext, context: FailureContext) {
	const { credentials, endpoints, numbers } = await cachedPromise(
		settingsByRun,
		ctx,
		async () => await readSettings(ctx),
	);
	if ('error' in endpoints) throw haloTransportError(ctx.getNode(), endpoints.error, context);
	if ('error' in numbers) throw haloTransportError(ctx.getNode(), numbers.error, context);
	return { credentials, endpoints, numbers };
}

export interface HaloResponse<T> {
	body: T;
	headers: IDataObject;
	statusCode: number;
}

const RATE_LIMIT_RETRIES = 4;
/** The longest single wait after a 429, whatever Retry-After or the doubling backoff say. */
const MAX_WAIT_MS = 120_000;
/** Longer than Halo's ~60 s gateway limit, so its 504 arrives before our own timeout. */
export const LONG_RUNNING_TIMEOUT_S = 90;
const GATEWAY_RETRIES = 3;
/** Hosted Halo's rolling rate-limit window. */
const PACING_WINDOW_MS = 5 * 60 * 1000;
const RETRYABLE_STATUS = new Set([502, 503, 504]);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN']);

/**
 * The one place that sends a request to Halo's resource server: token through the credential,
 * pacing, retries that are safe, and Halo's error text. A write that failed with a 5xx or timeout
 * is never re-sent, because Halo may already have applied it. With Preview Only, a write is not sent at all.
 */
export async function haloRequestFull<T = unknown>(this: HaloContext, request: HaloRequest): Promise<HaloResponse<T>> {
	if (mustPreview(this, request)) throw new HaloPreview(this.getNode(), request);
	try {
		return (await sendToHalo.call(this, request)) as HaloResponse<T>;
	} catch (error) {
		// Halo's error text is quoted in messages; a proxy or Halo itself may echo the token or the secret.
		let secrets: unknown[] = [];
		let clientId: unknown;
		try {
			const current = await this.getCredentials(CREDENTIAL_TYPE);
			secrets = [current.clientSecret, current.accessToken];
			clientId = current.clientId;
		} catch {
			// the error at hand is more useful than this one
		}
		throw withoutSecrets(error, secrets, clientId);
	}
}

async function sendToHalo<T>(this: HaloContext, request: HaloRequest): Promise<HaloResponse<T>> {
	const attempts: string[] = [];
	const rateLimitWaits: number[] = [];
	const context: FailureContext = {
		method: request.method,
		path: request.path,
		body: request.body,
		itemIndex: request.itemIndex,
		readOnly: request.readOnly,
		attempts,
		rateLimitWaits,
	};
	const { credentials, endpoints, numbers } = await credentialEndpoints(this, context);
	// This process's part of the tenant's budget (queue mode: several processes use one Halo application).
	const share = shareOfBudget(numbers.requestBudget, numbers.processesSharingBudget);
	const timeoutSeconds = Math.max(1, numbers.timeoutSeconds);
	const timeout = (request.longRunning ? Math.max(LONG_RUNNING_TIMEOUT_S, timeoutSeconds) : timeoutSeconds) * 1000;
	const backoffMs = numbers.backoffSeconds * 1000;
	const paceKey = `${endpoints.apiUrl}|${String(credentials.clientId)}`;
	const isRead = request.method === 'GET';
	const retriesGateway = isRead && !request.longRunning;
	const mayHaveApplied = request.readOnly
		? '. The query only reads, so nothing was changed in Halo'
		: isRead
			? ''
			: '. The write may or may not have been applied: check Halo before running it again';
	const cutOffMessage = () =>
		`Halo's reply to ${request.method} ${request.path} was cut off: the connection dropped before the whole reply arrived${mayHaveApplied}`;

	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${endpoints.apiUrl}${request.path}`,
		qs: request.qs,
		json: request.encoding === undefined,
		timeout,
		returnFullResponse: true,
		// Every status comes back as a response (with its headers, e.g. Retry-After) except 401, which must
		// throw so that n8n fetches a new token (preAuthentication) and repeats the request once. Only
		// recent n8n 2.x honour `except`; older releases return the 401 as well (handled below).
		ignoreHttpStatusErrors: { ignore: true, except: [401] },
	};
	if (request.body !== undefined) options.body = request.body;
	if (Buffer.isBuffer(request.body)) options.headers = { 'Content-Type': 'application/json; charset=utf-8' };
	if (request.encoding) options.encoding = request.encoding;
	// n8n 1.x and early 2.x read ignoreHttpStatusErrors for truthiness only. Sent without it, a 401
	// throws and n8n refreshes the token; so does every other status, and n8n 1.x then loses the headers.
	const throwOnStatus: IHttpRequestOptions = { ...options };
	delete throwOnStatus.ignoreHttpStatusErrors;

	let rateLimitRetries = 0;
	let gatewayRetries = 0;
	// Halo also answers 401 for missing rights (EVIDENCE 1.6): one new token per request, never a loop.
	let tokenRefresh: 'none' | 'next' | 'done' = 'none';
	for (;;) {
		const { waited, booking } = await takeSlot(paceKey, share, PACING_WINDOW_MS);
		// Waits after a 429 are already noted; only budget pacing is worth a line here.
		if (waited > 1000 && rateLimitRetries === 0) {
			attempts.push(`paced ${Math.round(waited / 1000)} s to stay within the request budget`);
		}
		let response: HttpAnswer;
		try {
			const sent = tokenRefresh === 'next' ? throwOnStatus : options;
			if (tokenRefresh === 'next') tokenRefresh = 'done';
			response = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
				...sent,
			})) as HttpAnswer;
		} catch (error) {
			const failure = inspectThrown(error);
			if (failure.status !== undefined && !failure.cutOff) {
				// Halo answered, and n8n threw the answer (see HttpAnswer.thrown): handled like a returned one below.
				response = {
					statusCode: failure.status,
					headers: failure.headers,
					body: failure.body ?? failure.message,
					thrown: true,
				};
			} else {
				settle(booking);
				if (error instanceof NodeApiError && failure.code === undefined && !failure.cutOff) {
					// Raised by the credential (token request); its message already says what to do.
					throw haloTransportError(this.getNode(), failure.message, context);
				}
				if (isTimeout(failure)) {
					throw haloTransportError(
						this.getNode(),
						`Halo did not answer within ${timeout / 1000} s (${request.method} ${request.path})${mayHaveApplied}`,
						context,
					);
				}
				// A cut-off reply is a failed request like a reset: a read is repeated, a write never is.
				const dropped = failure.cutOff
					? 'reply cut off'
					: failure.code && RESET_CODES.has(failure.code) && failure.code;
				if (retriesGateway && dropped && gatewayRetries < GATEWAY_RETRIES) {
					const wait = 1000 * 2 ** gatewayRetries++;
					attempts.push(`${dropped}, retried after ${wait / 1000} s`);
					await sleep(wait);
					continue;
				}
				if (failure.cutOff) throw haloTransportError(this.getNode(), cutOffMessage(), context);
				throw haloTransportError(
					this.getNode(),
					`Could not reach Halo (${failure.code ?? failure.message})${mayHaveApplied}`,
					context,
				);
			}
		}

		settle(booking);
		const status = Number(response.statusCode);
		const headers = (response.headers ?? {}) as IDataObject;
		if (request.encoding === 'stream') {
			const node = this.getNode();
			response.body = guardStream(response.body, () => {
				const cut = haloTransportError(node, cutOffMessage(), context);
				streamCutOffs.add(cut);
				return cut;
			}) as IN8nHttpFullResponse['body'];
			// A streamed reply is handed over only on success; anything else is read here, as other errors are.
			if (status < 200 || status >= 300) response.body = (await readAll(response.body)) as IN8nHttpFullResponse['body'];
		}
		if (status >= 200 && status < 300) {
			const body = request.encoding ? response.body : parseBody(response.body, context, this.getNode());
			return { body: body as T, headers, statusCode: status };
		}
		// A thrown 401 was already answered by n8n with one new token and one retry. A 401 returned as a
		// response means this n8n ignored `except`: send once more without ignoreHttpStatusErrors, so that
		// n8n's own 401 → new token → retry runs (costs one extra 401 from Halo).
		if (status === 401 && !response.thrown && tokenRefresh === 'none') {
			tokenRefresh = 'next';
			continue;
		}
		// A 429 means Halo refused the request without applying it, so even writes are safe to repeat.
		if (status === 429 && rateLimitRetries < RATE_LIMIT_RETRIES) {
			const told = retryAfterMs(headers);
			const wait = Math.min(MAX_WAIT_MS, told ?? backoffMs * 2 ** rateLimitRetries);
			rateLimitRetries++;
			learnFromRefusal(paceKey, share, booking);
			rateLimitWaits.push(wait);
			attempts.push(
				`429 rate limit, waited ${Math.round(wait / 100) / 10} s${told === undefined ? '' : ' (Retry-After)'}`,
			);
			pauseUntil(paceKey, Date.now() + wait);
			continue;
		}
		if (retriesGateway && RETRYABLE_STATUS.has(status) && gatewayRetries < GATEWAY_RETRIES) {
			const wait = 1000 * 2 ** gatewayRetries++;
			attempts.push(`HTTP ${status}, retried after ${wait / 1000} s`);
			await sleep(wait);
			continue;
		}
		throw haloApiError(this.getNode(), status, bodyForError(response.body), context);
	}
}

/** Errors of a streamed reply that dropped part-way (see guardStream): such a read may be sent again. */
const streamCutOffs = new WeakSet<Error>();

/**
 * A GET whose reply `consume` reads piece by piece (a download into n8n's binary store). A reply that drops
 * part-way is a failed read like any other: sent again (1, 2, 4 s apart) and consumed from the start.
 */
export async function haloReadStream<R>(
	this: HaloContext,
	request: HaloRequest,
	consume: (response: HaloResponse<unknown>) => Promise<R>,
): Promise<R> {
	for (let retry = 0; ; retry++) {
		const response = await haloRequestFull.call(this, { ...request, method: 'GET', encoding: 'stream' });
		try {
			return await consume(response);
		} catch (error) {
			const again = error instanceof Error && streamCutOffs.has(error) && retry < GATEWAY_RETRIES;
			if (!again) {
				// the operation's own errors (node errors) pass as they are; anything else is named as the node's
				throw error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), error as Error, { itemIndex: request.itemIndex });
			}
			await sleep(1000 * 2 ** retry);
		}
	}
}

/** haloRequestFull without the headers: what almost every operation wants. */
export async function haloRequest<T = unknown>(this: HaloContext, request: HaloRequest): Promise<T> {
	return (await haloRequestFull.call(this, request)).body as T;
}
