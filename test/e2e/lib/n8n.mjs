// Helpers for the real-n8n end-to-end tier: drive an installed n8n (2.41.1 or 1.123.81; CLI and server) against
// the n8n user folder that scripts/e2e.sh prepared (the packed n8n-nodes-halopsa installed in .n8n/nodes).
// What differs between the n8n lines is kept in `lineTraits` below and nowhere else.
//
// Environment (set by scripts/e2e.sh):
//   E2E_N8N_MODULES      node_modules folder of the n8n install (…/.cache/n8n/node_modules)
//   E2E_USER_FOLDER      N8N_USER_FOLDER for this run (holds .n8n/nodes with the package, and the DB)
//   E2E_LOG_DIR          where every n8n invocation's stdout/stderr go (default: <user folder>/logs)
//   E2E_ENCRYPTION_KEY   optional; a fixed test key by default
//   E2E_DEBUG=1          echo the n8n commands and their log file names to stderr
// Every n8n invocation gets the same quiet/local environment (REAL-N8N.md), its output in files, a timeout,
// and a free port for the task broker, so a CLI run never collides with a running server.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

export const PACKAGE = 'n8n-nodes-halopsa';
export const NODE_TYPE = `${PACKAGE}.haloPsa`;
export const TRIGGER_TYPE = `${PACKAGE}.haloPsaTrigger`;
export const CREDENTIAL_TYPE = 'haloPsaApi';

const OWNER_EMAIL = 'owner@e2e.test';
const OWNER_PASSWORD = 'E2e-owner-password-1';

function config() {
	const modules = process.env.E2E_N8N_MODULES;
	const userFolder = process.env.E2E_USER_FOLDER;
	if (!modules || !userFolder) {
		throw new Error(
			'E2E_N8N_MODULES / E2E_USER_FOLDER are not set: run this tier through `npm run test:e2e` (scripts/e2e.sh)',
		);
	}
	const logDir = process.env.E2E_LOG_DIR || path.join(userFolder, 'logs');
	mkdirSync(logDir, { recursive: true });
	return {
		modules,
		userFolder,
		logDir,
		n8nMain: path.join(modules, 'n8n', 'bin', 'n8n'),
		encryptionKey: process.env.E2E_ENCRYPTION_KEY || 'halopsa-e2e-encryption-key-0123456789',
	};
}

/** The version of the n8n install the tier drives, e.g. `1.123.81`. */
export function n8nVersion() {
	return JSON.parse(readFileSync(path.join(config().modules, 'n8n', 'package.json'), 'utf8')).version;
}

/** The major version (1 or 2) of the n8n install the tier drives. */
export function n8nMajor() {
	return Number(n8nVersion().split('.')[0]);
}

/**
 * Everything the tier does differently per n8n line.
 * - modules: `N8N_DISABLED_MODULES` names only modules of that line (1.x refuses to start on an unknown name).
 * - activateArgs: the CLI command that marks a workflow active for the next start (2.x: publish; 1.x: update).
 * - ownerFromEnv: 2.x creates the owner from N8N_INSTANCE_OWNER_* at start; 1.x needs POST /rest/owner/setup.
 * - readyPath: answers 200 once the server takes requests. 1.x's /healthz/readiness does so as soon as the
 *   database is migrated, before the REST routes exist.
 * - credentialApiData: added to a credential created through the public API. 1.x's schema for it demands
 *   the "Allowed Domains" field n8n adds to every credential unless the domain setting is given.
 * - missing: n8n features a test needs that this line lacks (see `unsupported`).
 * - nodeArgs: Node flags for every n8n process. 1.x evaluates expressions in isolated-vm, which needs
 *   --no-node-snapshot on Node ≥ 20; without it `n8n execute` died with SIGSEGV after its run in ~1 of 8 runs.
 * - halo401sPerExpiry: the 401s Halo sees when a token has expired. 2.x honours ignoreHttpStatusErrors'
 *   `except: [401]` and renews the token at once; on 1.x the node gets the 401 and re-sends the request so
 *   that n8n renews it (README "n8n versions").
 */
