import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import { createHash } from 'node:crypto';

import { haloErrorText, looksLikeHtml } from '../nodes/HaloPsa/transport/halo-error-text';
import { tokenBinding, TokenBoundElsewhereError } from '../nodes/HaloPsa/transport/token-binding';
import { haloEndpoints } from '../nodes/HaloPsa/transport/urls';

const API_DETAILS = 'In Halo: Configuration → Integrations → Halo API → API Details';

export class HaloPsaApi implements ICredentialType {
	name = 'haloPsaApi';

	displayName = 'HaloPSA API';

	icon = { light: 'file:../icons/halopsa.svg', dark: 'file:../icons/halopsa.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-halopsa/n8n-nodes-halopsa#halo-api-application';

	properties: INodeProperties[] = [
		{
			displayName: 'Halo URL',
			name: 'haloUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://acme.halopsa.com',
			description: `The web address of your Halo instance. ${API_DETAILS}.`,
		},
		{
			displayName: 'Authorisation Server URL',
			name: 'authUrl',
			type: 'string',
			default: '',
			placeholder: 'https://acme.halopsa.com/auth',
			description: `Leave empty to use <Halo URL>/auth. Self-hosted or custom-domain instances: copy "Authorisation Server" from ${API_DETAILS}.`,
		},
		{
			displayName: 'Resource Server URL',
			name: 'resourceUrl',
			type: 'string',
			default: '',
			placeholder: 'https://acme.halopsa.com/api',
			description: `Leave empty to use <Halo URL>/api. Otherwise copy "Resource Server" from ${API_DETAILS}.`,
		},
		{
			displayName: 'Tenant',
			name: 'tenant',
			type: 'string',
			default: '',
			placeholder: 'acme',
			description: `Needed for Halo-hosted instances; shown as "Tenant" in ${API_DETAILS}. Sent as ?tenant= on the token request.`,
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description:
				'From Configuration → Integrations → Halo API → Applications → your application (authentication method "Client ID and Secret (Services)")',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Shown once when the application is created in Halo',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: 'all',
			description:
				'Space-separated scopes the application may use, e.g. "read:tickets edit:tickets read:customers". "all" grants what the application\'s permissions allow.',
		},
		{
			displayName: 'Request Budget (per 5 Minutes)',
			name: 'requestBudget',
			type: 'number',
			default: 300,
			description:
				'Hosted Halo allows about 300 requests per rolling 5 minutes. The node paces itself to stay under this budget instead of collecting 429 errors. Set 0 to turn pacing off (self-hosted).',
		},
		{
			displayName: 'Processes Sharing the Budget',
			name: 'processesSharingBudget',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description:
				'How many n8n processes use this Halo application at the same time. Queue mode: the number of workers, plus 1 for the main instance if it runs HaloPSA triggers or other Halo calls (plus webhook processes). Each process paces to Request Budget ÷ this number, so together they stay within Halo\'s limit. If Halo still answers 429, a process lowers its pace to what it got through and recovers slowly.',
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			default: 60,
			description: 'How long to wait for Halo to answer one request before failing it',
		},
		{
			displayName: 'Rate-Limit Backoff (Seconds)',
			name: 'backoffSeconds',
			type: 'number',
			default: 30,
			description:
				'First wait after a 429 that carries no Retry-After header; doubles on each further 429 (capped at 2 minutes)',
		},
		{
			displayName: 'Allow Insecure HTTP',
			name: 'allowInsecureHttp',
			type: 'boolean',
			default: false,
			description:
				'Whether to allow plain http:// URLs for hosts other than localhost. Plain http sends the client secret and tokens unencrypted; only use it on a trusted internal network.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			// Which token URL, resource server, client and scope the stored token was issued for (token-binding.ts).
			displayName: 'Access Token Issued For',
			name: 'accessTokenFor',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/**
	 * Client-credentials token request; n8n stores the result and calls this again after a 401. Requests that
	 * hit the same expired token together (pages fetched in parallel, many items) share one token request.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const endpoints = haloEndpoints(credentials);
		if ('error' in endpoints) throw new UserError(endpoints.error);
		const { tokenUrl } = endpoints;
		const accessToken = await sharedTokenRequest(credentials, tokenUrl, async () => await requestToken(this, credentials, tokenUrl));
		return { accessToken, accessTokenFor: tokenBinding(credentials) };
	}

	/**
	 * A plain function rather than the generic `Bearer {{$credentials.accessToken}}` form: n8n would resolve
	 * that expression (a full expression context) on every request, which showed as ~10% CPU per item and
	 * extra memory in the benchmark. n8n calls this the same way for its 401 → refresh → retry.
	 *
	 * A token is only sent where it was issued for. n8n keeps the hidden token when the Halo URL (or the
	 * token URL, tenant, client or scope) of a saved credential is edited, and asks for a new one only when
	 * the token field is empty or a request got a 401. So a token bound to other settings is not attached:
	 * this throws the 401 n8n reacts to, and n8n fetches a token for the new settings and sends the request
	 * once, with it. Nothing reaches the new host with the old token.
	 */
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		if (credentials.accessTokenFor !== tokenBinding(credentials)) throw new TokenBoundElsewhereError();
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.accessToken ?? '')}` },
		};
	};

	// Proves both halves: the token request (preAuthentication runs first) and API access as the login agent.
	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{ ($credentials.resourceUrl ? $credentials.resourceUrl : $credentials.haloUrl.replace(/\\/+$/, "") + "/api").replace(/\\/+$/, "") }}',
			url: '/Agent/me',
			method: 'GET',
		},
	};
}

async function requestToken(
	ctx: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
	tokenUrl: string,
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
			timeout: Number(credentials.timeoutSeconds || 60) * 1000,
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
		});
	} catch (error) {
		const { code, message } = error as { code?: string; message?: string };
		const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(String(message));
		throw new UserError(
			timedOut
				? `Halo's authorisation server at ${tokenUrl} did not answer within ${Number(credentials.timeoutSeconds || 60)} s`
				: `Could not reach Halo's authorisation server at ${tokenUrl}: ${String(message ?? error)}`,
		);
	}
	const status = Number(response.statusCode);
	const body = response.body as unknown;
	if (status >= 200 && status < 300 && body && typeof body === 'object') {
		const token = (body as { access_token?: unknown }).access_token;
		if (typeof token === 'string' && token) return token;
	}
	// Never repeat the secret, should the authorisation server echo it back.
	const message = tokenFailureMessage(status, body, tokenUrl).split(String(credentials.clientSecret || '\u0000')).join('[redacted]');
	throw new TokenRequestError(message, status === 401);
}

