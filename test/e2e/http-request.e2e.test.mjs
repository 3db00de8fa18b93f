// Any other Halo endpoint through n8n's own HTTP Request node, with this package's credential as a
// predefined credential type: n8n obtains the token through the credential (no manual header).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
	CREDENTIAL_TYPE,
	executeWorkflow,
	importCredential,
	importWorkflow,
	nodeError,
	nodeItems,
	randomUuid,
} from './lib/n8n.mjs';
import { startSim } from './lib/sim.mjs';

describe('HTTP Request node with the HaloPSA credential', () => {
	let sim;
	let workflowId;
	before(async () => {
		sim = await startSim();
		const credential = await importCredential({ data: sim.credentialFields() });
		workflowId = await importWorkflow({
			name: 'e2e HTTP Request with HaloPSA credential',
			nodes: [
				{
					id: randomUuid(),
					name: 'Manual',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				{
					id: randomUuid(),
					name: 'Halo SLAs',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					position: [220, 0],
					parameters: {
						method: 'GET',
						url: `${sim.url}/api/SLA`,
						authentication: 'predefinedCredentialType',
						nodeCredentialType: CREDENTIAL_TYPE,
						sendQuery: true,
						queryParameters: { parameters: [{ name: 'showpriorities', value: 'true' }] },
						options: {},
					},
					credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
				},
			],
			connections: { Manual: { main: [[{ node: 'Halo SLAs', type: 'main', index: 0 }]] } },
		});
	});
	after(async () => {
		await sim?.close();
	});

	test('GET /api/SLA with the token the credential fetched', async () => {
		const result = await executeWorkflow(workflowId);
		assert.equal(result.code, 0, JSON.stringify(result.error ?? nodeError(result.run, 'Halo SLAs')));
		const items = nodeItems(result.run, 'Halo SLAs');
		// every SLA the simulator holds, as Halo stores them
		const seeded = await sim.controlRequest('GET', '/state/slas');
		assert.ok(seeded.length >= 2);
		assert.deepEqual(items.map((sla) => sla.name).sort(), seeded.map((sla) => sla.name).sort());
		assert.ok(
			items.every((sla) => Array.isArray(sla.priorities)),
			'the query parameter reached Halo',
		);
		const log = await sim.requests();
		assert.deepEqual(
			log.map((r) => `${r.method} ${r.path} ${r.status}`),
			['POST /auth/token 200', 'GET /api/SLA 200'],
		);
	});
});
