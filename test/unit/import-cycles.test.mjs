// The node's TypeScript sources must not import in a circle (type-only imports included): a circle ties every
// module on it to every other, so adding a resource would drag the whole node into each operation's types.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ROOT } from './support.mjs';

const IMPORT_FROM = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm;

function typescriptSources(dir) {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return typescriptSources(full);
		return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
	});
}

function resolveRelative(fromFile, specifier) {
	const base = path.resolve(path.dirname(fromFile), specifier);
	return [`${base}.ts`, path.join(base, 'index.ts'), base].find((file) => existsSync(file) && statSync(file).isFile());
}

/** file → the files it imports from (relative specifiers only; packages cannot import back). */
export function importGraph(dir) {
	const graph = new Map();
	for (const file of typescriptSources(dir)) {
		const targets = [...readFileSync(file, 'utf8').matchAll(IMPORT_FROM)]
			.map((match) => match[1])
			.filter((specifier) => specifier.startsWith('.'))
			.map((specifier) => resolveRelative(file, specifier))
			.filter(Boolean);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** The import circles: strongly connected components of more than one file, or a file importing itself (Tarjan). */
export function importCycles(graph) {
	const index = new Map();
	const lowLink = new Map();
	const stack = [];
	const onStack = new Set();
	const cycles = [];
	const visit = (file) => {
		index.set(file, index.size);
		lowLink.set(file, index.get(file));
		stack.push(file);
		onStack.add(file);
		for (const target of graph.get(file) ?? []) {
			if (!index.has(target)) {
				visit(target);
				lowLink.set(file, Math.min(lowLink.get(file), lowLink.get(target)));
			} else if (onStack.has(target)) lowLink.set(file, Math.min(lowLink.get(file), index.get(target)));
		}
		if (lowLink.get(file) !== index.get(file)) return;
		const component = [];
		let member;
		do {
			member = stack.pop();
			onStack.delete(member);
			component.push(member);
		} while (member !== file);
		if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
	};
	for (const file of graph.keys()) if (!index.has(file)) visit(file);
	return cycles;
}

describe('import cycles under nodes/', () => {
	it('finds a circle when there is one (the detector works)', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']],
			['d', ['a']],
		]);
		assert.deepEqual(importCycles(graph), [['a', 'b', 'c']]);
	});

	it('no TypeScript module under nodes/ imports itself back, directly or through others', () => {
		const graph = importGraph(path.join(ROOT, 'nodes'));
		assert.ok(graph.size > 50, `${graph.size} sources read`);
		const cycles = importCycles(graph).map((cycle) => cycle.map((file) => path.relative(ROOT, file)));
		assert.deepEqual(cycles, [], cycles.map((cycle) => `${cycle.length} files: ${cycle.join(', ')}`).join('\n'));
	});
});
