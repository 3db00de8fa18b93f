// HTTP server: routing (/auth/token, /sso/token, /api, /halo/api, /_sim), latency, faults, rate
// limit, auth, spec check, request log. Resources do the actual work (collection.mjs + resources/).
import http from 'node:http';
import {
	HttpError,
	MESSAGES,
	unknownRoute,
	badIdError,
	specViolationError,
	validationError,
	messageError,
	oauthError,
	iisErrorPage,
	rateLimitText,
} from './errors.mjs';
import { dispatch } from './collection.mjs';
import { BY_NAME } from './resources/index.mjs';
import { handleControl } from './control.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const TOKEN_PATHS = ['/auth/token', '/sso/token'];
const API_PREFIX = /^\/(?:halo\/)?api(?=\/|$)/i;

function readBody(req, limit) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > limit) {
				reject(new HttpError(413, { Message: `The request body exceeds the ${limit} byte limit.` }));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** Serialize a handler result ({status, body | raw, headers, contentType}) into bytes. */
export function serialize(result) {
	const headers = { ...(result.headers || {}) };
	let payload;
	if (result.raw) payload = result.raw;
	else if (result.body === null || result.body === undefined) payload = Buffer.alloc(0);
	else if (typeof result.body === 'string') {
		payload = Buffer.from(result.body);
		headers['Content-Type'] ??= result.contentType || 'text/plain; charset=utf-8';
	} else {
		payload = Buffer.from(JSON.stringify(result.body));
		headers['Content-Type'] ??= result.contentType || 'application/json; charset=utf-8';
	}
	if (result.contentType && !result.raw) headers['Content-Type'] = result.contentType;
	return { status: result.status, headers, payload };
}

const errorResult = (error) =>
	error instanceof HttpError
		? { status: error.status, body: error.body, headers: error.headers, contentType: error.contentType }
		: {
				status: 500,
				body: {
					ClassName: 'HaloException',
					Message: MESSAGES.genericError,
					simulatorError: String(error?.stack || error),
				},
			};

function faultResult(sim, fault) {
	if (fault.kind === 'html')
		return {
			status: fault.status || 500,
			body: iisErrorPage(),
			contentType: 'text/html; charset=utf-8',
			headers: fault.headers,
		};
	const status = fault.status || 500;
	let body = fault.body;
	if (body === undefined)
		body =
			status === 429
				? rateLimitText(sim.config.rateLimit?.limit ?? 300, sim.config.rateLimit?.windowMs ?? 300000)
				: { Message: MESSAGES.genericError };
	return { status, body, headers: fault.headers, contentType: fault.contentType };
}

/** A request body as the request log keeps it: long strings replaced by their length. */
function logBody(body) {
	if (body === undefined) return null;
	return JSON.parse(
		JSON.stringify(body, (_key, value) =>
			typeof value === 'string' && value.length > 2048 ? `<${value.length} chars>` : value,
		),
	);
}

/**
 * `call`: one HTTP request being handled — req, url, path, method, kind ('token' | 'api' | 'other'), fullUrl,
 * queryEntries, query (names lower-cased), body | bodyError | mediaError | form, halo, apiPath, entry (its log entry).
 */
async function routeApi(sim, call) {
	const { method, apiPath, queryEntries, query } = call;
	if (method === 'GET' && /^\/authinfo\/?$/i.test(apiPath)) {
		const check = sim.spec.check({ method, apiPath, query: queryEntries });
		sim.recordSpec(call.entry, check);
		return { status: 200, body: { auth_url: `${sim.url}${call.halo ? '/sso' : '/auth'}`, tenant_id: sim.tenant } };
	}
	const token = sim.auth.verify(call.req.headers);
	const check = sim.spec.check({ method, apiPath, query: queryEntries, body: call.body, bodyError: call.bodyError });
	sim.recordSpec(call.entry, check);
	if (check.routeError)
		throw check.routeError.status === 404
			? unknownRoute()
			: messageError(check.routeError.status, check.routeError.message);
	if ((method === 'POST' || method === 'DELETE') && !sim.auth.canWrite(token))
		throw messageError(403, MESSAGES.forbidden);
	if (call.mediaError) throw messageError(415, call.mediaError);
	if (check.badPathId) throw badIdError(check.badPathId.name, check.badPathId.value);
	if (check.modelState) throw validationError(check.modelState);
	if (check.refusals.length) throw specViolationError(check.refusals.join('; '));
	// evidence: general.unknown-query-ignored — Halo answers as if an undeclared parameter were not there
	for (const name of check.ignoredQuery) delete call.query[name.toLowerCase()];
	const segments = apiPath.split('/').filter(Boolean).map(decodeURIComponent);
	const resource = BY_NAME.get((segments[0] || '').toLowerCase());
	if (!resource || segments.length > 2) throw unknownRoute();
	const idSegment = segments[1] ?? null;
	const writeCtx = { sim, agentId: sim.apiAgentId, events: [], now: new Date() };
	const result = dispatch(
		resource,
		sim,
		{ method, sub: idSegment, params: { id: idSegment }, query, body: call.body },
		writeCtx,
	);
	if (!result) throw unknownRoute();
	if (writeCtx.events.length) sim.webhookSender.emit(writeCtx.events, writeCtx.agentId);
	return result;
}

async function handleHalo(sim, call) {
	const { method, path, entry } = call;
	const fault = sim.faults.take(method, path);
	if (fault) entry.fault = `${fault.kind}#${fault.id}`;
	if (fault?.kind === 'reset') {
		entry.status = 0;
		call.req.socket.destroy();
		return null;
	}
	if (fault?.kind === 'latency') await sleep(fault.delayMs);
	// every issued token expires just before this request is handled (a token running out mid-run)
	if (fault?.kind === 'expireTokens') sim.auth.expireAll();
	if (fault?.kind === 'html' || (fault?.kind === 'status' && !fault.applyAfterHandling))
		return serialize(faultResult(sim, fault));
	if (call.kind === 'api' || sim.config.countTokenRequests) {
		const rateCheck = sim.rateLimiter.check(sim.config.rateLimit);
		if (!rateCheck.ok) {
			const headers = sim.config.rateLimit.retryAfter ? { 'Retry-After': String(rateCheck.retryAfterSec) } : {};
			return serialize({
				status: 429,
				body: rateLimitText(sim.config.rateLimit.limit, sim.config.rateLimit.windowMs),
				headers,
			});
		}
	}
	if (sim.config.latencyMs > 0) await sleep(sim.config.latencyMs);
	let result;
	try {
		if (call.kind === 'token') {
			if (method !== 'POST') throw oauthError(400, 'invalid_request', 'The token endpoint only accepts POST');
			result = sim.auth.token({
				form: call.form,
				query: call.url.searchParams,
				headers: call.req.headers,
				contentType: call.req.headers['content-type'],
			});
		} else {
			result = await routeApi(sim, call);
		}
	} catch (error) {
		result = errorResult(error);
	}
	let out = serialize(result);
	if (fault?.kind === 'status' && fault.applyAfterHandling) out = serialize(faultResult(sim, fault));
	if (fault?.kind === 'truncated') out.payload = out.payload.subarray(0, Math.floor(out.payload.length / 2));
	// the full Content-Length is announced, then the connection drops halfway through the body
	if (fault?.kind === 'cutOff') out.cutAt = Math.floor(out.payload.length / 2);
	if (fault?.kind === 'lieRecordCount' && /json/.test(out.headers['Content-Type'] || '')) {
		const reply = JSON.parse(out.payload.toString('utf8'));
		if (reply && typeof reply.record_count === 'number') {
			reply.record_count += fault.extra;
			out.payload = Buffer.from(JSON.stringify(reply));
		}
	}
	return out;
}

async function handle(sim, req, res) {
	const url = new URL(req.url, 'http://127.0.0.1');
	const path = url.pathname.replace(/\/+$/, '') || '/';
	const method = req.method.toUpperCase();
	let raw;
	try {
		raw = await readBody(req, sim.config.maxBodyBytes);
	} catch (error) {
		const out = serialize(errorResult(error));
		res.writeHead(out.status, { ...out.headers, Connection: 'close' });
		return res.end(out.payload);
	}
	if (path === '/_sim' || path.startsWith('/_sim/')) {
		let body = null;
		try {
			body = raw.length ? JSON.parse(raw.toString('utf8')) : null;
		} catch {
			body = null;
		}
		const result = await handleControl(sim, method, path.slice(5), url.searchParams, body).catch(errorResult);
		const out = serialize(result);
		res.writeHead(out.status, out.headers);
		return res.end(out.payload);
	}
	const kind = TOKEN_PATHS.includes(path.toLowerCase()) ? 'token' : API_PREFIX.test(path) ? 'api' : 'other';
	const contentType = req.headers['content-type'] || '';
	const call = { req, url, path, method, kind, fullUrl: `${sim.url}${req.url}` };
	call.queryEntries = [...url.searchParams.entries()];
	call.query = {};
	for (const [name, value] of call.queryEntries) call.query[name.toLowerCase()] = value;
	let loggedBody = null;
	if (kind === 'token') {
		call.form = new URLSearchParams(raw.toString('utf8'));
		loggedBody = Object.fromEntries(call.form.entries());
		if (loggedBody.client_secret) loggedBody.client_secret = '***';
	} else if (raw.length) {
		if (/json/i.test(contentType)) {
			try {
				call.body = JSON.parse(raw.toString('utf8'));
			} catch (error) {
				call.bodyError = error.message;
			}
		} else {
			call.mediaError = `The request entity's media type '${contentType.split(';')[0] || '(none)'}' is not supported for this resource.`;
		}
		loggedBody = call.bodyError || call.mediaError ? raw.toString('utf8').slice(0, 2048) : logBody(call.body);
	}
	if (kind === 'api') {
		call.halo = /^\/halo\//i.test(path);
		call.apiPath = path.replace(API_PREFIX, '') || '/';
	}
	const entry = sim.log.start({
		method,
		path,
		query: Object.fromEntries(call.queryEntries),
		body: loggedBody,
		tokenRequest: kind === 'token',
	});
	call.entry = entry;
	let out;
	if (kind === 'other') {
		out = serialize(
			path === '/'
				? {
						status: 200,
						body: `HaloPSA simulator (tenant ${sim.tenant}). API: ${sim.url}/api, token: ${sim.url}/auth/token`,
					}
				: { status: 404, body: 'Not Found' },
		);
	} else {
		out = await handleHalo(sim, call);
	}
	if (!out) return sim.log.finish(entry, 0);
	sim.log.finish(entry, out.status);
	res.writeHead(out.status, { ...out.headers, 'Content-Length': out.payload.length });
	if (out.cutAt === undefined) return res.end(out.payload);
	res.write(out.payload.subarray(0, out.cutAt), () => res.destroy());
}

export function createHttpServer(sim) {
	return http.createServer((req, res) => {
		handle(sim, req, res).catch((error) => {
			if (!res.headersSent) {
				res.writeHead(500, { 'Content-Type': 'text/plain' });
				res.end(String(error?.stack || error));
			}
		});
	});
}
