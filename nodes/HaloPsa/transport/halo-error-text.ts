import type { IDataObject } from 'n8n-workflow';

/**
 * Pulls Halo's own words out of an error body. Halo answers errors in several shapes (API-NOTES §7):
 * `{"[0].summary": "..."}` validation maps, `{Message}`, `{ClassName, Message}`, OAuth `{error, error_description}`,
 * `{resultCode, errorMessage}`, plain text (429) and HTML pages. Anything else falls back to the raw text.
 */
export function haloErrorText(body: unknown): string {
	if (body === undefined || body === null || body === '') return '';
	if (Buffer.isBuffer(body)) return haloErrorText(body.toString('utf8'));
	if (typeof body === 'string') {
		const text = body.trim();
		if (text.startsWith('{') || text.startsWith('[')) {
			try {
				return haloErrorText(JSON.parse(text));
			} catch {
				return text.slice(0, 500);
			}
		}
		if (looksLikeHtml(text)) return htmlTitle(text);
		return text.slice(0, 500);
	}
	if (Array.isArray(body)) return body.map(haloErrorText).filter(Boolean).join('; ');
	if (typeof body !== 'object') return String(body);
	const obj = body as IDataObject;
	const oauth = [obj.error, obj.error_description].filter((v) => typeof v === 'string' && v !== '');
	if (oauth.length) return oauth.join(': ');
	for (const key of ['Message', 'message', 'errorMessage', 'ErrorMessage', 'title', 'detail']) {
		if (typeof obj[key] === 'string' && obj[key] !== '') return obj[key] as string;
	}
	// Validation map (ASP.NET ModelState): a message, or an array of them, keyed by the field path ("[0].summary").
	const fieldMessages: string[] = [];
	for (const [key, value] of Object.entries(obj)) {
		const messages: unknown[] = Array.isArray(value) ? value : [value];
		if (!messages.length || !messages.every((message) => typeof message === 'string')) continue;
		fieldMessages.push(`${key.replace(/^\[\d+\]\./, '')}: ${messages.join(' ')}`);
	}
	if (fieldMessages.length) return fieldMessages.join('; ');
	return JSON.stringify(obj).slice(0, 500);
}

export function looksLikeHtml(text: string): boolean {
	return /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text);
}

function htmlTitle(html: string): string {
	const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
	return title ? `HTML error page: "${title}"` : 'an HTML error page';
}
