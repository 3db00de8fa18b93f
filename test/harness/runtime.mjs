// The process-wide n8n-core setup the harness runs in (n8n's DI container is a singleton): n8n-core and
// n8n-workflow loaded from n8n-core's own folder, a temporary user folder, quiet logs, binary-data service.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// n8n-core ships its own nested @n8n/* copies (di, backend-common, backend-network, config), which differ
// from the older top-level ones pulled in by @n8n/node-cli. Always resolve them from n8n-core's folder,
// otherwise the DI Container we configure is not the one n8n-core reads.
const requireHere = createRequire(import.meta.url);
const coreRequire = createRequire(requireHere.resolve('n8n-core'));

let runtime;

/** `{core, workflow, Container}`, set up once per process. */
export async function bootstrap() {
	if (runtime) return runtime;
	const env = process.env;
	if (!env.N8N_USER_FOLDER) {
		// n8n's InstanceSettings writes <folder>/.n8n/config; filesystem binary data goes to <folder>/.n8n/storage
		const dir = (env.N8N_USER_FOLDER = mkdtempSync(path.join(tmpdir(), 'n8n-harness-')));
		process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
	}
	env.N8N_LOG_LEVEL ??= env.HARNESS_DEBUG ? 'debug' : 'silent';
	env.N8N_ENCRYPTION_KEY ??= 'n8n-harness-test-key';
	env.N8N_DIAGNOSTICS_ENABLED ??= 'false';
	const core = coreRequire('n8n-core');
	const workflow = coreRequire('n8n-workflow');
	const { Container } = coreRequire('@n8n/di');
	const binaryData = Container.get(core.BinaryDataService);
	// 'filesystem' (default, like a real n8n 2.x install: binaries live in files under the user folder,
	// so node code must use getBinaryDataBuffer) or 'memory' (base64 kept inline in the item).
	if ((env.HARNESS_BINARY_MODE ?? 'filesystem') === 'filesystem') await binaryData.init();
	runtime = { core, workflow, Container };
	return runtime;
}
