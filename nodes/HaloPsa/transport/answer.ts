import type { IDataObject, IN8nHttpFullResponse, INode } from 'n8n-workflow';

import { haloTransportError, type FailureContext } from './errors';
import { looksLikeHtml } from './halo-error-text';

// Reading what Halo answered, for request.ts: an answer n8n returned or threw, its body and its Retry-After.

export interface ThrownFailure {
	status?: number;
	code?: string;
	message: string;
	body?: unknown;
	headers: IDataObject;
	/** the reply's headers arrived but the connection dropped before the whole body did */
	cutOff: boolean;
}

/** The HTTP client's words for a body that stopped before its end (Content-Length or chunking not met). */
const CUT_OFF_MESSAGE = /^(stream has been )?aborted$/i;

/**
 * What a thrown request error really was. n8n wraps the HTTP client's error in a NodeApiError: n8n 2.x
 * keeps the client's error as `cause` (status, headers, body, network code); n8n 1.x drops it and keeps
 * only `httpCode` (the status, or the network code such as ECONNRESET) and, for a JSON object body,
 * `context.data`.
 */
export function inspectThrown(error: unknown): ThrownFailure {
	const outer = error as {
		httpCode?: string | null;
		cause?: unknown;
		message?: string;
		code?: string;
		context?: { data?: unknown };
	};
	const inner = (outer.cause ?? outer) as {
		code?: string;
		message?: string;
		response?: { status?: number; data?: unknown; headers?: unknown };
	};
	const httpCode = outer.httpCode ?? '';
	const status = inner.response?.status ?? (/^\d{3}$/.test(httpCode) ? Number(httpCode) : undefined);
	const message = String(inner.message ?? outer.message ?? error);
	return {
		status,
		code: inner.code ?? outer.code ?? (/^E[A-Z_]+$/.test(httpCode) ? httpCode : undefined),
		message,
		body: inner.response ? inner.response.data : outer.context?.data,
		headers: (inner.response?.headers ?? {}) as IDataObject,
		// n8n throws a 2xx only when its body could not be read; both lines say "stream has been aborted"
		// (n8n 1.x keeps only that message and httpCode "200").
		cutOff: CUT_OFF_MESSAGE.test(message) || (status !== undefined && status >= 200 && status < 300),
	};
}

/**
 * A streamed reply (read piece by piece by the operation) whose connection drops part-way fails with
 * `cutOff()` instead of the HTTP client's bare "aborted", so the operation's error says what happened.
 */
export function guardStream(body: unknown, cutOff: () => Error): unknown {
	if (!body || typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') return body;
	const source = body as AsyncIterable<unknown>;
	async function* guarded() {
		try {
			for await (const chunk of source) yield chunk;
		} catch {
			throw cutOff();
		}
	}
	// A Node Readable stays a Readable (operations pipe it, map it, destroy it): its own class builds one from
	// the guarded reading, since node:stream cannot be imported in a community node.
	const from = (body.constructor as { from?: (iterable: AsyncIterable<unknown>, options: object) => unknown }).from;
	if (typeof from === 'function') return from.call(body.constructor, guarded(), { objectMode: false });
	return { [Symbol.asyncIterator]: guarded };
}

/** A request that got no answer in time (the HTTP client's codes; some versions only say so in the message). */
export function isTimeout(failure: { code?: string; message?: string }): boolean {
	return failure.code === 'ECONNABORTED' || failure.code === 'ETIMEDOUT' || /timeout/i.test(String(failure.message));
}

export interface HttpAnswer extends IN8nHttpFullResponse {
	/** n8n threw this answer instead of returning it (after its own 401 → new token → retry, if a 401) */
	thrown?: boolean;
}

export function retryAfterMs(headers: IDataObject): number | undefined {
	const value = headers['retry-after'] ?? headers['Retry-After'];
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(value));
	return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

export function parseBody(raw: unknown, context: FailureContext, node: INode): unknown {
	if (typeof raw !== 'string') return raw;
	const text = raw.trim();
	if (text === '') return undefined;
	// A web page with a 2xx status: a login/proxy page, or a Resource Server URL pointing at Halo's web app.
	if (looksLikeHtml(text)) {
		throw haloTransportError(
			node,
			"Halo answered with an HTML page instead of JSON. Check the Resource Server URL on the credential (Halo's API Details screen); a proxy or login page in front of Halo also causes this.",
			context,
		);
	}
	if (text.startsWith('{') || text.startsWith('[')) {
		try {
			return JSON.parse(text);
		} catch {
			throw haloTransportError(
				node,
				`Halo sent a malformed JSON response (${text.length} characters, possibly cut off)`,
				context,
			);
		}
	}
	return raw;
}

export async function readAll(body: unknown): Promise<unknown> {
	if (!body || typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') return body;
	const chunks: Buffer[] = [];
	for await (const chunk of body as AsyncIterable<Buffer | string>)
		chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
	return Buffer.concat(chunks);
}

export function bodyForError(body: unknown): unknown {
	return Buffer.isBuffer(body) ? body.toString('utf8') : body;
}
