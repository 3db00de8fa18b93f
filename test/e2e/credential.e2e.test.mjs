// The credential's "Test" button in a real n8n server: preAuthentication fetches a token, then the
// credential's test request (GET /api/Agent/me) runs with it. Wrong secrets give a readable error. A token
// is never sent to another host after the credential's Halo URL is edited (n8n keeps the hidden token).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
	createCredential,
	executeWorkflow,
	exportCredential,
	importWorkflow,
	manualWorkflow,
	nodeError,
	startServer,
	testCredential,
	testCredentialById,
	unsupported,
} from './lib/n8n.mjs';
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

	test("the editor's credential test (POST /rest/credentials/test) succeeds", async () => {
		await sim.reset();
		const data = sim.credentialFields();
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

	test(
		'the public API credential test uses the stored data',
		{ skip: unsupported('publicApiCredentialTest') },
		async () => {
			await sim.reset();
			const credential = await createCredential(server, { data: sim.credentialFields() });
			const result = await testCredentialById(server, credential.id);
			assert.equal(result.status, 'OK', `credential test failed: ${JSON.stringify(result)}`);
		},
	);

	test('a wrong client secret is reported as rejected credentials', async () => {
		await sim.reset();
		const data = sim.credentialFields({ clientSecret: 'not-the-secret' });
		const credential = await createCredential(server, { data });
		const result = await testCredential(server, { ...credential, data });
		assert.equal(result.status, 'Error');
		assert.match(result.message, /rejected|client secret/i, result.message);
		const log = await sim.requests();
		assert.equal(log.filter((r) => !isTokenRequest(r)).length, 0, 'an API call was made without a token');
	});

	// n8n keeps the hidden token when a credential is edited (checked here in the real server); the
	// credential therefore binds its token to the settings it was issued for and never sends it elsewhere.
	test('after the Halo URL is edited in the editor, n8n still holds the old token, and the node never sends it to the new host', async () => {
		await sim.reset();
		const other = await startSim({ seed: 'other' });
		try {
			const bearers = [];
			const verify = other.sim.auth.verify.bind(other.sim.auth);
			other.sim.auth.verify = (headers) => {
				bearers.push(String(headers.authorization ?? ''));
				return verify(headers);
			};
			const credential = await createCredential(server, { data: sim.credentialFields() });
			const workflowId = await importWorkflow(
				manualWorkflow({
					credential,
					parameters: { resource: 'ticket', operation: 'get', ticketId: { __rl: true, mode: 'id', value: '1001' } },
				}),
			);
			let result = await executeWorkflow(workflowId);
			assert.equal(result.code, 0, JSON.stringify(result.error ?? nodeError(result.run, 'HaloPSA')));
			const oldToken = (await exportCredential(credential.id)).data.accessToken;
			assert.ok(oldToken, 'the first run stored a token');

			// the editor loads the credential (the token comes back redacted) and saves it with the new URL
			const loaded = await server.rest('GET', `/credentials/${credential.id}?includeData=true`);
			assert.equal(loaded.status, 200, JSON.stringify(loaded.body));
			assert.notEqual(loaded.data.data.accessToken, oldToken, 'the editor is not shown the token');
			const saved = await server.rest('PATCH', `/credentials/${credential.id}`, {
				name: credential.name,
				type: 'haloPsaApi',
				data: { ...loaded.data.data, haloUrl: other.url },
			});
			assert.equal(saved.status, 200, JSON.stringify(saved.body));
			const edited = (await exportCredential(credential.id)).data;
			assert.equal(edited.haloUrl, other.url);
			assert.equal(edited.accessToken, oldToken, "n8n kept the old host's token through the edit");

			result = await executeWorkflow(workflowId);
			const why =
				JSON.stringify(result.error ?? nodeError(result.run, 'HaloPSA')) ??
				`${result.stdout}\n${result.stderr}`.slice(-3000);
			assert.equal(result.code, 0, why);
			assert.ok(bearers.length > 0, 'the new host was called');
			assert.ok(!bearers.some((header) => header.includes(oldToken)), "the old host's token reached the new host");
			assert.deepEqual(
				(await other.apiRequests()).map((r) => `${r.method} ${r.path} ${r.status}`),
				['GET /api/Tickets/1001 200'],
			);
		} finally {
			await other.close();
		}
	});
});
