// n8n's node metadata (codex, `<node>.node.json` beside the built node): what n8n's loader attaches to each node,
// so that searching "Halo", "PSA" or "ticket" in the editor's node panel finds both nodes, under the package's
// categories, with documentation links that land on a section of the README.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { createEngine } from '../harness/engine.mjs';
import { ROOT } from './support.mjs';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const README_URL = `${manifest.homepage.replace(/#readme$/, '')}#`;

/** The anchors GitHub gives the README's headings (lower case, punctuation dropped, spaces as hyphens). */
function readmeAnchors() {
	const headings = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
		.replace(/```[\s\S]*?```/g, '')
		.match(/^#{1,6} .+$/gm);
	const anchors = new Set();
	for (const heading of headings) {
		const base = heading
			.replace(/^#+ /, '')
			.trim()
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\s_-]/gu, '')
			.replace(/\s/g, '-');
		let anchor = base;
		for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
		anchors.add(anchor);
	}
	return anchors;
}

describe('Codex (node metadata)', () => {
	const nodes = manifest.n8n.nodes;

	it('the build puts each node\'s codex beside it in dist (package.json "files" ships dist)', () => {
		assert.equal(nodes.length, 2);
		for (const file of nodes) assert.ok(existsSync(path.join(ROOT, `${file}on`)), `${file}on is missing`);
	});

	it("n8n's loader gives both nodes their categories, search aliases and README links", async () => {
		const engine = await createEngine({ packageDir: ROOT });
		const anchors = readmeAnchors();
		for (const file of nodes) {
			const codexFile = JSON.parse(readFileSync(path.join(ROOT, `${file}on`), 'utf8'));
			const { description } = engine.nodeTypes.getByNameAndVersion(`${manifest.name}.${codexFile.node.split('.')[1]}`);
			assert.equal(codexFile.node, `${manifest.name}.${description.name}`, `${file}: codex "node" is the node's type`);
			const { codex } = description;
			assert.ok(codex, `${description.name}: n8n attached no codex`);
			assert.deepEqual(codex.categories, ['Communication', 'Productivity']);
			for (const alias of ['Halo', 'HaloPSA', 'PSA', 'ticket'])
				assert.ok(codex.alias?.includes(alias), `${description.name}: alias "${alias}" is missing`);
			const links = [...codex.resources.primaryDocumentation, ...codex.resources.credentialDocumentation];
			assert.ok(links.length >= 2);
			for (const { url } of links) {
				assert.ok(url.startsWith(README_URL), `${url} is not a README link`);
				assert.ok(anchors.has(url.slice(README_URL.length)), `${url}: README.md has no such heading`);
			}
		}
	});

	it('the README anchors are read as GitHub makes them', () => {
		const anchors = readmeAnchors();
		for (const anchor of ['halopsa-node', 'halopsa-trigger', 'halo-api-application', 'ai-agents-and-mcp'])
			assert.ok(anchors.has(anchor), anchor);
		assert.ok(!anchors.has('no-such-section'));
	});
});
