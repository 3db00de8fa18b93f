// Publishing the way n8n verifies community nodes: CI runs the whole check on pushes and pull requests, a version
// tag publishes from CI with npm provenance after that check, and the workflow files are linted by `npm run lint`.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ROOT } from './support.mjs';

const workflow = (name) => readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8');
const node = (args, env = {}) =>
	spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The text of one job of a workflow: from `  <job>:` to the next job or the end. */
const job = (text, name) => text.split(/^ {2}(?=[\w-]+:\s*$)/m).find((part) => part.startsWith(`${name}:`)) ?? '';

describe('Publishing workflows', () => {
	it('the workflow linter passes the repository workflows and is part of npm run lint', () => {
		const run = node(['scripts/lint-workflows.mjs']);
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stdout, /workflow lint: 2 files, 0 findings/);
		const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		assert.match(scripts.lint, /node scripts\/lint-workflows\.mjs/);
	});

	it('the workflow linter fails on a broken workflow, naming the file, line and finding', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'halopsa-workflows-'));
		try {
			writeFileSync(
				path.join(dir, 'broken.yml'),
				[
					'on: push',
					'jobs:',
					'  test:',
					'    runs-on: ubuntu-latest',
					'    needs: build',
					'    steps:',
					'      - run: echo "${{ github.no_such_field }}"',
					'',
				].join('\n'),
			);
			const run = node(['scripts/lint-workflows.mjs', dir]);
			assert.equal(run.status, 1);
			assert.match(run.stderr, /broken\.yml:3:3: job "test" needs job "build" which does not exist/);
			assert.match(run.stderr, /broken\.yml:7:\d+: property "no_such_field" is not defined/);
			assert.match(run.stdout, /1 files, 2 findings/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('CI runs .ci/run on Node 20 for pushes and pull requests, and can be called by the publish workflow', () => {
		const ci = workflow('ci.yml');
		assert.match(ci, /^on:\n {2}push:\n(?: {4}.*\n)* {2}pull_request:\n {2}workflow_call:/m);
		assert.match(ci, /runs-on: ubuntu-latest/);
		assert.match(ci, /timeout-minutes: 90/);
		assert.match(ci, /node-version: 20/);
		assert.match(ci, /- run: bash \.ci\/run$/m);
	});

	it('a v* tag publishes with provenance, only after the version check and the whole CI run', () => {
		const publish = workflow('publish.yml');
		assert.match(publish, /^on:\n {2}push:\n {4}tags:\n {6}- 'v\*'$/m);
		assert.match(publish, /^permissions:\n {2}contents: read$/m, 'the workflow itself only reads');
		assert.match(job(publish, 'version'), /node scripts\/release-tag\.mjs "\$GITHUB_REF_NAME"/);
		assert.match(job(publish, 'test'), /needs: version\n {4}uses: \.\/\.github\/workflows\/ci\.yml/);
		const release = job(publish, 'publish');
		assert.match(release, /needs: \[version, test\]/);
		assert.match(release, /permissions:\n {6}contents: read\n {6}id-token: write/);
		assert.match(release, /registry-url: https:\/\/registry\.npmjs\.org/);
		assert.match(release, /npm install --ignore-scripts/);
		assert.match(release, /npm run build/);
		assert.match(release, /- run: npm publish --provenance --access public$/m);
		assert.doesNotMatch(publish.replace(release, ''), /id-token/, 'only the publish job may mint an OIDC token');
	});

	it(`the release guard accepts only the tag v${version}`, () => {
		const good = node(['scripts/release-tag.mjs', `v${version}`]);
		assert.equal(good.status, 0, good.stderr);
		for (const tag of ['v9.9.9', version, '']) {
			const bad = node(['scripts/release-tag.mjs', tag]);
			assert.equal(bad.status, 1, tag);
			assert.match(bad.stderr, new RegExp(`release tag "${tag}" does not name package.json's version ${version}`));
		}
	});
});
