// Opportunity resource (Halo /Opportunities: ticket-shaped rows in a `tickets` envelope, paged): create, get,
// get many (client, status, open only), update. Shares its operations with Project (common/ticketShaped.ts).
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const opportunity = (operation, extra = {}) => ({ resource: 'opportunity', operation, ...extra });

describe('opportunity', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });
	let seeded;
	before(async () => {
		seeded = await t.ctl.state('opportunities');
	});

	it('get many, open only: one page from /Opportunities; value and prospect on the simplified rows', async () => {
		const res = await t.run(opportunity('getAll', { openOnly: true, returnAll: true }));
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]),
			[['GET', '/api/Opportunities', { open_only: 'true', pageinate: 'true', page_size: '100', page_no: '1' }]],
		);
		const open = seeded.filter((o) => o.status_id !== 9);
		assert.ok(open.length > 1 && open.length < seeded.length);
		assert.deepEqual(
			res.items.map((i) => i.json.id),
			open.map((o) => o.id),
		);
		const first = res.items[0].json;
		assert.equal(typeof first.oppvalue, 'number', 'money as a number');
		assert.equal(first.oppvalue, open[0].oppvalue);
		assert.equal(first.oppcompanyname, first.client_name);
	});

	it('create sends summary, client, value and probability; update only the fields set', async () => {
		const res = await t.run(
			opportunity('create', {
				summary: 'Cloud PBX',
				clientId: byId(5),
				additionalFields: { oppvalue: 3200.5, oppconversionprobability: 40, oppcontactname: 'Dana Fox' },
			}),
		);
		assert.equal(res.error, undefined, res.error?.message);
		const post = (await t.ctl.apiRequests()).find((r) => r.method === 'POST');
		assert.equal(post.path, '/api/Opportunities');
		assert.deepEqual(post.body, [
			{
				summary: 'Cloud PBX',
				client_id: 5,
				oppvalue: 3200.5,
				oppconversionprobability: 40,
				oppcontactname: 'Dana Fox',
			},
		]);
		const id = res.items[0].json.id;
		assert.equal(res.items[0].json.oppvalue, 3200.5);
		await t.ctl.clearRequests();
		const updated = await t.run(
			opportunity('update', { opportunityId: byId(id), updateFields: { status_id: 'Closed' } }),
		);
		assert.equal(updated.error, undefined, updated.error?.message);
		const write = (await t.ctl.apiRequests()).find((r) => r.method === 'POST');
		assert.deepEqual(write.body, [{ id, status_id: 9 }]);
		assert.equal((await t.ctl.state('opportunities', id)).status_id, 9);
		const got = await t.run(opportunity('get', { opportunityId: byId(id) }));
		assert.equal(got.items[0].json.oppcontactname, 'Dana Fox');
	});

	it('bad input fails before sending: a client ID that is not a whole number, a blank summary, an empty summary on update', async () => {
		const cases = [
			[
				opportunity('create', { summary: 'X', clientId: { __rl: true, mode: 'id', value: '={{ "12.5" }}' } }),
				/^Client: must be a Halo ID/,
			],
			[
				opportunity('create', { summary: '={{ " " }}', clientId: byId(5) }),
				/^Summary: is required and cannot be empty/,
			],
			[
				opportunity('update', { opportunityId: byId(seeded[0].id), updateFields: { summary: '' } }),
				/^Summary: cannot be set to empty \[item 0\]$/,
			],
		];
		for (const [parameters, message] of cases) {
			const res = await t.run(parameters);
			assert.match(res.error?.message ?? '', message);
		}
		assert.deepEqual(
			(await t.ctl.apiRequests()).filter((r) => r.method === 'POST'),
			[],
		);
	});
});
