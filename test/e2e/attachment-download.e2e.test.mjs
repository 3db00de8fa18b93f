// Real n8n + packed package + simulator: Attachment → Download streams the reply into n8n's binary store
// (`encoding: 'stream'`, prepareBinaryData with a stream) on every tested n8n line, keeps a safe base name,
// and stops at Max File Size.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
	executeWorkflow,
	importCredentials,
	importWorkflows,
	manualWorkflow,
	nodeError,
	nodeItems,
} from './lib/n8n.mjs';
import { startSim } from './lib/sim.mjs';

const MB = 1024 * 1024;
const download = (attachmentId, options = {}) => ({
	resource: 'attachment',
	operation: 'download',
	attachmentId,
	binaryPropertyName: 'data',
	options,
});

describe('attachment download through a real n8n', () => {
	let sim;
	const flows = {};
	before(async () => {
		sim = await startSim();
		const attachments = sim.store.coll('attachments');
		for (const [id, filename, bytes] of [
			[901, '../../../../home/node/.n8n/evil.txt', Buffer.from('hello from halo')],
			[902, 'big.bin', Buffer.alloc(2 * MB + 1, 1)],
		]) {
			attachments.insert({ id, filename, ticket_id: 1001 });
			sim.store.blobs.set(id, bytes);
		}
		const [credential] = await importCredentials([{ data: sim.credentialFields() }]);
		const ids = await importWorkflows([
			manualWorkflow({ parameters: download('901'), credential, name: 'e2e download safe name' }),
			manualWorkflow({ parameters: download('902', { maxSizeMb: 1 }), credential, name: 'e2e download cap' }),
		]);
		[flows.safeName, flows.cap] = ids;
	});
	after(async () => {
		await sim?.close();
	});

	test('the file arrives with a safe base name and its size', async () => {
		const result = await executeWorkflow(flows.safeName);
		assert.deepEqual(result.loadErrors, [], 'n8n could not load the package');
		assert.ok(result.ok, `execution failed: ${JSON.stringify(result.error ?? nodeError(result.run, 'HaloPSA'))}`);
		const [item] = nodeItems(result.run, 'HaloPSA');
		assert.equal(item.filename, 'evil.txt');
		assert.equal(item.filesize, 'hello from halo'.length);
	});

	test('a file over Max File Size fails the node, naming the option', async () => {
		const result = await executeWorkflow(flows.cap);
		const error = result.error ?? nodeError(result.run, 'HaloPSA');
		assert.match(
			JSON.stringify(error),
			/Max File Size \(MB\): \\"big\.bin\\" is 2\.0 MB, more than Max File Size \(1 MB\)/,
		);
	});
});
