// `n8n start` for the real-n8n tier: a server on free ports with its owner set up, ready when it takes
// requests, and a handle for its internal REST API and public API. Servers never outlive the test process.
import { createRequire } from 'node:module';
import path from 'node:path';

import { randomId } from './builders.mjs';
import { jsonRequest } from './http.mjs';
import { installConfig } from './install.mjs';
import { lineTraits } from './lines.mjs';
import { debug, describeFailure, freePort, n8nEnv, sleep, spawnN8n } from './process.mjs';
import { packageLoadErrors } from './run-output.mjs';

const OWNER_EMAIL = 'owner@e2e.test';
const OWNER_PASSWORD = 'E2e-owner-password-1';

function bcryptHash(password) {
	const { modules } = installConfig();
	const requireFromN8n = createRequire(path.join(modules, 'n8n', 'package.json'));
	const bcrypt = requireFromN8n('bcryptjs');
	return bcrypt.hashSync(password, 10);
}

/** The variables that make n8n 2.x create the owner at start (1.x: see setupOwner). */
function ownerEnv(email, password) {
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: email,
		N8N_INSTANCE_OWNER_FIRST_NAME: 'E2E',
		N8N_INSTANCE_OWNER_LAST_NAME: 'Owner',
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcryptHash(password),
	};
}

/** n8n 1.x: the owner account through the setup screen's endpoint (once per user folder). */
async function setupOwner(baseUrl, email, password) {
	const res = await jsonRequest(`${baseUrl}/rest/owner/setup`, 'POST', {
		email,
		firstName: 'E2E',
		lastName: 'Owner',
		password,
	});
	const alreadyDone = res.status === 400 && /already/i.test(JSON.stringify(res.body));
	if (res.status !== 200 && !alreadyDone)
		throw new Error(`POST /rest/owner/setup → ${res.status}: ${JSON.stringify(res.body)}`);
}

/** Whether the server answers its ready path with JSON (see lineTraits). */
async function answersReady(baseUrl, readyPath) {
	try {
		const res = await fetch(`${baseUrl}${readyPath}`, { signal: AbortSignal.timeout(2000) });
		// n8n 1.x answers "n8n is starting up. Please wait" (200, plain text) to every route while it migrates.
		const isJson = (res.headers.get('content-type') ?? '').includes('json');
		await res.arrayBuffer();
		return res.status === 200 && isJson;
	} catch {
		return false; // not listening yet
	}
}

/**
 * Start `n8n start` on free ports, with the owner set up (from the environment; on 1.x through the API). Resolves
 * once the server takes requests (see lineTraits). Returns a handle:
 *   { baseUrl, port, files, stop(), rest(method, path, body), api(method, path, body), apiKey(),
 *     login(), ownerEmail, ownerPassword }
 * Call `stop()` in an `after`/`finally` (SIGTERM, then SIGKILL after 10 s). The server does not keep the test
 * process alive; servers still running when it exits get SIGTERM from an exit hook.
 */
export async function startServer({ env: extra = {}, timeoutMs = 120_000, port: fixedPort, owner = {} } = {}) {
	const port = fixedPort ?? (await freePort());
	const brokerPort = await freePort();
	const { ownerFromEnv, readyPath } = lineTraits();
	const ownerEmail = owner.email ?? OWNER_EMAIL;
	const ownerPassword = owner.password ?? OWNER_PASSWORD;
	const env = n8nEnv({
		port,
		brokerPort,
		extra: {
			...(ownerFromEnv ? ownerEnv(ownerEmail, ownerPassword) : {}),
			N8N_PUBLIC_API_DISABLED: 'false',
			N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
			WEBHOOK_URL: `http://127.0.0.1:${port}/`,
			...extra,
		},
	});
	const { child, files, closeLogs, readLogs } = await spawnN8n(['start'], { env, label: 'server' });
	debug(`n8n start on port ${port} (logs ${files.stdout})`);
	const started = Date.now();
	// A server must not keep the test process alive: a test that fails before stop() would hang the whole
	// run. Servers still running when the process exits get SIGTERM from the exit hook below (and
	// scripts/e2e.sh kills the whole process group afterwards).
	child.unref();
	liveServers.add(child);
	let exited = null;
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			liveServers.delete(child);
			resolve(exited);
		});
	});
	const baseUrl = `http://127.0.0.1:${port}`;

	const stop = async () => {
		if (exited) return exited;
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
		const result = await exitPromise;
		clearTimeout(timer);
		await closeLogs();
		return result;
	};

	try {
		while (!(await answersReady(baseUrl, readyPath))) {
			if (exited) {
				await closeLogs();
				throw describeFailure('n8n start', { code: exited.code, files, ...readLogs() });
			}
			if (Date.now() - started > timeoutMs)
				throw new Error(`n8n start: not ready after ${timeoutMs} ms (logs: ${files.stdout})`);
			await sleep(250);
		}
		debug(`n8n ready after ${Date.now() - started} ms`);
		if (!ownerFromEnv) await setupOwner(baseUrl, ownerEmail, ownerPassword);
	} catch (e) {
		await stop();
		throw e;
	}
	return serverHandle({ baseUrl, port, files, pid: child.pid, ownerEmail, ownerPassword, stop, readLogs });
}

