// HaloPSA Trigger secrets: the signing secret is random per registration, known only to static data and
// Halo, never returned or echoed; a registration Halo applied but answered with an error leaves no usable
// secret and no second webhook; an empty manual credential admits no one.
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

import { ROOT } from './support.mjs';
import { basic, envelope, sign, triggerSuite } from './trigger-support.mjs';

const require = createRequire(import.meta.url);
const { signedTokenMatches } = require(`${ROOT}/dist/nodes/HaloPsaTrigger/delivery.js`);

describe('HaloPSA Trigger: secrets', () => {
	const s = triggerSuite();
	const staticOf = (workflowId) => JSON.stringify(s.engine.getStaticData(workflowId));

	it('the secret is random (256 bits), differs per registration, lives only in static data, and is never shown', async () => {
		await s.hook('create', s.automatic(), `${s.url}-1`, 'sec-1');
		await s.hook('create', s.automatic(), `${s.url}-2`, 'sec-2');
		const [first] = await s.webhooksAt(`${s.url}-1`);
		const [second] = await s.webhooksAt(`${s.url}-2`);
		for (const webhook of [first, second]) assert.match(webhook.basic_password, /^[0-9a-f]{64}$/);
		assert.notEqual(first.basic_password, second.basic_password);
		assert.ok(staticOf('sec-1').includes(first.basic_password));
		assert.ok(!staticOf('sec-1').includes(second.basic_password), 'each workflow keeps only its own');
		for (const path of [
			'/Webhook',
			`/Webhook/${first.id}`,
			`/Webhook/${first.id}?includedetails=true`,
			`/Notification?webhook_id=${first.id}`,
		]) {
			const { json } = await s.halo('GET', path);
			assert.ok(!JSON.stringify(json).includes(first.basic_password), `${path} does not return the secret`);
		}
		const body = JSON.stringify(envelope());
		const token = sign(first.basic_password, body);
		const res = await s.deliver({ headers: { token }, body }, s.automatic(), 'sec-1');
		assert.equal(res.workflowData[0].length, 1);
		const shown = JSON.stringify([res.workflowData, res.responseBody, res.responseHeaders]);
		assert.ok(
			!shown.includes(first.basic_password) && !shown.includes(token),
			'neither the secret nor the signature is echoed',
		);
		await s.hook('delete', s.automatic(), `${s.url}-1`, 'sec-1');
		await s.hook('delete', s.automatic(), `${s.url}-2`, 'sec-2');
		assert.ok(!staticOf('sec-1').includes(first.basic_password), 'deactivation forgets it');
	});

	it('a registration Halo applied but answered with a 500: no secret kept, not re-sent, the next activation leaves exactly one webhook', async () => {
		await s.ctl.fault({
			match: { method: 'POST', path: '/api/Webhook' },
			kind: 'status',
			status: 500,
			applyAfterHandling: true,
		});
		await assert.rejects(s.hook('create'), /An error has occurred/);
		const [leftover] = await s.webhooksAt();
		assert.ok(leftover, 'Halo did create it');
		assert.ok(!staticOf(s.workflowId).includes(leftover.basic_password), 'its secret was not kept');
		assert.equal((await s.ctl.apiRequests()).filter((r) => r.method === 'POST').length, 1, 'not re-sent');
		await s.hook('create');
		const now = await s.webhooksAt();
		assert.equal(now.length, 1, 'the leftover was removed');
		assert.notEqual(now[0].id, leftover.id);
		const stale = await s.deliver({ headers: { token: leftover.basic_password }, body: envelope() });
		assert.equal(stale.responseStatus, 401, "the leftover's secret does not open the trigger");
		await s.hook('delete');
	});

	it('an empty manual credential admits no one', async () => {
		const manual = { registration: 'manual' };
		s.engine.setCredentials('haloPsaWebhookApi', { authentication: 'basic', user: '', password: '' });
		assert.equal(
			(await s.deliver({ headers: { authorization: basic('', '') }, body: envelope() }, manual)).responseStatus,
			401,
		);
		s.engine.setCredentials('haloPsaWebhookApi', { authentication: 'signedToken', headerName: 'Token', secret: '' });
		for (const headers of [{}, { token: '' }, { token: sign('', JSON.stringify(envelope())) }]) {
			assert.equal((await s.deliver({ headers, body: envelope() }, manual)).responseStatus, 401);
		}
	});

	it('signedTokenMatches: the signature of the exact bytes or the secret, nothing else', () => {
		const raw = Buffer.from('{"a":1}');
		const secret = 'k'.repeat(64);
		assert.equal(signedTokenMatches(sign(secret, '{"a":1}'), secret, raw), true);
		assert.equal(signedTokenMatches(` ${sign(secret, '{"a":1}')} `, secret, raw), true, 'surrounding spaces');
		assert.equal(signedTokenMatches(secret, secret, raw), true);
		assert.equal(
			signedTokenMatches(secret, secret, undefined),
			true,
			'without the raw body only the secret itself can match',
		);
		assert.equal(signedTokenMatches(sign(secret, '{"a":1}'), secret, undefined), false);
		for (const bad of [
			undefined,
			null,
			42,
			['x'],
			'',
			' ',
			sign(secret, '{"a": 1}'),
			sign('', '{"a":1}'),
			`${secret}=`,
		]) {
			assert.equal(signedTokenMatches(bad, secret, raw), false, String(bad));
		}
		assert.equal(signedTokenMatches(sign('', '{"a":1}'), '', raw), false, 'no secret, no match');
		assert.equal(signedTokenMatches('', '', raw), false);
	});

	it('a delivery another n8n process recorded in the static data is a duplicate here too (queue mode, several mains)', () => {
		const { claimDeliveries } = require(`${ROOT}/dist/nodes/HaloPsaTrigger/replay.js`);
		const hour = 3_600_000;
		const stored = {};
		assert.deepEqual(claimDeliveries('wf-shared', stored, [{ key: 'id:delivery-1' }], hour), ['fresh']);
		// another process handled delivery-2 and saved it into the same static data
		const elsewhere = {};
		claimDeliveries('wf-shared-other-process', elsewhere, [{ key: 'id:delivery-2' }], hour);
		stored.recentDeliveries = { ...stored.recentDeliveries, ...elsewhere.recentDeliveries };
		assert.deepEqual(claimDeliveries('wf-shared', stored, [{ key: 'id:delivery-2' }], hour), ['duplicate']);
		assert.deepEqual(claimDeliveries('wf-shared', stored, [{ key: 'id:delivery-3' }], hour), ['fresh']);
	});
});
