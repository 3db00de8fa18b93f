// A delivery's request headers: JSON content type, the sender's User-Agent, and the webhook's
// authentication (Basic, or a signature header over the exact body bytes), plus their masked form for the
// delivery log.
import { createHmac } from 'node:crypto';
import { AUTH_TYPES } from '../webhook-codes.mjs';

/** Headers for one delivery; `bodyText` is exactly the bytes sent, which a signature covers. */
export function deliveryHeaders(webhook, bodyText, userAgent) {
	const headers = { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': userAgent };
	if (webhook.authentication_type === AUTH_TYPES.BASIC) {
		headers.Authorization =
			'Basic ' + Buffer.from(`${webhook.basic_username ?? ''}:${webhook.basic_password ?? ''}`).toString('base64');
	}
	// evidence: webhooks.signed-delivery
	if (webhook.authentication_type === AUTH_TYPES.SIGNED && webhook.authentication_header) {
		const signature = createHmac('sha256', String(webhook.basic_password ?? ''))
			.update(bodyText, 'utf8')
			.digest('base64');
		// evidence: webhooks.signature-prefix (a prefix is followed by a space)
		const prefix = String(webhook.signature_prefix ?? '');
		headers[webhook.authentication_header] = prefix ? `${prefix} ${signature}` : signature;
	}
	return headers;
}

/** The delivery's headers as the Deliveries log shows them: secrets masked. */
export function maskedHeaders(webhook, headers) {
	const masked = { ...headers };
	if (masked.Authorization) masked.Authorization = 'Basic ***';
	if (webhook.authentication_header && masked[webhook.authentication_header])
		masked[webhook.authentication_header] = '***';
	return masked;
}
