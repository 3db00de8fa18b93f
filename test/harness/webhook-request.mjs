// A fake HTTP request and response for running a trigger's webhook() in the harness, shaped like the
// Express objects n8n hands it.

export function fakeRequest({ method = 'POST', headers = {}, body = {}, query = {}, params = {}, rawBody } = {}) {
	const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	let parsed = body;
	if (typeof body === 'string') {
		try {
			parsed = JSON.parse(body);
		} catch {
			parsed = body;
		}
	}
	lower['content-type'] ??= 'application/json';
	return {
		method,
		headers: lower,
		body: parsed,
		query,
		params,
		rawBody: rawBody ?? Buffer.from(text ?? ''),
		get: (name) => lower[name.toLowerCase()],
		header: (name) => lower[name.toLowerCase()],
	};
}

export function fakeResponse() {
	const res = {
		statusCode: 200,
		headers: {},
		body: undefined,
		sent: false,
		headersSent: false,
		status(code) {
			res.statusCode = code;
			return res;
		},
		setHeader(k, v) {
			res.headers[k.toLowerCase()] = v;
			return res;
		},
		set(k, v) {
			return typeof k === 'object'
				? (Object.entries(k).forEach(([a, b]) => res.setHeader(a, b)), res)
				: res.setHeader(k, v);
		},
		header(k, v) {
			return res.setHeader(k, v);
		},
		getHeader(k) {
			return res.headers[k.toLowerCase()];
		},
		send(body) {
			res.body = body;
			res.sent = res.headersSent = true;
			return res;
		},
		json(body) {
			res.setHeader('content-type', 'application/json');
			return res.send(body);
		},
		end(body) {
			return res.send(body ?? res.body);
		},
		writeHead(code, headers = {}) {
			res.statusCode = code;
			res.set(headers);
			return res;
		},
		sendStatus(code) {
			res.statusCode = code;
			return res.send(String(code));
		},
	};
	return res;
}
