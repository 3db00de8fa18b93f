import type { IWebhookFunctions } from 'n8n-workflow';

import { basicAuthMatches, headerValue, signedTokenMatches } from './delivery';
import type { Registration } from './registration';

/** 'ok', or how the delivery failed: 'basic' (answer with a Basic challenge) or 'token'. */
export async function authenticateDelivery(
	ctx: IWebhookFunctions,
	stored: Registration,
	headers: Record<string, unknown>,
	rawBody: Buffer | undefined,
) {
	if (ctx.getNodeParameter('registration') === 'manual') {
		const credential = await ctx.getCredentials('haloPsaWebhookApi');
		if (credential.authentication === 'signedToken') {
			const header = String(credential.headerName ?? '').trim();
			const ok =
				header !== '' &&
				signedTokenMatches(
					headerValue(headers, header),
					String(credential.secret ?? ''),
					rawBody,
					String(credential.signaturePrefix ?? ''),
				);
			return ok ? 'ok' : 'token';
		}
		return basicAuthMatches(headers.authorization, String(credential.user ?? ''), String(credential.password ?? ''))
			? 'ok'
			: 'basic';
	}
	const ok =
		!!stored.secret &&
		!!stored.header &&
		signedTokenMatches(headerValue(headers, stored.header), stored.secret, rawBody);
	return ok ? 'ok' : 'token';
}

/**
 * The request's body bytes exactly as received, which the signature covers: n8n keeps them as `rawBody`
 * (n8n 1.x and 2.x); `readRawBody()` reads them when n8n has not yet.
 */
export async function rawBodyOf(request: unknown): Promise<Buffer | undefined> {
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
export function parsedBody(body: unknown, rawBody: Buffer | undefined): unknown {
	if (body && typeof body === 'object' && Object.keys(body).length > 0) return body;
	const raw = rawBody?.toString('utf8') ?? (typeof body === 'string' ? body : '');
	if (!raw.trim()) return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}