/** The handle startServer returns: the owner's session and API key, made on first use. */
function serverHandle({ baseUrl, port, files, pid, ownerEmail, ownerPassword, stop, readLogs }) {
	const server = {
		baseUrl,
		port,
		files,
		pid,
		ownerEmail,
		ownerPassword,
		stop,
		cookie: null,
		key: null,
		async login() {
			if (server.cookie) return server.cookie;
			const res = await fetch(`${baseUrl}/rest/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ emailOrLdapLoginId: ownerEmail, password: ownerPassword }),
			});
			if (res.status !== 200) throw new Error(`POST /rest/login → ${res.status}: ${await res.text()}`);
			const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
			server.cookie = cookies.join('; ');
			return server.cookie;
		},
		/** Internal REST API (`/rest/...`) as the owner (session cookie). Returns `{status, body}`; `body.data` unwrapped into `data`. */
		async rest(method, urlPath, body) {
			const cookie = await server.login();
			return jsonRequest(`${baseUrl}/rest${urlPath}`, method, body, { cookie, 'browser-id': 'e2e-browser' });
		},
		/** Public API (`/api/v1/...`) with an API key. Returns `{status, body}`. */
		async api(method, urlPath, body) {
			const key = await server.apiKey();
			return jsonRequest(`${baseUrl}/api/v1${urlPath}`, method, body, { 'X-N8N-API-KEY': key });
		},
		/** An owner API key with every scope this instance offers (created once per server). */
		async apiKey() {
			if (server.key) return server.key;
			const scopesRes = await server.rest('GET', '/api-keys/scopes');
			const scopes = scopesRes.status === 200 ? scopesRes.data : [];
			const res = await server.rest('POST', '/api-keys', {
				label: `e2e-${randomId(6)}`,
				scopes,
				expiresAt: null,
			});
			if (res.status !== 200 || !res.data?.rawApiKey) {
				throw new Error(`POST /rest/api-keys → ${res.status}: ${JSON.stringify(res.body)}`);
			}
			server.key = res.data.rawApiKey;
			return server.key;
		},
		/** fetch() a server path (e.g. `/types/nodes.json`) with the owner's session cookie. */
		async fetch(urlPath, init = {}) {
			const cookie = await server.login();
			return fetch(`${baseUrl}${urlPath}`, {
				...init,
				headers: { cookie, 'browser-id': 'e2e-browser', ...(init.headers ?? {}) },
			});
		},
		/** Server log so far (stdout + stderr). */
		logs() {
			const { stdout, stderr } = readLogs();
			return stdout + stderr;
		},
		/** "Failed to load package" passages from the server log (see packageLoadErrors). */
		loadErrors() {
			return packageLoadErrors(server.logs());
		},
	};
	return server;
}

const liveServers = new Set();
function killServers() {
	for (const child of liveServers) {
		try {
			child.kill('SIGTERM'); // n8n then stops its task runner too
		} catch {
			/* gone */
		}
	}
}
process.on('exit', killServers);
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.once(signal, () => {
		killServers();
		process.exit(130);
	});
}
