// HaloPSA Trigger helpers shared by the real-n8n tiers (e2e and queue mode).
import { randomUuid, sleep, TRIGGER_TYPE } from './n8n.mjs';

/** A workflow holding only the HaloPSA Trigger, with the given parameters and HaloPSA API credential. */
export function triggerWorkflow(credential, { name, parameters = {} }) {
	return {
		name,
		nodes: [
			{
				id: randomUuid(),
				name: 'HaloPSA Trigger',
				type: TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				webhookId: randomUuid(),
				parameters,
				credentials: { haloPsaApi: { id: credential.id, name: credential.name } },
			},
		],
		connections: {},
		settings: { saveDataSuccessExecution: 'all' },
	};
}

/**
 * n8n saves the trigger's static data (the secret) a moment after create() registered the webhook in Halo; a
 * delivery before that finds no secret and gets 401. Waits until the saved workflow holds it.
 */
export async function untilSecretSaved(server, workflowId) {
	for (let i = 0; i < 75; i++) {
		const res = await server.api('GET', `/workflows/${workflowId}`);
		if (res.body?.staticData?.['node:HaloPSA Trigger']?.secret) return;
		await sleep(200);
	}
	throw new Error(`workflow ${workflowId}: the trigger's secret was never saved`);
}
