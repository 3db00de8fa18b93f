// The HaloPSA simulator, started inside the test process, plus helpers over its control API
// (`<url>/_sim/...`). n8n (a separate process) talks to it over HTTP on 127.0.0.1.
import { startSimulator } from '../../../simulator/index.mjs';

/**
 * Start a simulator on a free port. Returns the simulator (`url, tenant, clientId, clientSecret, control,
 * close()`) extended with:
 *   requests()        request log entries {method, path, query, body, status, tokenRequest}
 *   tokenRequests()   only the token requests (POST …/auth/token)
 *   apiRequests()     everything that is neither a token request nor a /_sim call
 *   reset()           POST /_sim/reset (data and log back to the seed)
 *   expireTokens()    POST /_sim/tokens/expire (every issued token now answers 401)
 *   specViolations()  GET /_sim/spec-violations
 *   credentialFields(extra)  (from the simulator) the `haloPsaApi` credential data pointing at this simulator
 */
export async function startSim(options = {}) {
	const sim = await startSimulator({ port: 0, ...options });
	const base = sim.url.replace(/\/+$/, '');

	async function control(method, path, body) {
		const res = await fetch(`${base}/_sim${path}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(10_000),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`${method} /_sim${path} → ${res.status}: ${text}`);
		try {
			return text ? JSON.parse(text) : undefined;
		} catch {
			return text;
		}
	}
	const unwrap = (v, key) => (Array.isArray(v) ? v : (v?.[key] ?? v?.data ?? []));

	return Object.assign(sim, {
		base,
		controlRequest: control,
		async requests() {
			const log = unwrap(await control('GET', '/requests'), 'requests');
			return log.filter((r) => !String(r.path).startsWith('/_sim'));
		},
		async tokenRequests() {
			return (await this.requests()).filter(isTokenRequest);
		},
		async apiRequests() {
			return (await this.requests()).filter((r) => !isTokenRequest(r));
		},
		reset: () => control('POST', '/reset'),
		expireTokens: () => control('POST', '/tokens/expire'),
		async specViolations() {
			return unwrap(await control('GET', '/spec-violations'), 'violations');
		},
	});
}

export function isTokenRequest(entry) {
	return entry.tokenRequest === true || (entry.method === 'POST' && /\/auth\/token$/.test(entry.path));
}
