import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** Where the credential's token and API calls go, derived from the credential fields. */
export interface HaloEndpoints {
	/** e.g. https://acme.halopsa.com (no trailing slash) */
	haloUrl: string;
	/** token endpoint, tenant appended as Halo's hosted auth server expects */
	tokenUrl: string;
	/** resource server base, e.g. https://acme.halopsa.com/api */
	apiUrl: string;
}

/** A settings problem, worded for the user; callers raise it as their own error type. */
export interface EndpointProblem {
	error: string;
}

/**
 * The host names of this machine, as URL normalises them (IPv4 dotted, IPv6 in brackets and compressed):
 * localhost, 127.0.0.1, ::1 and 127.0.0.1 mapped into IPv6. A trailing dot (the DNS root) names the same host.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '[::ffff:7f00:1]']);

function isLoopback(hostname: string): boolean {
	return LOOPBACK_HOSTS.has(hostname.toLowerCase().replace(/\.$/, ''));
}
const TRAILING_SLASHES = /\/+$/;

/**
 * Checks a URL the user typed. Plain http would send the client secret and every token in clear text,
 * so it is accepted only for a local Halo (the simulator) or when the user explicitly allows it.
 */
export function checkHaloUrl(field: string, value: string, allowInsecure: boolean): string | EndpointProblem {
	const url = value.trim().replace(TRAILING_SLASHES, '');
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return {
			error: `${field} "${value}" is not a valid URL. Use the full address including https://, e.g. https://acme.halopsa.com`,
		};
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
		return { error: `${field} "${value}" must start with https:// (or http:// for a local test instance)` };
	}
	if (parsed.protocol === 'http:' && !allowInsecure && !isLoopback(parsed.hostname)) {
		return {
			error: `${field} "${value}" uses plain http, which would send the client secret unencrypted. Use https://, or turn on "Allow Insecure HTTP" for a trusted internal host.`,
		};
	}
	return url;
}

/** Where Halo serves its token endpoint and its API below the web address, unless the credential says otherwise. */
const DEFAULT_AUTH_PATH = '/auth';
const DEFAULT_API_PATH = '/api';

/**
 * `apiUrl` of haloEndpoints as an n8n expression over the credential's fields, for the credential test's
 * declarative request: n8n resolves that request in its expression sandbox, where no code of this package
 * can be called. Same rule as haloEndpoints (trimmed, no trailing slash, `/api` below the Halo URL unless a
 * Resource Server URL is set); test/unit/credential.test.mjs evaluates both on the same inputs. URL checks
 * are not repeated: preAuthentication runs haloEndpoints before the test request is sent.
 */
export const API_URL_EXPRESSION = `={{ ($credentials.resourceUrl ? String($credentials.resourceUrl).trim() : String($credentials.haloUrl).trim().replace(${String(TRAILING_SLASHES)}, "") + "${DEFAULT_API_PATH}").replace(${String(TRAILING_SLASHES)}, "") }}`;

export function haloEndpoints(credentials: ICredentialDataDecryptedObject): HaloEndpoints | EndpointProblem {
	const allowInsecure = credentials.allowInsecureHttp === true;
	const haloUrl = checkHaloUrl('Halo URL', String(credentials.haloUrl ?? ''), allowInsecure);
	if (typeof haloUrl !== 'string') return haloUrl;
	const authUrl = credentials.authUrl
		? checkHaloUrl('Authorisation Server URL', String(credentials.authUrl), allowInsecure)
		: `${haloUrl}${DEFAULT_AUTH_PATH}`;
	if (typeof authUrl !== 'string') return authUrl;
	const apiUrl = credentials.resourceUrl
		? checkHaloUrl('Resource Server URL', String(credentials.resourceUrl), allowInsecure)
		: `${haloUrl}${DEFAULT_API_PATH}`;
	if (typeof apiUrl !== 'string') return apiUrl;
	const tenant = String(credentials.tenant ?? '').trim();
	// Hosted Halo wants the tenant as a query parameter of the token URL; on a tenant's own host it is optional.
	const tokenUrl = tenant ? `${authUrl}/token?tenant=${encodeURIComponent(tenant)}` : `${authUrl}/token`;
	return { haloUrl, tokenUrl, apiUrl };
}
