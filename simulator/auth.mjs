// OAuth2 client-credentials token endpoint (/auth/token and /sso/token) and bearer-token checks.
import { randomBytes } from 'node:crypto';
import { HttpError, oauthError, MESSAGES } from './errors.mjs';

export class Auth {
	constructor(sim) {
		this.sim = sim;
		/** token → {expiresAt (ms), scopes: string[], clientId, issuedAt} */
		this.tokens = new Map();
		this.issued = 0;
	}

	/**
	 * Handle a token request. form: parsed x-www-form-urlencoded body; query: URLSearchParams.
	 * @returns {{status: number, body: object}}
	 */
	token({ form, query, headers, contentType }) {
		const { sim } = this;
		if (!/application\/x-www-form-urlencoded/i.test(contentType || '')) {
			throw oauthError(400, 'invalid_request', 'The request must use Content-Type application/x-www-form-urlencoded');
		}
		const tenant = query.get('tenant') ?? form.get('tenant');
		if (tenant === null || tenant === '') {
			if (sim.config.requireTenant) throw oauthError(400, 'invalid_request', 'The tenant parameter is required');
		} else if (tenant.toLowerCase() !== sim.tenant.toLowerCase()) {
			throw oauthError(400, 'invalid_request', `Tenant '${tenant}' was not found`);
		}
		let clientId = form.get('client_id');
		let clientSecret = form.get('client_secret');
		const basic = /^Basic\s+(.+)$/i.exec(headers.authorization || '');
		if (basic && !clientId) {
			const [u, ...p] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
			clientId = decodeURIComponent(u);
			clientSecret = decodeURIComponent(p.join(':'));
		}
		if (clientId !== sim.clientId || clientSecret !== sim.clientSecret) {
			throw oauthError(401, 'invalid_client', 'The client credentials are invalid');
		}
		const grant = form.get('grant_type');
		if (grant !== 'client_credentials') {
			throw oauthError(400, 'unsupported_grant_type', `The grant type '${grant ?? ''}' is not supported`);
		}
		const scope = (form.get('scope') || 'all').trim() || 'all';
		const token = randomBytes(32).toString('base64url');
		const lifetime = sim.config.tokenLifetimeSeconds;
		this.tokens.set(token, {
			expiresAt: Date.now() + lifetime * 1000,
			scopes: scope.split(/\s+/),
			clientId,
			issuedAt: Date.now(),
		});
		this.issued++;
		return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: lifetime, scope } };
	}

	/** Verify the Authorization header of an /api request; throws 401. @returns token record */
	verify(headers) {
		const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization || '');
		if (!bearer) throw new HttpError(401, { Message: MESSAGES.unauthorized });
		const rec = this.tokens.get(bearer[1]);
		if (!rec || rec.expiresAt <= Date.now()) {
			// unknown or expired token: empty body, like IIS in front of Halo
			throw new HttpError(401, null, { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
		}
		return rec;
	}

	/** Write access: any scope that is not read:* (e.g. all, admin, edit:tickets). */
	canWrite(rec) {
		return rec.scopes.some((s) => !s.toLowerCase().startsWith('read:'));
	}

	/** Every issued token stops working now (they stay known, so this models expiry, not revocation). */
	expireAll() {
		for (const rec of this.tokens.values()) rec.expiresAt = 0;
	}

	revokeAll() {
		this.tokens.clear();
	}
}
