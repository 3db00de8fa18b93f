// The simulator's evidence registry: every Halo behaviour it models, each naming where it comes from
// (Halo's OpenAPI spec, an entry of the project's evidence notes, or an assumption). One fragment per
// area (`<area>.mjs`, a default-exported array); this loader reads every fragment in the folder, so a new
// fragment needs no registration. `test/unit/evidence.test.mjs` validates them and prints the assumptions.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** `spec`, `assumption`, or `EVIDENCE <n.n>[, <n.n>…]` */
export const SOURCE = /^(spec|assumption|EVIDENCE \d+\.\d+(, \d+\.\d+)*)$/;
export const ID = /^[a-z][a-z0-9]*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;

/** The problems of one fragment's entries (empty when every entry is well formed). */
export function entryProblems(file, entries) {
	if (!Array.isArray(entries)) return [`${file}: the default export must be an array`];
	const problems = [];
	entries.forEach((entry, index) => {
		const where = `${file}[${index}]${entry?.id ? ` (${entry.id})` : ''}`;
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return problems.push(`${where}: not an object`);
		const extra = Object.keys(entry).filter((key) => !['id', 'behaviour', 'source'].includes(key));
		if (extra.length) problems.push(`${where}: unknown keys ${extra.join(', ')}`);
		if (typeof entry.id !== 'string' || !ID.test(entry.id))
			problems.push(`${where}: id must look like "area.some-behaviour"`);
		if (typeof entry.behaviour !== 'string' || entry.behaviour.trim().length < 10)
			problems.push(`${where}: behaviour must say what is modelled`);
		if (typeof entry.source !== 'string' || !SOURCE.test(entry.source)) {
			problems.push(
				`${where}: source must be 'spec', 'assumption' or 'EVIDENCE n.n[, n.n]', got ${JSON.stringify(entry.source)}`,
			);
		}
	});
	return problems;
}

/** Every fragment's entries, with the file each came from; throws on malformed entries or duplicate ids. */
export async function loadEvidence(dir = HERE) {
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.mjs') && name !== 'index.mjs')
		.sort();
	const entries = [];
	const problems = [];
	for (const file of files) {
		const fragment = (await import(pathToFileURL(path.join(dir, file)).href)).default;
		problems.push(...entryProblems(file, fragment));
		if (Array.isArray(fragment)) for (const entry of fragment) entries.push({ ...entry, file });
	}
	const seen = new Map();
	for (const entry of entries) {
		if (seen.has(entry.id)) problems.push(`duplicate id ${entry.id} in ${seen.get(entry.id)} and ${entry.file}`);
		else seen.set(entry.id, entry.file);
	}
	if (problems.length) throw new Error(`simulator evidence registry:\n  ${problems.join('\n  ')}`);
	return entries;
}