function lineTraits() {
	if (n8nMajor() >= 2) {
		return {
			env: { N8N_DISABLED_MODULES: 'mcp-registry' },
			activateArgs: (id) => ['publish:workflow', `--id=${id}`],
			ownerFromEnv: true,
			readyPath: '/healthz/readiness',
			credentialApiData: {},
			missing: {},
			nodeArgs: [],
			halo401sPerExpiry: 1,
		};
	}
	return {
		env: {},
		activateArgs: (id) => ['update:workflow', `--id=${id}`, '--active=true'],
		ownerFromEnv: false,
		readyPath: '/rest/settings',
		credentialApiData: { allowedHttpRequestDomains: 'all' },
		missing: {
			publicApiCredentialTest: 'n8n 1.x has no POST /api/v1/credentials/{id}/test',
		},
		nodeArgs: ['--no-node-snapshot'],
		halo401sPerExpiry: 2,
	};
}

/** How many 401s Halo answers, on the n8n under test, before the request with a new token (see lineTraits). */
export function halo401sPerExpiry() {
	return lineTraits().halo401sPerExpiry;
}

/**
 * For a test's `skip` option: the reason the n8n under test cannot run it (a feature of n8n itself, not of
 * this package), or false. `test('…', { skip: unsupported('publicApiCredentialTest') }, …)`.
 */
export function unsupported(feature) {
	return lineTraits().missing[feature] ?? false;
}

/** A random id of the shape n8n uses for workflows and credentials (16 alphanumerics). */
export function randomId(length = 16) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = randomBytes(length);
	let id = '';
	for (let i = 0; i < length; i++) id += alphabet[bytes[i] % alphabet.length];
	return id;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** The environment every n8n process of this tier runs with. */
export function n8nEnv({ port, brokerPort, extra = {} } = {}) {
	const cfg = config();
	const env = { ...process.env };
	// Never let an outer n8n configuration leak in.
	for (const key of Object.keys(env)) if (key.startsWith('N8N_') || key.startsWith('DB_')) delete env[key];
	Object.assign(env, {
		N8N_USER_FOLDER: cfg.userFolder,
		N8N_ENCRYPTION_KEY: cfg.encryptionKey,
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PORT: String(port ?? 5678),
		N8N_PROTOCOL: 'http',
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		...lineTraits().env,
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL || 'info',
		N8N_LOG_OUTPUT: 'console',
		N8N_SSRF_ALLOWED_IP_RANGES: '127.0.0.0/8',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		DB_TYPE: 'sqlite',
		NODE_ENV: 'production',
		...extra,
	});
	return env;
}

let runCounter = 0;
function logFiles(label) {
	const { logDir } = config();
	const base = path.join(logDir, `${String(++runCounter).padStart(3, '0')}-${process.pid}-${label}`);
	return { stdout: `${base}.out.log`, stderr: `${base}.err.log` };
}

function debug(msg) {
	if (process.env.E2E_DEBUG) process.stderr.write(`[e2e] ${msg}\n`);
}

/**
 * Run one n8n CLI command to completion. Output goes to files (never a pipe that could fill up or be
 * closed early); the result carries both texts. Rejects only on spawn failure or timeout.
 */
