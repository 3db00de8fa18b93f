// Which n8n install the real-n8n tier drives, and where its files go: read from the environment that
// scripts/e2e.sh sets.
//   E2E_N8N_MODULES      node_modules folder of the n8n install (…/.cache/n8n/node_modules)
//   E2E_USER_FOLDER      N8N_USER_FOLDER for this run (holds .n8n/nodes with the package, and the DB)
//   E2E_LOG_DIR          where every n8n invocation's stdout/stderr go (default: <user folder>/logs)
//   E2E_ENCRYPTION_KEY   optional; a fixed test key by default
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The install's folders and key; throws when the tier was not started through scripts/e2e.sh. */
export function installConfig() {
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
	return JSON.parse(readFileSync(path.join(installConfig().modules, 'n8n', 'package.json'), 'utf8')).version;
}

/** The major version (1 or 2) of the n8n install the tier drives. */
export function n8nMajor() {
	return Number(n8nVersion().split('.')[0]);
}
