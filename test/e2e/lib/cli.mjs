// The n8n CLI as the real-n8n tier uses it: import credentials and workflows, execute, activate for the
// next start, export a credential. Each CLI run costs a few seconds: batch what a test file needs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { CREDENTIAL_TYPE, randomId } from './builders.mjs';
import { installConfig } from './install.mjs';
import { lineTraits } from './lines.mjs';
import { describeFailure, runN8n } from './process.mjs';
import { packageLoadErrors, parseRunJson } from './run-output.mjs';

/** A file in the log folder for the CLI to read or write (`<label>-<random>.json`). */
function cliFile(label) {
	return path.join(installConfig().logDir, `${label}-${randomId(8)}.json`);
}

/** Runs one CLI command that must succeed. */
async function runOrThrow(args, label) {
	const run = await runN8n(args, { label });
	if (run.code !== 0) throw describeFailure(`n8n ${args[0]}`, run);
	return run;
}

/** Writes `list` to a file and imports it with `n8n <command> --input=<file>`. */
async function importFile(command, label, list) {
	const file = cliFile(label);
	writeFileSync(file, JSON.stringify(list, null, 2));
	await runOrThrow([command, `--input=${file}`], `import-${label}`);
}

/**
 * Import credentials in one CLI run (plain `data`; n8n encrypts it on import). Each entry:
 * `{id?, name?, type = 'haloPsaApi', data}`. Returns `[{id, name}]`, each ready to be used as a node's
 * `credentials.haloPsaApi`.
 */
export async function importCredentials(list) {
	const creds = list.map(({ id = randomId(), name, type = CREDENTIAL_TYPE, data }) => ({
		id,
		name: name ?? `HaloPSA e2e ${id}`,
		type,
		data,
	}));
	await importFile('import:credentials', 'credentials', creds);
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
	await importFile('import:workflow', 'workflow', workflows);
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

/** Activate a workflow for the next server start (`n8n publish:workflow`; on n8n 1.x `update:workflow --active=true`). */
export async function publishWorkflow(id) {
	await runOrThrow(lineTraits().activateArgs(id), 'publish-workflow');
}

/** Export a stored credential decrypted (`n8n export:credentials --decrypted`), e.g. to see the stored token. */
export async function exportCredential(id) {
	const file = cliFile('export-credential');
	await runOrThrow(['export:credentials', `--id=${id}`, '--decrypted', `--output=${file}`], 'export-credentials');
	const list = JSON.parse(readFileSync(file, 'utf8'));
	return Array.isArray(list) ? list[0] : list;
}
