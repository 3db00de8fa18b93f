// The credential's "Test" button in a real n8n server: preAuthentication fetches a token, then the
// credential's test request (GET /api/Agent/me) runs with it. Wrong secrets give a readable error.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { createCredential, startServer, testCredential, testCredentialById, unsupported } from './lib/n8n.mjs';
import { isTokenRequest, startSim } from './lib/sim.mjs';

describe('credential test in the n8n server', () => {
	let sim;
	let server;
	before(async () => {
		sim = await startSim();
		server = await startServer();
	});
	after(async () => {
		await server?.stop();
		await sim?.close();
	});

	test('the editor\'s credential test (POST /rest/credentials/test) succeeds', async () => {
		await sim.reset();
		const data = sim.credentialData();
		const credential = await createCredential(server, { data });
		const result = await testCredential(server, { ...credential, data });
		assert.equal(result.status, 'OK', `credential test failed: ${JSON.stringify(result)}`);
		const log = await sim.requests();
		assert.equal(log.filter(isTokenRequest).length, 1, `expected one token request: ${JSON.stringify(log)}`);
		assert.ok(
			log.some((r) => r.method === 'GET' && /\/api\/agent\/me$/i.test(r.path) && r.status === 200),
			`no successful GET /api/Agent/me: ${JSON.stringify(log)}`,
		);
		assert.deepEqual(await sim.specViolations(), []);
	});

	test('the public API credential test uses the stored data', { skip: unsupported('publicApiCredentialTest') }, async () => {
		await sim.reset();
		const credential = await createCredential(server, { data: sim.credentialData() });
		const result = await testCredentialById(server, credential.id);
		assert.equal(result.status, 'OK', `credential test failed: ${JSON.stringify(result)}`);
	});

	test('a wrong client secret is reported as rejected credentials', async () => {
		await sim.reset();
		const data = sim.credentialData({ clientSecret: 'not-the-secret' });
		const credential = await createCredential(server, { data });
		const result = await testCredential(server, { ...credential, data });
		assert.equal(result.status, 'Error');
		assert.match(result.message, /rejected|client secret/i, result.message);
		const log = await sim.requests();
		assert.equal(log.filter((r) => !isTokenRequest(r)).length, 0, 'an API call was made without a token');
	});
});
