import { createHmac, timingSafeEqual } from 'crypto';

/** Constant-time comparison: the time taken does not reveal how much of a guess was right. */
export function safeEqual(given: string, expected: string): boolean {
	const a = Buffer.from(given, 'utf8');
	const b = Buffer.from(expected, 'utf8');
	// Compare equal-length buffers either way, so a wrong length costs the same as a wrong byte.
	const same = timingSafeEqual(a.length === b.length ? a : b, b);
	return same && a.length === b.length;
}

/** Checks an `Authorization: Basic …` header against the expected user and password. */
export function basicAuthMatches(header: unknown, user: string, password: string): boolean {
	if (!user || !password || typeof header !== 'string') return false;
	const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
	if (!match) return false;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	// Compare the whole "user:password" so neither half short-circuits.
	return safeEqual(decoded, `${user}:${password}`);
}

/** base64(HMAC-SHA256(key = secret, message = the raw request body)): what Halo's signed webhooks send. */
export function signatureOf(secret: string, rawBody: Buffer): string {
	return createHmac('sha256', secret).update(rawBody).digest('base64');
}

/**
 * Checks a signed-token header (Halo `authentication_type` 3). Production code verifies the HMAC of the
 * raw body; generated docs read type 3 as "API key", the secret itself. Either is accepted. A webhook made in
 * Halo's UI may set a signature prefix, which Halo sends before the signature with a space ("sha256= …"):
 * when one is configured the header must start with it.
 */
export function signedTokenMatches(header: unknown, secret: string, rawBody: Buffer | undefined, prefix = ''): boolean {
	if (!secret || typeof header !== 'string') return false;
	let given = header.trim();
	const wantedPrefix = prefix.trim();
	if (wantedPrefix) {
		if (!given.startsWith(wantedPrefix)) return false;
		given = given.slice(wantedPrefix.length).trim();
	}
	if (!given) return false;
	const bySignature = rawBody !== undefined && safeEqual(given, signatureOf(secret, rawBody));
	const bySecret = safeEqual(given, secret);
	return bySignature || bySecret;
}

/** A header's value, whatever the case of its name (Node lower-cases incoming header names). */
export function headerValue(headers: Record<string, unknown>, name: string): unknown {
	const wanted = name.toLowerCase();
	const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === wanted);
	const value = key === undefined ? undefined : headers[key];
	return Array.isArray(value) ? value[0] : value;
}