class TokenRequestError extends UserError {
	constructor(
		message: string,
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
 * (for a minute); Halo rejecting the client ID/secret (for a few seconds, so a run does not hammer it).
 */
interface TokenRefresh {
	promise: Promise<string>;
	settledAt?: number;
	rejected?: boolean;
}

const tokenRefreshes = new Map<string, TokenRefresh>();
const SHARE_NEW_TOKEN_MS = 10_000;
const SHARE_REJECTION_MS = 5_000;

async function sharedTokenRequest(
	credentials: ICredentialDataDecryptedObject,
	tokenUrl: string,
	request: () => Promise<string>,
): Promise<string> {
	const replaced = String(credentials.accessToken ?? '');
	const key = createHash('sha256')
		.update([tokenUrl, credentials.clientId, credentials.clientSecret, credentials.scope || 'all', replaced].map(String).join('\n'))
		.digest('hex');
	const now = Date.now();
	for (const [other, entry] of tokenRefreshes) {
		if (entry.settledAt !== undefined && now - entry.settledAt > SHARE_NEW_TOKEN_MS) tokenRefreshes.delete(other);
	}
	const known = tokenRefreshes.get(key);
	if (known) {
		const age = known.settledAt === undefined ? 0 : now - known.settledAt;
		// A fresh credential ('' token) only shares a request in flight: a later one must reach Halo again.
		const reusable =
			known.settledAt === undefined ||
			(known.rejected === true && age <= SHARE_REJECTION_MS) ||
			(known.rejected === false && replaced !== '' && age <= SHARE_NEW_TOKEN_MS);
		if (reusable) return await known.promise;
	}
	const entry: TokenRefresh = { promise: request() };
	tokenRefreshes.set(key, entry);
	try {
		const token = await entry.promise;
		entry.rejected = false;
		return token;
	} catch (error) {
		entry.rejected = error instanceof TokenRequestError && error.rejected;
		// Other failures (timeout, HTML page, 5xx) are not kept once answered: the next request tries again.
		if (!entry.rejected && tokenRefreshes.get(key) === entry) tokenRefreshes.delete(key);
		throw error;
	} finally {
		entry.settledAt = Date.now();
	}
}

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
		return `Halo did not accept the tenant: ${halo}. Check the Tenant field against ${API_DETAILS}.`;
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
