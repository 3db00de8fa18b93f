// The simulator's evidence registry (simulator/evidence/): every modelled Halo behaviour names its source.
// Prints the assumptions, so the list can only shrink on purpose.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

import { entryProblems, loadEvidence } from '../../simulator/evidence/index.mjs';
import { ROOT } from './support.mjs';

function simulatorSources(dir = path.join(ROOT, 'simulator')) {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return name === 'evidence' || name === 'spec' ? [] : simulatorSources(full);
		return name.endsWith('.mjs') ? [full] : [];
	});
}

describe('simulator evidence registry', () => {
	it('loads every fragment: well-formed entries, unique ids; prints the assumptions', async (t) => {
		const entries = await loadEvidence();
		assert.ok(entries.length >= 40, `${entries.length} entries`);
		for (const file of ['actions.mjs', 'general.mjs'])
			assert.ok(
				entries.some((entry) => entry.file === file),
				`${file} loaded`,
			);
		const assumptions = entries.filter((entry) => entry.source === 'assumption');
		t.diagnostic(`${entries.length} modelled behaviours, ${assumptions.length} of them assumptions:`);
		for (const entry of assumptions) t.diagnostic(`  ${entry.id} (${entry.file}): ${entry.behaviour}`);
	});

	it('every "evidence: <id>" comment in the simulator names a registered behaviour', async () => {
		const ids = new Set((await loadEvidence()).map((entry) => entry.id));
		const unknown = [];
		for (const file of simulatorSources()) {
			for (const match of readFileSync(file, 'utf8').matchAll(/evidence: ([a-z][a-z0-9]*(?:\.[a-z0-9-]+)+)/g)) {
				if (!ids.has(match[1])) unknown.push(`${path.relative(ROOT, file)}: ${match[1]}`);
			}
		}
		assert.deepEqual(unknown, []);
	});

	it('refuses malformed entries: a missing behaviour, an unknown source, stray keys, a non-array fragment', () => {
		assert.deepEqual(
			entryProblems('x.mjs', [{ id: 'x.fine', behaviour: 'POST /X answers 201', source: 'EVIDENCE 3.1, 9.1' }]),
			[],
		);
		const problems = entryProblems('x.mjs', [
			{ id: 'x.no-behaviour', source: 'spec' },
			{ id: 'x.bad-source', behaviour: 'something Halo does', source: 'EVIDENCE 2' },
			{ id: 'x.vague', behaviour: 'something Halo does', source: 'the docs' },
			{ id: 'Bad Id', behaviour: 'something Halo does', source: 'assumption' },
			{ id: 'x.extra', behaviour: 'something Halo does', source: 'spec', confidence: 'high' },
		]);
		assert.equal(problems.length, 5, problems.join('\n'));
		assert.match(problems[0], /x\.no-behaviour.*behaviour must say/);
		assert.match(problems[1], /x\.bad-source.*source must be/);
		assert.match(problems[2], /x\.vague.*source must be/);
		assert.match(problems[3], /id must look like/);
		assert.match(problems[4], /unknown keys confidence/);
		assert.deepEqual(entryProblems('y.mjs', {}), ['y.mjs: the default export must be an array']);
	});

	it('refuses the same id in two fragments', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'evidence-'));
		try {
			const fragment = "export default [{ id: 'dup.same', behaviour: 'a behaviour of Halo', source: 'spec' }];\n";
			writeFileSync(path.join(dir, 'a.mjs'), fragment);
			writeFileSync(path.join(dir, 'b.mjs'), fragment);
			await assert.rejects(loadEvidence(dir), /duplicate id dup\.same in a\.mjs and b\.mjs/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
