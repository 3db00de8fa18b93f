#!/usr/bin/env node
// Build simulator/spec/halo-spec-slice.json from Halo's OpenAPI document, keeping only the
// operations the simulator serves. Run by hand when the spec or the simulator's routes change:
//
//   node scripts/slice-spec.mjs [path/to/openapi.json] [output.json]
//
// Default input: /work/shared/halopsa/openapi.json. The simulator never reads the full spec at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { servedOperations } from '../simulator/resources/index.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const input = process.argv[2] || '/work/shared/halopsa/openapi.json';
const output = process.argv[3] || resolve(here, '../simulator/spec/halo-spec-slice.json');

const spec = JSON.parse(readFileSync(input, 'utf8'));
const schemas = spec.components.schemas;
// Nested item schemas worth checking one level down (array properties whose items use them).
const NESTED = new Set(['CustomField', 'FieldHelper', 'UnameNotification']);

const refName = (ref) => ref.split('/').pop();

/** Compact type string for a property schema: int, number, string, date-time, uuid, bool, array<X>, object, any; "?" = nullable. */
function typeOf(p) {
	let t;
	if (p.$ref || p.allOf) t = 'object';
	else if (p.type === 'integer') t = 'int';
	else if (p.type === 'number') t = 'number';
	else if (p.type === 'boolean') t = 'bool';
	else if (p.type === 'string')
		t = ['date-time', 'uuid', 'byte', 'binary', 'date-span'].includes(p.format) ? p.format : 'string';
	else if (p.type === 'array') {
		const it = p.items || {};
		t = it.$ref ? `array<${refName(it.$ref)}>` : `array<${typeOf(it).replace('?', '')}>`;
	} else if (p.type === 'object') t = 'object';
	else t = 'any';
	return p.nullable ? t + '?' : t;
}

function schemaProps(name) {
	const s = schemas[name];
	if (!s) throw new Error(`schema ${name} not in spec`);
	const out = {};
	for (const [k, v] of Object.entries(s.properties || {})) out[k] = typeOf(v);
	return out;
}

const operations = {};
const usedSchemas = new Set();
const missing = [];
for (const key of servedOperations()) {
	const [method, path] = key.split(' ');
	const specPath = Object.keys(spec.paths).find((p) => p.toLowerCase() === path.toLowerCase());
	const op = specPath && spec.paths[specPath][method.toLowerCase()];
	if (!op) {
		missing.push(key);
		continue;
	}
	const entry = { path: {}, query: {} };
	for (const prm of op.parameters || []) {
		const t =
			prm.schema?.type === 'integer' ? 'int' : prm.schema?.format === 'uuid' ? 'uuid' : prm.schema?.type || 'string';
		if (prm.in === 'path') entry.path[prm.name] = t;
		else if (prm.in === 'query') entry.query[prm.name] = t; // duplicates in Halo's spec collapse here
	}
	const body = op.requestBody?.content?.['application/json']?.schema;
	if (body) {
		if (body.type === 'array') {
			const items = refName(body.items.$ref);
			entry.body = { type: 'array', items };
			usedSchemas.add(items);
		} else if (body.$ref) {
			entry.body = { type: 'object', schema: refName(body.$ref) };
			usedSchemas.add(refName(body.$ref));
		}
	}
	operations[`${method} ${specPath}`] = entry;
}
if (missing.length) console.warn('not in spec (served anyway, every request will be a violation):', missing.join(', '));

const outSchemas = {};
for (const name of usedSchemas) outSchemas[name] = schemaProps(name);
for (const name of NESTED) if (schemas[name]) outSchemas[name] = schemaProps(name);

const slice = {
	generatedBy: 'scripts/slice-spec.mjs',
	source: { title: spec.info?.title, version: spec.info?.version, openapi: spec.openapi },
	typeNotation:
		"query: int|bool|string|double|List<int> as in Halo's spec; schema props: int, number, bool, string, date-time, date-span, uuid, byte, binary, object, any, array<Item>; trailing ? = nullable",
	operations,
	schemas: outSchemas,
};
// One line per operation / schema: small diffs when the spec or the routes change.
const block = (obj) =>
	'{\n' +
	Object.entries(obj)
		.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
		.join(',\n') +
	'\n  }';
const text = [
	'{',
	`  "generatedBy": ${JSON.stringify(slice.generatedBy)},`,
	`  "source": ${JSON.stringify(slice.source)},`,
	`  "typeNotation": ${JSON.stringify(slice.typeNotation)},`,
	`  "operations": ${block(operations)},`,
	`  "schemas": ${block(outSchemas)}`,
	'}',
].join('\n');
JSON.parse(text);
writeFileSync(output, text + '\n');
console.log(`wrote ${output}: ${Object.keys(operations).length} operations, ${Object.keys(outSchemas).length} schemas`);
