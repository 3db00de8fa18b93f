// The editor's schema preview: every operation of the HaloPSA node ships the JSON schema of its output in
// __schema__/v1.0.0/<resource>/<operation>.json (where n8n serves /schemas/<node>/<version>/... from), the
// committed files are what `npm run schemas` generates from the simulator today, and the build ships them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ROOT } from './support.mjs';
import { committedOutputSchemas, generateOutputSchemas, schemaOf } from '../../scripts/output-schemas.mjs';

describe('Output schemas', () => {
	it('every operation has a schema, and the committed ones are the generated ones (run `npm run schemas` after changing an output)', async () => {
		const generated = await generateOutputSchemas();
		const committed = committedOutputSchemas();
		const stale = [...generated].filter(([file, text]) => committed.has(file) && committed.get(file) !== text);
		const missing = [...generated.keys()].filter((file) => !committed.has(file));
		const extra = [...committed.keys()].filter((file) => !generated.has(file));
		const where = (files) => files.map((file) => `nodes/HaloPsa/__schema__/${file}`).join(', ');
		assert.deepEqual(missing, [], `missing (run \`npm run schemas\`): ${where(missing)}`);
		assert.deepEqual(
			stale.map(([file]) => file),
			[],
			`stale (run \`npm run schemas\`): ${where(stale.map(([file]) => file))}`,
		);
		assert.deepEqual(extra, [], `for no operation of the node: ${where(extra)}`);
	});

	it('what the editor shows for Ticket → Get before any run: Simplify names, lookups as names beside their IDs', () => {
		const schema = JSON.parse(readFileSync(path.join(ROOT, 'nodes/HaloPsa/__schema__/v1.0.0/ticket/get.json'), 'utf8'));
		assert.equal(schema.type, 'object');
		assert.deepEqual(schema.properties.id, { type: 'integer' });
		assert.deepEqual(schema.properties.status_name, { type: 'string' });
		assert.deepEqual(schema.properties.client_name, { type: 'string' });
		// tenant-defined names (the simulator's custom fields) do not ship as if every tenant had them
		assert.deepEqual(schema.properties.custom_fields, { type: 'object' });
		const report = JSON.parse(
			readFileSync(path.join(ROOT, 'nodes/HaloPsa/__schema__/v1.0.0/report/runSql.json'), 'utf8'),
		);
		assert.deepEqual(report, { type: 'object' }, "a report's columns come from its SQL");
	});

	it('the build ships them beside the node (dist/nodes/HaloPsa/__schema__)', () => {
		for (const [file, text] of committedOutputSchemas())
			assert.equal(readFileSync(path.join(ROOT, 'dist/nodes/HaloPsa/__schema__', file), 'utf8'), text, file);
	});

	it('derives types as n8n reads them: integers, numbers, nested objects and list items merged over records', () => {
		const schema = schemaOf([
			{ id: 1, hours: 2, lines: [{ qty: 1 }], site: { name: 'HQ' } },
			{ id: 2, hours: 1.5, lines: [{ qty: 2, note: 'x' }], site: null, tags: [] },
		]);
		assert.deepEqual(schema, {
			type: 'object',
			properties: {
				hours: { type: 'number' },
				id: { type: 'integer' },
				lines: {
					type: 'array',
					items: { type: 'object', properties: { note: { type: 'string' }, qty: { type: 'integer' } } },
				},
				site: { type: 'object', properties: { name: { type: 'string' } } },
				tags: { type: 'array', items: { type: 'string' } },
			},
		});
	});
});
