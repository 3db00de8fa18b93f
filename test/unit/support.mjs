// Shared set-up for the in-process tier: a fresh Halo simulator and an n8n engine whose HaloPSA
// credential points at it. Every test file starts one (port 0) and closes it in `after`.
import { strict as assert } from 'node:assert';
import { after, before, beforeEach } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSimulator } from '../../simulator/index.mjs';
import { createEngine } from '../harness/engine.mjs';

export { simToken } from '../harness/credentials.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Control API of a running simulator (the same calls the real-n8n tier makes over HTTP). */
export function simControl(url) {
	const call = async (method, route, body) => {
		const res = await fetch(`${url}/_sim${route}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`simulator ${method} ${route} → ${res.status}: ${text}`);
		return text ? JSON.parse(text) : undefined;
	};
	return {
		reset: (options = {}) => call('POST', '/reset', options),
		requests: () => call('GET', '/requests'),
		clearRequests: () => call('DELETE', '/requests'),
		/** the API requests of the log, without token requests */
		apiRequests: async () => (await call('GET', '/requests')).filter((r) => !r.tokenRequest),
		tokenRequests: async () => (await call('GET', '/requests')).filter((r) => r.tokenRequest),
		specViolations: () => call('GET', '/spec-violations'),
		fault: (rule) => call('POST', '/faults', rule),
		clearFaults: () => call('DELETE', '/faults'),
		config: (settings) => call('POST', '/config', settings),
		expireTokens: () => call('POST', '/tokens/expire'),
		state: (collection, id) => call('GET', `/state/${collection}${id === undefined ? '' : `/${id}`}`),
		act: (action) => call('POST', '/act', action),
	};
}

/**
 * Starts simulator + engine. `credentials` overrides the credential fields (pacing is off unless a
 * test turns it on, so unrelated tests never wait on the request budget).
 */
export async function setup({ sim: simOptions = {}, credentials = {} } = {}) {
	const sim = await startSimulator({ port: 0, ...simOptions });
	const credentialData = sim.credentialFields({ requestBudget: 0, backoffSeconds: 1, ...credentials });
	const engine = await createEngine({ packageDir: ROOT, credentials: { haloPsaApi: credentialData } });
	const ctl = simControl(sim.url);
	return {
		sim,
		engine,
		ctl,
		credentialData,
		/** runs the HaloPSA node once with the given parameters and input items */
		run: (parameters, items = [{ json: {} }], options = {}) =>
			engine.runNode({ type: 'haloPsa', typeVersion: 1, parameters, items, ...options }),
		close: () => sim.close(),
	};
}

/** Fails the test if any request the suite sent would have been refused by Halo's OpenAPI definition. */
export async function assertNoSpecViolations(ctl) {
	const violations = await ctl.specViolations();
	assert.deepEqual(violations, [], `requests that break Halo's API definition: ${JSON.stringify(violations, null, 2)}`);
}

/**
 * The hooks every resource suite needs: one simulator + engine for the whole suite, no faults and an empty
 * request log before each test, and Halo's API definition checked at the end. Returns the handle that
 * `setup()` fills in before the first test.
 */
export function haloSuite(options = {}) {
	const t = {};
	before(async () => {
		Object.assign(t, await setup(options));
	});
	after(async () => {
		await assertNoSpecViolations(t.ctl);
		await t.close();
	});
	beforeEach(async () => {
		await t.ctl.clearFaults();
		await t.ctl.clearRequests();
	});
	return t;
}
