// HTTP server: routing (/auth/token, /sso/token, /api, /halo/api, /_sim), latency, faults, rate
// limit, auth, spec check, request log. Resources do the actual work (collection.mjs + resources/).
import http from 'node:http';
import { HttpError, MESSAGES, unknownRoute, specViolationError, validationError, messageError, oauthError, iisErrorPage, rateLimitText } from './errors.mjs';
import { dispatch } from './collection.mjs';
import { BY_NAME } from './resources/index.mjs';
import { handleControl } from './control.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TOKEN_PATHS = ['/auth/token', '/sso/token'];
const API_PREFIX = /^\/(?:halo\/)?api(?=\/|$)/i;

function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, { Message: `The request body exceeds the ${limit} byte limit.` }));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Serialize a handler result ({status, body | raw, headers, contentType}) into bytes. */
export function serialize(r) {
  const headers = { ...(r.headers || {}) };
  let payload;
  if (r.raw) payload = r.raw;
  else if (r.body === null || r.body === undefined) payload = Buffer.alloc(0);
  else if (typeof r.body === 'string') {
    payload = Buffer.from(r.body);
    headers['Content-Type'] ??= r.contentType || 'text/plain; charset=utf-8';
  } else {
    payload = Buffer.from(JSON.stringify(r.body));
    headers['Content-Type'] ??= r.contentType || 'application/json; charset=utf-8';
  }
  if (r.contentType && !r.raw) headers['Content-Type'] = r.contentType;
  return { status: r.status, headers, payload };
}

const errorResult = (e) =>
  e instanceof HttpError
    ? { status: e.status, body: e.body, headers: e.headers, contentType: e.contentType }
    : { status: 500, body: { ClassName: 'HaloException', Message: MESSAGES.genericError, simulatorError: String(e?.stack || e) } };

function faultResult(sim, f) {
  if (f.kind === 'html') return { status: f.status || 500, body: iisErrorPage(), contentType: 'text/html; charset=utf-8', headers: f.headers };
  const status = f.status || 500;
  let body = f.body;
  if (body === undefined) body = status === 429 ? rateLimitText(sim.config.rateLimit?.limit ?? 300, sim.config.rateLimit?.windowMs ?? 300000) : { Message: MESSAGES.genericError };
  return { status, body, headers: f.headers, contentType: f.contentType };
}

function logBody(v) {
  if (v === undefined) return null;
  return JSON.parse(JSON.stringify(v, (k, x) => (typeof x === 'string' && x.length > 2048 ? `<${x.length} chars>` : x)));
}

async function routeApi(sim, c) {
  const { method, apiPath, queryEntries, q } = c;
  if (method === 'GET' && /^\/authinfo\/?$/i.test(apiPath)) {
    const check = sim.spec.check({ method, apiPath, query: queryEntries });
    sim.recordSpec(c.entry, check);
    return { status: 200, body: { auth_url: `${sim.url}${c.halo ? '/sso' : '/auth'}`, tenant_id: sim.tenant } };
  }
  const token = sim.auth.verify(c.req.headers);
  const check = sim.spec.check({ method, apiPath, query: queryEntries, body: c.body, bodyError: c.bodyError });
  sim.recordSpec(c.entry, check);
  if (check.routeError) throw messageError(check.routeError.status, check.routeError.status === 404 ? unknownRoute(c.fullUrl).body.Message : check.routeError.message);
  if ((method === 'POST' || method === 'DELETE') && !sim.auth.canWrite(token)) throw messageError(403, MESSAGES.forbidden);
  if (c.mediaError) throw messageError(415, c.mediaError);
  if (check.modelState) throw validationError(check.modelState);
  if (check.violations.length) throw specViolationError(check.violations.join('; '));
  const segs = apiPath.split('/').filter(Boolean).map(decodeURIComponent);
  const def = BY_NAME.get((segs[0] || '').toLowerCase());
  if (!def || segs.length > 2) throw unknownRoute(c.fullUrl);
  const sub = segs[1] ?? null;
  const wctx = { sim, agentId: sim.apiAgentId, events: [], now: new Date() };
  const result = dispatch(def, sim, { method, sub, params: { id: sub }, query: q, body: c.body }, wctx);
  if (!result) throw unknownRoute(c.fullUrl);
  if (wctx.events.length) sim.webhookSender.emit(wctx.events, wctx.agentId);
  return result;
}

