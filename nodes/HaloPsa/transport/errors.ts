import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { recordAt } from '../descriptions/records';
import { haloErrorText } from './halo-error-text';

export interface FailureContext {
	method: string;
	path: string;
	/** the request body: a 404 to a one-record write names that record */
	body?: unknown;
	itemIndex?: number;
	/** a POST that only reads (report queries): a failure never leaves a change behind */
	readOnly?: boolean;
	/** what the transport already tried, e.g. "waited 2 s after a 429 (1 retry)" */
	attempts?: string[];
	/** milliseconds waited after each 429, for the message when Halo kept refusing */
	rateLimitWaits?: number[];
}

const STATUS_HINTS: Record<number, string> = {
	401: 'Halo rejected the access token. Check the credential (client ID/secret, scope) and that the login agent is active.',
	403: "The API application or its login agent lacks permission for this. In Halo, check the application's permissions and the agent's role.",
	404: 'Halo has no record with that ID (or the login agent cannot see it).',
	429: "Halo's rate limit was reached. The node waits and retries; lower the request budget on the credential or spread the work out.",
};

/**
 * What to try next, said in the message itself: an AI agent that runs the node as a tool reads only the
 * message (n8n drops the description), and a person reads it first.
 */
const NEXT_STEP: Record<number, string> = {
	400: 'Correct the value Halo names and try again',
	401: 'The credential or its API agent needs fixing in Halo; trying again will not help',
	403: 'The API application or its agent lacks permission for this in Halo; trying again will not help',
	404: 'Check the ID, or look the record up with a search; the API agent may also lack access to it',
	429: 'Try again in a few minutes',
};

function nextStep(status: number, context: FailureContext): string | undefined {
	if (status < 500) return NEXT_STEP[status];
	return context.method === 'GET' || context.readOnly
		? 'Try again in a few minutes'
		: 'Halo may have applied the change: check it in Halo before trying again';
}

/** The message with what to try next as its last sentence. */
function withNextStep(message: string, step: string | undefined): string {
	return step ? `${message.replace(/[.\s]+$/, '')}. ${step}.` : message;
}

const WRITE_MAY_HAVE_APPLIED =
	'Halo may have applied this change before the error, so it was not sent again. Check Halo before running it again.';

/**
 * A NodeApiError built only from what is safe to show: Halo's own message, the status and the request
 * line. The raw HTTP error is not attached because it carries the Authorization header.
 */
export function haloApiError(node: INode, status: number, body: unknown, context: FailureContext): NodeApiError {
	const said = haloErrorText(body);
	const halo = said || `HTTP ${status}`;
	// Halo's 404 for an unknown id has an empty body (EVIDENCE 11.4): the request says which record was meant.
	const missing = status === 404 && !said ? recordAt(context.path, context.body) : undefined;
	let message = missing ? `${missing.label} ${missing.id} was not found in Halo` : `Halo: ${halo}`;
	const waits = context.rateLimitWaits ?? [];
	if (status === 429) {
		message += waits.length
			? ` (rate limit still reached after ${waits.length} retries; waited ${waits.map((ms) => `${Math.round(ms / 100) / 10} s`).join(', ')})`
			: ' (rate limit reached)';
	}
	message = withNextStep(message, nextStep(status, context));
	const details = [`${context.method} ${context.path} → HTTP ${status}`];
	if (STATUS_HINTS[status]) details.push(STATUS_HINTS[status]);
	if (status >= 500 && context.method !== 'GET' && !context.readOnly) details.push(WRITE_MAY_HAVE_APPLIED);
	if (context.attempts?.length) details.push(`Retries: ${context.attempts.join('; ')}`);
	return keepMessage(
		new NodeApiError(node, { message: halo, httpCode: String(status) } as JsonObject, {
			message,
			description: details.join('\n'),
			httpCode: String(status),
			itemIndex: context.itemIndex,
		}),
		message,
	);
}

/** A failure with no HTTP answer (timeout, reset, refused, bad credential settings). */
export function haloTransportError(node: INode, message: string, context: FailureContext): NodeApiError {
	const details = [`${context.method} ${context.path}`];
	if (context.attempts?.length) details.push(`Retries: ${context.attempts.join('; ')}`);
	return keepMessage(
		new NodeApiError(node, { message } as JsonObject, {
			message,
			description: details.join('\n'),
			itemIndex: context.itemIndex,
		}),
		message,
	);
}

/**
 * NodeApiError swaps any message that mentions a network code (ECONNRESET, ENOTFOUND, ...) for a generic
 * sentence ("You can retry the request immediately ..."), which would drop what matters here: which server,
 * and whether a write may already have been applied.
 */
function keepMessage(error: NodeApiError, message: string): NodeApiError {
	error.message = message;
	return error;
}

const REDACTED = '[redacted]';

/**
 * Every form a secret takes on the way to Halo, as a server may echo it back: as typed, URL-encoded (as a
 * URL part and as a form field, where a space is `+`; hex digits in either case), JSON-escaped, base64,
 * and inside an HTTP Basic header with the client ID. Longest first, so no part of a longer form survives.
 */
export function secretForms(secrets: unknown[], clientId?: unknown): string[] {
	const forms = new Set<string>();
	const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
	const formField = (text: string) => new URLSearchParams({ v: text }).toString().slice(2);
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < 6) continue;
		const encoded = [encodeURIComponent(secret), formField(secret)];
		for (const form of encoded) forms.add(form).add(form.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
		forms.add(secret).add(JSON.stringify(secret).slice(1, -1)).add(base64(secret));
		forms.add(base64(secret).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
		if (typeof clientId === 'string' && clientId) {
			forms.add(base64(`${clientId}:${secret}`));
			forms.add(base64(`${formField(clientId)}:${formField(secret)}`));
		}
	}
	return [...forms].sort((a, b) => b.length - a.length);
}

/** The text with every form of the secrets (see secretForms) replaced. */
export function redact(text: string, forms: string[]): string {
	return forms.reduce((clean, form) => clean.split(form).join(REDACTED), text);
}

/** Replaces every form of the given secrets (client secret, tokens) in an error's texts. */
export function withoutSecrets<E>(error: E, secrets: unknown[], clientId?: unknown): E {
	const words = secretForms(secrets, clientId);
	if (!words.length || !error || typeof error !== 'object') return error;
	const clean = (value: unknown, depth: number): unknown => {
		if (typeof value === 'string') return redact(value, words);
		if (depth > 4 || !value || typeof value !== 'object') return value;
		if (Array.isArray(value)) return value.map((entry) => clean(entry, depth + 1));
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value)) copy[key] = clean(entry, depth + 1);
		return copy;
	};
	const target = error as Record<string, unknown>;
	for (const key of ['message', 'description', 'messages', 'errorResponse', 'stack'] as const) {
		if (target[key] !== undefined && target[key] !== null) target[key] = clean(target[key], 0);
	}
	return error;
}