export async function runN8n(args, { timeoutMs = 120_000, env: extra = {}, label } = {}) {
	const cfg = config();
	const brokerPort = await freePort();
	const port = await freePort();
	const files = logFiles(label || args[0].replace(/[^a-z]+/gi, '-'));
	const out = createWriteStream(files.stdout);
	const err = createWriteStream(files.stderr);
	await Promise.all([once(out, 'open'), once(err, 'open')]);
	debug(`n8n ${args.join(' ')}  (logs ${files.stdout})`);
	const started = Date.now();
	const child = spawn(process.execPath, [...lineTraits().nodeArgs, cfg.n8nMain, ...args], {
		env: n8nEnv({ port, brokerPort, extra }),
		stdio: ['ignore', out, err],
		cwd: cfg.userFolder,
	});
	let exitSignal = null;
	const code = await new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms (logs: ${files.stdout})`));
		}, timeoutMs);
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('exit', (c, signal) => {
			clearTimeout(timer);
			exitSignal = signal;
			resolve(c ?? (signal ? 128 : 1));
		});
	});
	await Promise.all([closeStream(out), closeStream(err)]);
	const result = {
		code,
		signal: exitSignal,
		stdout: readFileSync(files.stdout, 'utf8'),
		stderr: readFileSync(files.stderr, 'utf8'),
		files,
		ms: Date.now() - started,
	};
	debug(`n8n ${args[0]} exited ${code}${exitSignal ? ` (${exitSignal})` : ''} in ${result.ms} ms`);
	return result;
}

function once(emitter, event) {
	return new Promise((resolve, reject) => {
		emitter.once(event, resolve);
		emitter.once('error', reject);
	});
}
function closeStream(stream) {
	return new Promise((resolve) => stream.end(resolve));
}

function describeFailure(what, r) {
	const tail = (s) => s.split('\n').slice(-40).join('\n');
	return new Error(
		`${what} failed (exit ${r.code}).\n--- stdout (${r.files.stdout}) ---\n${tail(r.stdout)}\n--- stderr ---\n${tail(r.stderr)}`,
	);
}

function writeInput(label, value) {
	const file = path.join(config().logDir, `${label}-${randomId(8)}.json`);
	writeFileSync(file, JSON.stringify(value, null, 2));
	return file;
}

// ------------------------------------------------------------------------------------------------------
// CLI: credentials, workflows, executions

/**
 * Import credentials in one CLI run (plain `data`; n8n encrypts it on import). Each entry:
 * `{id?, name?, type = 'haloPsaApi', data}`. Returns `[{id, name}]`, each ready to be used as a node's
 * `credentials.haloPsaApi`. Each CLI run costs a few seconds: batch what a test file needs.
 */
export async function importCredentials(list) {
	const creds = list.map(({ id = randomId(), name, type = CREDENTIAL_TYPE, data }) => ({
		id,
		name: name ?? `HaloPSA e2e ${id}`,
		type,
		data,
	}));
	const file = writeInput('credentials', creds);
	const r = await runN8n(['import:credentials', `--input=${file}`], { label: 'import-credentials' });
	if (r.code !== 0) throw describeFailure('n8n import:credentials', r);
	return creds.map(({ id, name }) => ({ id, name }));
}

/** Import one credential; see importCredentials. Returns `{id, name}`. */
export async function importCredential(credential) {
	return (await importCredentials([credential]))[0];
}

/** Import workflows (objects like exported workflows; id and name are filled in) in one CLI run. Returns their ids. */
export async function importWorkflows(list) {
	const workflows = list.map((json) => ({
		name: `e2e ${randomId(6)}`,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		...json,
		id: json.id ?? randomId(),
	}));
	const file = writeInput('workflows', workflows);
	const r = await runN8n(['import:workflow', `--input=${file}`], { label: 'import-workflow' });
	if (r.code !== 0) throw describeFailure('n8n import:workflow', r);
	return workflows.map((w) => w.id);
}

/** Import one workflow; see importWorkflows. Returns its id. */
export async function importWorkflow(json) {
	return (await importWorkflows([json]))[0];
}

/**
 * `n8n execute --id <id> --rawOutput`. Returns `{code, ok, run, error, stdout, stderr, ms}` where `run`
 * is the parsed execution (IRun) — n8n prints it after its log lines, also on failure (via the logger).
 * Never throws for a failed workflow: assert on `ok`/`code` and `error`.
 */
export async function executeWorkflow(id, { timeoutMs = 180_000 } = {}) {
	const r = await runN8n(['execute', `--id=${id}`, '--rawOutput'], { timeoutMs, label: 'execute' });
	const run = parseRunJson(r.stdout) ?? parseRunJson(r.stderr);
	const error = run?.data?.resultData?.error;
	return { ...r, run, error, ok: r.code === 0 && !!run && !error, loadErrors: packageLoadErrors(r.stdout + r.stderr) };
}

/**
 * n8n logs a community package that fails to load ("Failed to load package …") and carries on without
 * it; the workflow then fails with an unknown node type. Returns those log passages (empty when fine).
 */
export function packageLoadErrors(text) {
	const out = [];
	const lines = text.split('\n');
	lines.forEach((line, i) => {
		if (/Failed to load package/i.test(line)) out.push(lines.slice(i, i + 12).join('\n'));
	});
	return out;
}

/** The JSON object n8n printed: from the first line starting with `{` to its matching end. */
export function parseRunJson(text) {
	const lines = text.split('\n');
	const start = lines.findIndex((l) => l.startsWith('{'));
	if (start < 0) return undefined;
	// Try progressively shorter tails (logger lines may follow the JSON).
	const candidate = lines.slice(start);
	for (let end = candidate.length; end > 0; end--) {
		if (!candidate[end - 1].startsWith('}')) continue;
		try {
			return JSON.parse(candidate.slice(0, end).join('\n'));
		} catch {
			/* keep looking */
		}
	}
	return undefined;
}

/** Output items (their `json`) of a node in a run: `nodeItems(run, 'HaloPSA')`. */
export function nodeItems(run, nodeName, { output = 0, runIndex = 0 } = {}) {
	const taskData = run?.data?.resultData?.runData?.[nodeName]?.[runIndex];
	if (!taskData) return undefined;
	return (taskData.data?.main?.[output] ?? []).map((item) => item.json);
}

/** The error a node reported in a run (undefined when it succeeded). */
export function nodeError(run, nodeName, runIndex = 0) {
	return run?.data?.resultData?.runData?.[nodeName]?.[runIndex]?.error;
}

/** Activate a workflow for the next server start (`n8n publish:workflow`; on n8n 1.x `update:workflow --active=true`). */
export async function publishWorkflow(id) {
	const args = lineTraits().activateArgs(id);
	const r = await runN8n(args, { label: 'publish-workflow' });
	if (r.code !== 0) throw describeFailure(`n8n ${args[0]}`, r);
}

/** Export a stored credential decrypted (`n8n export:credentials --decrypted`), e.g. to see the stored token. */
export async function exportCredential(id) {
	const file = path.join(config().logDir, `export-credential-${randomId(8)}.json`);
	const r = await runN8n(['export:credentials', `--id=${id}`, '--decrypted', `--output=${file}`], {
		label: 'export-credentials',
	});
	if (r.code !== 0) throw describeFailure('n8n export:credentials', r);
	const list = JSON.parse(readFileSync(file, 'utf8'));
	return Array.isArray(list) ? list[0] : list;
}

// ------------------------------------------------------------------------------------------------------
// Workflow builders

/** Manual Trigger → one HaloPSA node. `parameters` are the HaloPSA node's. */
export function manualWorkflow({ parameters, credential, nodeName = 'HaloPSA', name, extraNodeProps = {} }) {
	return {
		name: name ?? `e2e manual ${randomId(6)}`,
		nodes: [
			{
				id: randomUuid(),
				name: 'Manual',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: randomUuid(),
				name: nodeName,
				type: NODE_TYPE,
				typeVersion: 1,
				position: [220, 0],
				parameters,
				credentials: credential ? { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } } : {},
				...extraNodeProps,
			},
		],
		connections: { Manual: { main: [[{ node: nodeName, type: 'main', index: 0 }]] } },
	};
}

export function randomUuid() {
	const b = randomBytes(16);
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const h = b.toString('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ------------------------------------------------------------------------------------------------------
// Server

function bcryptHash(password) {
	const { modules } = config();
	const requireFromN8n = createRequire(path.join(modules, 'n8n', 'package.json'));
	const bcrypt = requireFromN8n('bcryptjs');
	return bcrypt.hashSync(password, 10);
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
	const cfg = config();
	const port = fixedPort ?? (await freePort());
	const brokerPort = await freePort();
	const files = logFiles('server');
	const out = createWriteStream(files.stdout);
	const err = createWriteStream(files.stderr);
	await Promise.all([once(out, 'open'), once(err, 'open')]);
	const { ownerFromEnv, readyPath } = lineTraits();
	const ownerEmail = owner.email ?? OWNER_EMAIL;
	const ownerPassword = owner.password ?? OWNER_PASSWORD;
	const env = n8nEnv({
		port,
		brokerPort,
		extra: {
			...(ownerFromEnv
				? {
						N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
						N8N_INSTANCE_OWNER_EMAIL: ownerEmail,
						N8N_INSTANCE_OWNER_FIRST_NAME: 'E2E',
						N8N_INSTANCE_OWNER_LAST_NAME: 'Owner',
						N8N_INSTANCE_OWNER_PASSWORD_HASH: bcryptHash(ownerPassword),
					}
				: {}),
			N8N_PUBLIC_API_DISABLED: 'false',
			N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
			WEBHOOK_URL: `http://127.0.0.1:${port}/`,
			...extra,
		},
	});
	debug(`n8n start on port ${port} (logs ${files.stdout})`);
	const started = Date.now();
	const child = spawn(process.execPath, [...lineTraits().nodeArgs, cfg.n8nMain, 'start'], {
		env,
		stdio: ['ignore', out, err],
		cwd: cfg.userFolder,
	});
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
		await Promise.all([closeStream(out), closeStream(err)]);
		return result;
	};

	try {
		for (;;) {
			if (exited) {
				await Promise.all([closeStream(out), closeStream(err)]);
				throw describeFailure('n8n start', {
					code: exited.code,
					files,
					stdout: readFileSync(files.stdout, 'utf8'),
					stderr: readFileSync(files.stderr, 'utf8'),
				});
			}
			if (Date.now() - started > timeoutMs) throw new Error(`n8n start: not ready after ${timeoutMs} ms (logs: ${files.stdout})`);
			try {
				const res = await fetch(`${baseUrl}${readyPath}`, { signal: AbortSignal.timeout(2000) });
				// n8n 1.x answers "n8n is starting up. Please wait" (200, plain text) to every route while it migrates.
				const isJson = (res.headers.get('content-type') ?? '').includes('json');
				await res.arrayBuffer();
				if (res.status === 200 && isJson) break;
			} catch {
				/* not listening yet */
			}
			await sleep(250);
		}
	} catch (e) {
		await stop();
		throw e;
	}
	debug(`n8n ready after ${Date.now() - started} ms`);
	if (!ownerFromEnv) {
		try {
			await setupOwner(baseUrl, ownerEmail, ownerPassword);
		} catch (e) {
			await stop();
			throw e;
		}
	}

	const server = {
		baseUrl,
		port,
		files,
		pid: child.pid,
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
			return request(`${baseUrl}/rest${urlPath}`, method, body, { cookie, 'browser-id': 'e2e-browser' });
		},
		/** Public API (`/api/v1/...`) with an API key. Returns `{status, body}`. */
		async api(method, urlPath, body) {
			const key = await server.apiKey();
			return request(`${baseUrl}/api/v1${urlPath}`, method, body, { 'X-N8N-API-KEY': key });
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
			return fetch(`${baseUrl}${urlPath}`, { ...init, headers: { cookie, 'browser-id': 'e2e-browser', ...(init.headers ?? {}) } });
		},
		/** Server log so far (stdout + stderr). */
		logs() {
			return readFileSync(files.stdout, 'utf8') + readFileSync(files.stderr, 'utf8');
		},
		/** "Failed to load package" passages from the server log (see packageLoadErrors). */
		loadErrors() {
			return packageLoadErrors(server.logs());
		},
	};
	return server;
}