async function handleHalo(sim, c) {
  const { method, path, entry } = c;
  const fault = sim.faults.take(method, path);
  if (fault) entry.fault = `${fault.kind}#${fault.id}`;
  if (fault?.kind === 'reset') {
    entry.status = 0;
    c.req.socket.destroy();
    return null;
  }
  if (fault?.kind === 'latency') await sleep(fault.delayMs);
  // every issued token expires just before this request is handled (a token running out mid-run)
  if (fault?.kind === 'expireTokens') sim.auth.expireAll();
  if (fault?.kind === 'html' || (fault?.kind === 'status' && !fault.applyAfterHandling)) return serialize(faultResult(sim, fault));
  if (c.kind === 'api' || sim.config.countTokenRequests) {
    const rl = sim.rateLimiter.check(sim.config.rateLimit);
    if (!rl.ok) {
      const headers = sim.config.rateLimit.retryAfter ? { 'Retry-After': String(rl.retryAfterSec) } : {};
      return serialize({ status: 429, body: rateLimitText(sim.config.rateLimit.limit, sim.config.rateLimit.windowMs), headers });
    }
  }
  if (sim.config.latencyMs > 0) await sleep(sim.config.latencyMs);
  let result;
  try {
    if (c.kind === 'token') {
      if (method !== 'POST') throw oauthError(400, 'invalid_request', 'The token endpoint only accepts POST');
      result = sim.auth.token({ form: c.form, query: c.url.searchParams, headers: c.req.headers, contentType: c.req.headers['content-type'] });
    } else {
      result = await routeApi(sim, c);
    }
  } catch (e) {
    result = errorResult(e);
  }
  let out = serialize(result);
  if (fault?.kind === 'status' && fault.applyAfterHandling) out = serialize(faultResult(sim, fault));
  if (fault?.kind === 'truncated') out.payload = out.payload.subarray(0, Math.floor(out.payload.length / 2));
  if (fault?.kind === 'lieRecordCount' && /json/.test(out.headers['Content-Type'] || '')) {
    const obj = JSON.parse(out.payload.toString('utf8'));
    if (obj && typeof obj.record_count === 'number') {
      obj.record_count += fault.extra;
      out.payload = Buffer.from(JSON.stringify(obj));
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
  } catch (e) {
    const out = serialize(errorResult(e));
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
    const r = await handleControl(sim, method, path.slice(5), url.searchParams, body).catch(errorResult);
    const out = serialize(r);
    res.writeHead(out.status, out.headers);
    return res.end(out.payload);
  }
  const kind = TOKEN_PATHS.includes(path.toLowerCase()) ? 'token' : API_PREFIX.test(path) ? 'api' : 'other';
  const contentType = req.headers['content-type'] || '';
  const c = { req, url, path, method, kind, fullUrl: `${sim.url}${req.url}` };
  c.queryEntries = [...url.searchParams.entries()];
  c.q = {};
  for (const [k, v] of c.queryEntries) c.q[k.toLowerCase()] = v;
  let loggedBody = null;
  if (kind === 'token') {
    c.form = new URLSearchParams(raw.toString('utf8'));
    loggedBody = Object.fromEntries(c.form.entries());
    if (loggedBody.client_secret) loggedBody.client_secret = '***';
  } else if (raw.length) {
    if (/json/i.test(contentType)) {
      try {
        c.body = JSON.parse(raw.toString('utf8'));
      } catch (e) {
        c.bodyError = e.message;
      }
    } else {
      c.mediaError = `The request entity's media type '${contentType.split(';')[0] || '(none)'}' is not supported for this resource.`;
    }
    loggedBody = c.bodyError || c.mediaError ? raw.toString('utf8').slice(0, 2048) : logBody(c.body);
  }
  if (kind === 'api') {
    c.halo = /^\/halo\//i.test(path);
    c.apiPath = path.replace(API_PREFIX, '') || '/';
  }
  const entry = sim.log.start({ method, path, query: Object.fromEntries(c.queryEntries), body: loggedBody, tokenRequest: kind === 'token' });
  c.entry = entry;
  let out;
  if (kind === 'other') {
    out = serialize(path === '/' ? { status: 200, body: `HaloPSA simulator (tenant ${sim.tenant}). API: ${sim.url}/api, token: ${sim.url}/auth/token` } : { status: 404, body: 'Not Found' });
  } else {
    out = await handleHalo(sim, c);
  }
  if (!out) return sim.log.finish(entry, 0);
  sim.log.finish(entry, out.status);
  res.writeHead(out.status, { ...out.headers, 'Content-Length': out.payload.length });
  res.end(out.payload);
}

export function createHttpServer(sim) {
  return http.createServer((req, res) => {
    handle(sim, req, res).catch((e) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(e?.stack || e));
      }
    });
  });
}
