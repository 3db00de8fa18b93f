// n8n's community-package verification scan, run on the tarball users would install: `npm pack`, unpack,
// then the scanner's own analyzePackage (its CLI only scans packages already published to npm).
// Also checks what the tarball holds: only dist/, README, LICENSE and package.json, and no runtime deps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzePackage } from '@n8n/scan-community-package/scanner/scanner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'halopsa-scan-'));
let failed = false;
try {
	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
			cwd: ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}),
	);
	const { filename, files } = packed[0];
	const outside = files.map((f) => f.path).filter((p) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(p));
	if (outside.length) {
		failed = true;
		console.error(`tarball holds files outside dist/, README, LICENSE, package.json: ${outside.join(', ')}`);
	}
	for (const needed of ['README.md', 'LICENSE', 'package.json']) {
		if (!files.some((f) => f.path === needed)) {
			failed = true;
			console.error(`tarball lacks ${needed}`);
		}
	}
	execFileSync('tar', ['-xzf', path.join(work, filename), '-C', work]);
	const packageDir = path.join(work, 'package');
	const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	if (Object.keys(manifest.dependencies ?? {}).length) {
		failed = true;
		console.error(`runtime dependencies in package.json: ${Object.keys(manifest.dependencies).join(', ')}`);
	}
	const result = await analyzePackage(packageDir);
	if (!result.passed) {
		failed = true;
		console.error(`n8n community scan: ${result.message}\n${result.details ?? ''}`);
	}
	console.log(
		`scan: ${filename}, ${files.length} files, ${failed ? 'FAILED' : 'passed'} (n8n community package scan${result.passed ? ' clean' : ''})`,
	);
} finally {
	rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
