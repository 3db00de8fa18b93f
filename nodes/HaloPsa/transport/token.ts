import type { ICredentialDataDecryptedObject, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import { createHash } from 'node:crypto';

import { perProcessCache } from '../helpers/cache';
import { inspectThrown, isTimeout } from './answer';
import { redact, secretForms } from './errors';
import { haloErrorText, looksLikeHtml } from './halo-error-text';
import { credentialNumbers } from './settings';
import { haloEndpoints } from './urls';

/** Where the credential's URLs and tenant are shown in Halo; named in field descriptions and errors. */
export const API_DETAILS_SCREEN = 'In Halo: Configuration → Integrations → Halo API → API Details';

/** What the credential's preAuthentication hands n8n to store in its hidden fields. */
export type IssuedToken = { accessToken: string; accessTokenFor: string };

/**
 * Client-credentials token request, for the credential's preAuthentication: n8n stores the result and calls
 * this again after a 401. Requests that hit the same expired token together (pages fetched in parallel,
 * many items) share one token request.
 */
export async function issueToken(
	ctx: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<IssuedToken> {
	const endpoints = haloEndpoints(credentials);
	if ('error' in endpoints) throw new UserError(endpoints.error);
	const numbers = credentialNumbers(credentials);
	if ('error' in numbers) throw new UserError(numbers.error);
	const { tokenUrl } = endpoints;
	const accessToken = await sharedTokenRequest(
		credentials,
		tokenUrl,
		async () => await requestToken(ctx, credentials, tokenUrl, numbers.timeoutSeconds),
	);
	return { accessToken, accessTokenFor: tokenBinding(credentials) };
}

/**
 * The request with the stored token, for the credential's authenticate. A token is only sent where it was
 * issued for. n8n keeps the hidden token when the Halo URL (or the token URL, tenant, client or scope) of a
 * saved credential is edited, and asks for a new one only when the token field is empty or a request got
 * a 401. So a token bound to other settings is not attached: this throws the 401 n8n reacts to, and n8n
 * fetches a token for the new settings and sends the request once, with it. Nothing reaches the new host
 * with the old token; a token bound to nothing is treated the same way.
 */
export async function withToken(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	// A token without a binding (saved before bindings existed) or settings that bind nothing (a URL that
	// does not pass the checks) never match: the token's origin is unknown, so it is replaced.
	const boundTo = String(credentials.accessTokenFor ?? '');
	if (boundTo === '' || boundTo !== tokenBinding(credentials)) throw new TokenBoundElsewhereError();
	return {
		...requestOptions,
		headers: { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.accessToken ?? '')}` },
	};
}

/**
 * What a stored token is bound to: where it came from (token URL with tenant), where it is sent (resource
 * server), the client and the scope. The credential stores this next to the token (hidden field
 * `accessTokenFor`). A hash, so the hidden field shows no address; no secret goes into it.
 */
function tokenBinding(credentials: ICredentialDataDecryptedObject): string {
	const endpoints = haloEndpoints(credentials);
	if ('error' in endpoints) return '';
	const parts = [endpoints.tokenUrl, endpoints.apiUrl, credentials.clientId, credentials.scope || 'all'];
	return createHash('sha256').update(parts.map(String).join('\n')).digest('hex').slice(0, 32);
}

/** Shaped like the HTTP client's 401, which is what makes n8n fetch a new token and repeat the request. */
class TokenBoundElsewhereError extends UserError {
	readonly response = { status: 401, data: '' };

	readonly httpCode = '401';

	constructor() {
		super(
			'The stored Halo token was issued for other credential settings (Halo URL, tenant, client or scope); a new token is needed',
		);
	}
}

async function requestToken(
	ctx: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
	tokenUrl: string,
	timeoutSeconds: number,
): Promise<string> {
	let response;
	try {
		response = await ctx.helpers.httpRequest({
			method: 'POST',
			url: tokenUrl,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: {
				grant_type: 'client_credentials',
				client_id: String(credentials.clientId ?? ''),
				client_secret: String(credentials.clientSecret ?? ''),
				scope: String(credentials.scope || 'all'),
			},
			timeout: timeoutSeconds * 1000,
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
		});
	} catch (error) {
		throw unanswered(error, tokenUrl, timeoutSeconds);
	}
	const status = Number(response.statusCode);
	const body = response.body as unknown;
	if (status >= 200 && status < 300 && body && typeof body === 'object') {
		const token = (body as { access_token?: unknown }).access_token;
		if (typeof token === 'string' && token) return token;
	}
	// Never repeat the secret, in any encoding, should the authorisation server echo it back.
	const message = redact(
		tokenFailureMessage(status, body, tokenUrl),
		secretForms([credentials.clientSecret], credentials.clientId),
	);
	throw new TokenRequestError(message, status === 401);
}

class TokenRequestError extends UserError {
	constructor(
		message: string,
		/** Halo refused the client ID/secret (as opposed to a timeout, an HTML page, a 5xx) */
		readonly rejected: boolean,
	) {
		super(message);
	}
}

/**
 * Token requests in flight or just answered, keyed by a hash of the credential and of the token being
 * replaced (no secret is kept). n8n asks for a new token once per request that got a 401, so without this a
 * token expiring under four parallel page requests costs four token requests, and a revoked secret under
 * "Continue On Fail" one per item. Shared: a request still in flight; a new token for the same dead token
 * (for SHARE_NEW_TOKEN_MS); Halo rejecting the client ID/secret (for SHARE_REJECTION_MS, so a run does not
 * hammer it).
 */
interface TokenRefresh {
	promise: Promise<string>;
	settledAt?: number;
	rejected?: boolean;
}

// Per process (a token serves every execution); bound: 64 credentials. An entry past its sharing time is
// ignored and replaced by the next request for it.
const tokenRefreshes = perProcessCache<TokenRefresh>(64);
const SHARE_NEW_TOKEN_MS = 10_000;
const SHARE_REJECTION_MS = 5_000;

async function sharedTokenRequest(
	credentials: ICredentialDataDecryptedObject,
	tokenUrl: string,
	request: () => Promise<string>,
): Promise<string> {
	const replaced = String(credentials.accessToken ?? '');
	const key = createHash('sha256')
		.update(
			[tokenUrl, credentials.clientId, credentials.clientSecret, credentials.scope || 'all', replaced]
				.map(String)
				.join('\n'),
		)
		.digest('hex');
	const known = tokenRefreshes.get(key);
	if (known) {
		const age = known.settledAt === undefined ? 0 : Date.now() - known.settledAt;
		// A fresh credential ('' token) only shares a request in flight: a later one must reach Halo again.
		const reusable =
			known.settledAt === undefined ||
			(known.rejected === true && age <= SHARE_REJECTION_MS) ||
			(known.rejected === false && replaced !== '' && age <= SHARE_NEW_TOKEN_MS);
		if (reusable) return await known.promise;
	}
	const entry: TokenRefresh = { promise: request() };
	tokenRefreshes.set(key, entry);
	// Registered before anyone awaits the promise, so the entry is up to date when they resume.
	entry.promise.then(
		() => {
			entry.rejected = false;
			entry.settledAt = Date.now();
		},
		(error: unknown) => {
			entry.rejected = error instanceof TokenRequestError && error.rejected;
			entry.settledAt = Date.now();
			// Other failures (timeout, HTML page, 5xx) are not kept once answered: the next request tries again.
			if (!entry.rejected && tokenRefreshes.get(key) === entry) tokenRefreshes.delete(key);
		},
	);
	return await entry.promise;
}

/** The token request got no answer: a timeout, or the authorisation server could not be reached. */
function unanswered(error: unknown, tokenUrl: string, timeoutSeconds: number): UserError {
	const failure = error as { code?: string; message?: string };
	if (isTimeout(failure))
		return new UserError(`Halo's authorisation server at ${tokenUrl} did not answer within ${timeoutSeconds} s`);
	// Never quote a cut-off token reply: it may hold part of a token.
	if (inspectThrown(error).cutOff)
		return new UserError(
			`Halo's authorisation server at ${tokenUrl} answered, but the connection dropped before the whole reply arrived. Try again.`,
		);
	return new UserError(
		`Could not reach Halo's authorisation server at ${tokenUrl}: ${String(failure.message ?? error)}`,
	);
}

/** Halo answered the token request, but without a token. */
function tokenFailureMessage(status: number, body: unknown, tokenUrl: string): string {
	const text = typeof body === 'string' ? body : '';
	if (looksLikeHtml(text)) {
		return `Halo's token endpoint (${tokenUrl}) answered HTTP ${status} with an HTML error page instead of a token. This usually means the API application has no login agent: in Halo open Configuration → Integrations → Halo API → Applications → your application and set "Agent to log in as" (an active agent with API access), then save.`;
	}
	const halo = haloErrorText(body) || `HTTP ${status}`;
	if (status === 401 || /invalid_client/i.test(halo)) {
		return `Credentials rejected by Halo: ${halo}. Check the Client ID and Client Secret (Configuration → Integrations → Halo API → Applications).`;
	}
	if (/tenant/i.test(halo)) {
		return `Halo did not accept the tenant: ${halo}. Check the Tenant field against ${API_DETAILS_SCREEN}.`;
	}
	if (status >= 200 && status < 300) {
		// Never quote the reply here: a cut-off token reply still holds part of a token.
		if (typeof body === 'string' && body.trim() !== '') {
			return `Halo's token endpoint (${tokenUrl}) answered HTTP ${status} with a reply that is not valid JSON (${body.length} characters, possibly cut off). Try again; if it persists, check the Authorisation Server URL.`;
		}
		return `Halo's token endpoint (${tokenUrl}) answered without an access token. Check the Authorisation Server URL.`;
	}
	return `Halo refused the token request (HTTP ${status}): ${halo}`;
}