/** n8n 1.x: the owner account through the setup screen's endpoint (once per user folder). */
async function setupOwner(baseUrl, email, password) {
	const res = await request(`${baseUrl}/rest/owner/setup`, 'POST', { email, firstName: 'E2E', lastName: 'Owner', password });
	const alreadyDone = res.status === 400 && /already/i.test(JSON.stringify(res.body));
	if (res.status !== 200 && !alreadyDone) throw new Error(`POST /rest/owner/setup → ${res.status}: ${JSON.stringify(res.body)}`);
}

async function request(url, method, body, headers = {}) {
	const res = await fetch(url, {
		method,
		headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
		body: body !== undefined ? JSON.stringify(body) : undefined,
		signal: AbortSignal.timeout(60_000),
	});
	const text = await res.text();
	let parsed;
	try {
		parsed = text ? JSON.parse(text) : undefined;
	} catch {
		parsed = text;
	}
	return {
		status: res.status,
		body: parsed,
		data: parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed,
		headers: res.headers,
	};
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

export function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

// ------------------------------------------------------------------------------------------------------
// Server-side helpers (need a running server from startServer())

/** Executions of a workflow, newest first, with their data (`GET /api/v1/executions?includeData=true`). */
export async function listExecutions(server, workflowId, { status, limit = 100 } = {}) {
	const qs = new URLSearchParams({ workflowId, includeData: 'true', limit: String(limit) });
	if (status) qs.set('status', status);
	const res = await server.api('GET', `/executions?${qs}`);
	if (res.status !== 200) throw new Error(`GET /api/v1/executions → ${res.status}: ${JSON.stringify(res.body)}`);
	return res.body.data;
}

/** Poll listExecutions until `predicate(executions)` holds (default: at least one finished execution). */
export async function waitForExecutions(server, workflowId, predicate = (list) => list.some((e) => e.finished || e.stoppedAt), { timeoutMs = 30_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const list = await listExecutions(server, workflowId);
		if (predicate(list)) return list;
		if (Date.now() > deadline) throw new Error(`executions of ${workflowId} did not reach the expected state within ${timeoutMs} ms: ${JSON.stringify(list.map((e) => ({ id: e.id, status: e.status })))}`);
		await sleep(300);
	}
}

/** Activate (publish) a workflow on the running server through the public API. */
export async function activateWorkflow(server, id) {
	const res = await server.api('POST', `/workflows/${id}/activate`);
	if (res.status !== 200) throw new Error(`POST /api/v1/workflows/${id}/activate → ${res.status}: ${JSON.stringify(res.body)}`);
	return res.body;
}

export async function deactivateWorkflow(server, id) {
	const res = await server.api('POST', `/workflows/${id}/deactivate`);
	if (res.status !== 200) throw new Error(`POST /api/v1/workflows/${id}/deactivate → ${res.status}: ${JSON.stringify(res.body)}`);
	return res.body;
}

/**
 * The editor's "Test credential" button: `POST /rest/credentials/test` with `{credentials: {id, name, type, data}}`.
 * For a stored credential, n8n merges `data` with what it stored (redacted fields are filled in).
 * Returns n8n's answer `{status: 'OK'|'Error', message}`.
 */
export async function testCredential(server, { id, name, type = CREDENTIAL_TYPE, data = {} }) {
	const res = await server.rest('POST', '/credentials/test', { credentials: { id, name, type, data } });
	if (res.status !== 200) throw new Error(`POST /rest/credentials/test → ${res.status}: ${JSON.stringify(res.body)}`);
	return res.data;
}

/**
 * Create a credential through the public API of a running server (much faster than the CLI import).
 * Returns `{id, name}`.
 */
export async function createCredential(server, { name, type = CREDENTIAL_TYPE, data }) {
	name ??= `HaloPSA e2e ${randomId(6)}`;
	const res = await server.api('POST', '/credentials', { name, type, data: { ...lineTraits().credentialApiData, ...data } });
	if (res.status !== 200) throw new Error(`POST /api/v1/credentials → ${res.status}: ${JSON.stringify(res.body)}`);
	return { id: res.body.id, name: res.body.name };
}

/** Test a stored credential with its stored data through the public API (`POST /api/v1/credentials/{id}/test`). */
export async function testCredentialById(server, id) {
	const res = await server.api('POST', `/credentials/${id}/test`);
	if (res.status !== 200) throw new Error(`POST /api/v1/credentials/${id}/test → ${res.status}: ${JSON.stringify(res.body)}`);
	return res.body;
}

/** Call a production webhook, retrying a 404 briefly (a just-registered webhook may not answer yet). */
export async function callWebhook(server, webhookPath, { method = 'POST', body, headers = {}, timeoutMs = 10_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const res = await fetch(`${server.baseUrl}/webhook/${webhookPath.replace(/^\//, '')}`, {
			method,
			headers: { 'content-type': 'application/json', ...headers },
			body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
		});
		if (res.status !== 404 || Date.now() > deadline) {
			const text = await res.text();
			let parsed;
			try {
				parsed = JSON.parse(text);
			} catch {
				parsed = text;
			}
			return { status: res.status, body: parsed };
		}
		await res.arrayBuffer().catch(() => {});
		await sleep(250);
	}
}
