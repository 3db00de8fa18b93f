// Output schemas for n8n's editor (`npm run schemas`). Before a workflow has run, the editor shows the fields a
// node will output from `/schemas/<package>.<node>/<version>/<resource>/<operation>.json`, which n8n serves
// from `__schema__/v<version>/<resource>/<operation>.json` beside the node's built file. This runs every
// operation of the HaloPSA node once against the simulator (node defaults, so Simplify on), derives a JSON
// schema from the items it outputs and writes them to nodes/HaloPsa/__schema__ (the build copies them to dist).
// test/unit/output-schemas.test.mjs regenerates them and compares, so they cannot drift. Needs `npm run build`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSimulator } from '../simulator/index.mjs';
import { createEngine } from '../test/harness/engine.mjs';
import { SAMPLES, TENANT_DEFINED } from './output-schemas/samples.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_DIR = path.join(ROOT, 'nodes/HaloPsa/__schema__');
// A fixed seed date, so the simulator's records are the same on every run.
const ANCHOR = '2026-11-02T00:00:00Z';

/** The node's description from the build: its version and every resource/operation pair of its dropdowns. */
function nodeOperations() {
	const { HaloPsa } = createRequire(import.meta.url)(path.join(ROOT, 'dist/nodes/HaloPsa/HaloPsa.node.js'));
	const { version, properties } = new HaloPsa().description;
	const operations = properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			property.options.map((option) => `${property.displayOptions.show.resource[0]}/${option.value}`),
		);
	return { version: Math.max(...[].concat(version)), operations };
}

/** "1" → "v1.0.0", as n8n names the version folder. */
const versionDir = (version) => `v${String(version).split('.').concat(['0', '0']).slice(0, 3).join('.')}`;

function typeOf(value) {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

/**
 * The JSON schema of several sample values of one field: the union of their object properties and array items.
 * `open` names the fields whose keys the tenant defines (an object without properties).
 */
export function schemaOf(values, open = new Set()) {
	const present = values.filter((value) => value !== null && value !== undefined);
	if (!present.length) return { type: 'null' };
	const types = [...new Set(present.map(typeOf))];
	// a field that is a whole number in one record and a fraction in another is a number
	const type = types.length === 2 && types.includes('integer') && types.includes('number') ? 'number' : types[0];
	if (type === 'object') {
		const objects = present.filter((value) => typeOf(value) === 'object');
		const keys = [...new Set(objects.flatMap(Object.keys))].sort();
		const field = (key) =>
			open.has(key)
				? { type: 'object' }
				: schemaOf(
						objects.map((object) => object[key]),
						open,
					);
		return { type, properties: Object.fromEntries(keys.map((key) => [key, field(key)])) };
	}
	if (type === 'array') {
		const elements = present.filter(Array.isArray).flat();
		// an empty list is described as n8n's own schemas describe one (a list of strings)
		return { type, items: elements.length ? schemaOf(elements, open) : { type: 'string' } };
	}
	return { type };
}

/** Every property of a schema, at any depth: [name, its schema]. */
function* propertiesOf(schema) {
	for (const [name, property] of Object.entries(schema.properties ?? {})) {
		yield [name, property];
		yield* propertiesOf(property);
	}
	if (schema.items) yield* propertiesOf(schema.items);
}

/**
 * A field that was empty in its sample (type null) takes the type the same field name has in another output of
 * the same resource, else of any resource (a ticket's agent_id is empty on a new ticket, an integer on others).
 */
function fillEmptyFields(schemas) {
	const known = (entries) => {
		const types = new Map();
		for (const [, schema] of entries)
			for (const [name, property] of propertiesOf(schema))
				if (property.type !== 'null' && !types.has(name)) types.set(name, property);
		return types;
	};
	const everywhere = known(schemas);
	const fill = (schema, types) => {
		for (const [name, property] of Object.entries(schema.properties ?? {})) {
			if (property.type === 'null') schema.properties[name] = types.get(name) ?? everywhere.get(name) ?? property;
			else fill(property, types);
		}
		if (schema.items) fill(schema.items, types);
	};
	for (const [key, schema] of schemas) {
		const resource = key.split('/')[0];
		fill(schema, known(schemas.filter(([other]) => other.split('/')[0] === resource)));
	}
}

/** Every operation's schema file: `v1.0.0/<resource>/<operation>.json` → its text. */
export async function generateOutputSchemas() {
	const { version, operations } = nodeOperations();
	const samples = new Map(SAMPLES.map(([key, parameters, items]) => [key, { parameters, items }]));
	const missing = operations.filter((key) => !samples.has(key));
	if (missing.length) throw new Error(`no sample run in scripts/output-schemas/samples.mjs for: ${missing.join(', ')}`);
	const unknown = [...samples.keys()].filter((key) => !operations.includes(key));
	if (unknown.length) throw new Error(`sample runs for no operation of the node: ${unknown.join(', ')}`);

	const sim = await startSimulator({ port: 0, anchor: ANCHOR });
	try {
		const credentials = { haloPsaApi: sim.credentialFields({ requestBudget: 0, backoffSeconds: 1 }) };
		const engine = await createEngine({ packageDir: ROOT, credentials });
		const schemas = [];
		const made = {};
		for (const [key, { parameters, items = [{ json: {} }] }] of samples) {
			const [resource, operation] = key.split('/');
			const run = () =>
				engine.runNode({
					type: 'haloPsa',
					typeVersion: version,
					parameters: { resource, operation, ...(typeof parameters === 'function' ? parameters(made) : parameters) },
					items,
				});
			// n8n checks a locator's ID against its regex under a 250 ms limit before the run starts (nothing is
			// sent yet); on a machine under heavy load that check can time out, so it gets one more try
			const res = await run().catch((error) => {
				if (error.message !== 'Regular expression execution timed out') throw error;
				console.error(`${key}: n8n's locator check timed out, run again`);
				return run();
			});
			if (res.error) throw new Error(`${key}: ${res.error.message}`);
			if (!res.items.length) throw new Error(`${key}: the sample run output no items`);
			made[key] = res.items[0].json;
			const tenantDefined = TENANT_DEFINED.operations.includes(key);
			const open = new Set(TENANT_DEFINED.fields);
			schemas.push([
				key,
				tenantDefined
					? { type: 'object' }
					: schemaOf(
							res.items.map((item) => item.json),
							open,
						),
			]);
		}
		fillEmptyFields(schemas);
		return new Map(
			schemas.map(([key, schema]) => [`${versionDir(version)}/${key}.json`, `${JSON.stringify(schema, null, '\t')}\n`]),
		);
	} finally {
		await sim.close();
	}
}

/** The schema files in nodes/HaloPsa/__schema__, by their path inside it. */
export function committedOutputSchemas() {
	const files = new Map();
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else files.set(path.relative(SCHEMA_DIR, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
		}
	};
	try {
		walk(SCHEMA_DIR);
	} catch (error) {
		if (error.code !== 'ENOENT') throw error;
	}
	return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const files = await generateOutputSchemas();
	rmSync(SCHEMA_DIR, { recursive: true, force: true });
	for (const [file, text] of files) {
		mkdirSync(path.dirname(path.join(SCHEMA_DIR, file)), { recursive: true });
		writeFileSync(path.join(SCHEMA_DIR, file), text);
	}
	console.log(`output schemas: ${files.size} files in ${path.relative(ROOT, SCHEMA_DIR)}`);
	process.exit(0);
}
