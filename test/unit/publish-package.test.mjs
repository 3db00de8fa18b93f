// What npm and n8n's community listing read from the package: one project URL for repository, homepage, bugs and
// the documentation links; the community keyword; a changelog that starts at this version; a README that says
// how to install; and a tarball that ships the codex files and the output schemas with the nodes.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { committedOutputSchemas } from '../../scripts/output-schemas.mjs';
import { ROOT } from './support.mjs';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const PROJECT = 'https://github.com/n8n-nodes-halopsa/n8n-nodes-halopsa';
const read = (file) => readFileSync(path.join(ROOT, file), 'utf8');

describe('Package metadata', () => {
	it('repository, homepage, bugs and every documentation link name the same GitHub project', () => {
		assert.equal(manifest.repository.type, 'git');
		assert.equal(manifest.repository.url, `git+${PROJECT}.git`);
		assert.equal(manifest.homepage, `${PROJECT}#readme`);
		assert.equal(manifest.bugs.url, `${PROJECT}/issues`);
		assert.ok(manifest.keywords.includes('n8n-community-node-package'));
		const sources = ['credentials/HaloPsaApi.credentials.ts', 'credentials/HaloPsaWebhookApi.credentials.ts'];
		const codex = ['nodes/HaloPsa/HaloPsa.node.json', 'nodes/HaloPsaTrigger/HaloPsaTrigger.node.json'];
		for (const file of [...sources, ...codex])
			for (const [url] of read(file).matchAll(/https:\/\/github\.com\/[^"'#\s]+/g)) assert.equal(url, PROJECT, file);
	});

	it("CHANGELOG.md follows Keep a Changelog and its first release is package.json's version", () => {
		const changelog = read('CHANGELOG.md');
		assert.match(changelog, /keepachangelog\.com/);
		const releases = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\]/gm)].map((match) => match[1]);
		assert.equal(releases[0], manifest.version);
		assert.match(
			changelog,
			new RegExp(`^\\[${manifest.version}\\]: ${PROJECT}/releases/tag/v${manifest.version}$`, 'm'),
		);
	});

	it('the README install section covers the Community Nodes screen, ~/.n8n/nodes, Docker and tool use', () => {
		const install = read('README.md')
			.split(/^## /m)
			.find((section) => section.startsWith('Install\n'));
		assert.ok(install, 'README.md has no "## Install" section');
		assert.match(install, /Settings → Community Nodes/);
		assert.match(install, /cd ~\/\.n8n\/nodes\n\s*npm install n8n-nodes-halopsa\n/);
		assert.match(install, /docker run .*-v n8n_data:\/home\/node\/\.n8n/);
		assert.match(install, /N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE=true/);
	});

	it('the tarball ships each node with its codex and every output schema, and nothing outside dist but the docs', () => {
		const [packed] = JSON.parse(
			execFileSync('npm', ['pack', '--dry-run', '--json'], {
				cwd: ROOT,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}),
		);
		const files = new Set(packed.files.map((file) => file.path));
		for (const nodeFile of manifest.n8n.nodes) {
			assert.ok(files.has(nodeFile), nodeFile);
			assert.ok(files.has(`${nodeFile}on`), `${nodeFile}on`);
		}
		const schemas = [...files].filter((file) => file.startsWith('dist/nodes/HaloPsa/__schema__/v1.0.0/'));
		assert.equal(schemas.length, committedOutputSchemas().size);
		assert.ok(files.has('dist/nodes/HaloPsa/__schema__/v1.0.0/ticket/get.json'));
		assert.deepEqual([...files].filter((file) => !file.startsWith('dist/')).sort(), [
			'LICENSE',
			'README.md',
			'package.json',
		]);
	});
});
