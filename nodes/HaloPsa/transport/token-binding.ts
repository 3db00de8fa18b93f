import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import { createHash } from 'node:crypto';

import { haloEndpoints } from './urls';

/**
 * What a stored token is bound to: where it came from (token URL with tenant), where it is sent (resource
 * server), the client and the scope. n8n keeps the hidden token field when any of these is edited, so the
 * credential stores this next to the token and sends the token only while it still matches. A hash, so
 * the hidden field shows no address; no secret goes into it.
 */
export function tokenBinding(credentials: ICredentialDataDecryptedObject): string {
	const endpoints = haloEndpoints(credentials);
	if ('error' in endpoints) return '';
	const parts = [endpoints.tokenUrl, endpoints.apiUrl, credentials.clientId, credentials.scope || 'all'];
	return createHash('sha256').update(parts.map(String).join('\n')).digest('hex').slice(0, 32);
}

/** Shaped like the HTTP client's 401, which is what makes n8n fetch a new token and repeat the request. */
export class TokenBoundElsewhereError extends UserError {
	readonly response = { status: 401, data: '' };

	readonly httpCode = '401';

	constructor() {
		super('The stored Halo token was issued for other credential settings (Halo URL, tenant, client or scope); a new token is needed');
	}
}
