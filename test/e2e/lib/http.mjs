// JSON over HTTP to a running n8n: one request, its body parsed when it is JSON.

/** The body text parsed as JSON, or the text itself when it is not JSON (undefined when empty and `emptyAsUndefined`). */
export function parseBody(text, { emptyAsUndefined = false } = {}) {
	if (emptyAsUndefined && !text) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** One JSON request. Returns `{status, body, data, headers}`; `data` is n8n's `body.data` unwrapped when present. */
export async function jsonRequest(url, method, body, headers = {}) {
	const res = await fetch(url, {
		method,
		headers: {
			accept: 'application/json',
			...(body !== undefined ? { 'content-type': 'application/json' } : {}),
			...headers,
		},
		body: body !== undefined ? JSON.stringify(body) : undefined,
		signal: AbortSignal.timeout(60_000),
	});
	const parsed = parseBody(await res.text(), { emptyAsUndefined: true });
	return {
		status: res.status,
		body: parsed,
		data: parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed,
		headers: res.headers,
	};
}

/** Throws `<what> → <status>: <body>` unless the answer is a 200. */
export function expectOk(res, what) {
	if (res.status !== 200) throw new Error(`${what} → ${res.status}: ${JSON.stringify(res.body)}`);
	return res;
}
