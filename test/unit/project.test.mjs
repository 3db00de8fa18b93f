// Project resource (Halo /Projects: ticket-shaped rows in a `tickets` envelope, paged): create, get, get many
// (client, status, open only), update.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const project = (operation, extra = {}) => ({ resource: 'project', operation, ...extra });
const PAGE = (size) => ({ pageinate: 'true', page_size: String(size), page_no: '1' });

describe('project', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });
	let seeded;
	before(async () => {
		seeded = await t.ctl.state('projects');
	});

	it('get many: client, status and open only go to Halo; pages of the Limit; ticket-shaped rows simplified', async () => {
		const res = await t.run(
			project('getAll', { openOnly: true, limit: 10, filters: { clientId: '1', statusIds: ['2', '1'] } }),
		);
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]),
			[['GET', '/api/Projects', { client_id: '1', status: '2,1', open_only: 'true', ...PAGE(10) }]],
		);
		const expected = seeded.filter((p) => p.client_id === 1 && [1, 2].includes(p.status_id));
		assert.deepEqual(
			res.items.map((i) => i.json.id),
			expected.map((p) => p.id),
		);
		assert.equal(res.items[0].json.client_name, 'Acme Logistics Ltd');
		assert.deepEqual(Object.keys(res.items[0].json).slice(0, 4), ['id', 'summary', 'details', 'tickettype_id']);
	});

	it('get many, Return All: every page; finished projects too unless Open Only', async () => {
		const res = await t.run(project('getAll', { returnAll: true }));
		assert.equal(res.error, undefined, res.error?.message);
		assert.equal(res.items.length, seeded.length);
		assert.ok(res.items.some((i) => i.json.status_id === 9));
	});

	it('create sends summary, client and the fields set; dates as ISO, estimate in hours, status by name', async () => {
		const res = await t.run(
			project('create', {
				summary: 'Wi-Fi survey',
				clientId: byId(3),
				additionalFields: { status_id: 'In Progress', startdate: '2027-01-04', estimate: 12.5, agent_id: '4' },
			}),
		);
		assert.equal(res.error, undefined, res.error?.message);
		const requests = await t.ctl.apiRequests();
		const post = requests.find((r) => r.method === 'POST');
		assert.deepEqual(post.path, '/api/Projects');
		assert.deepEqual(post.body, [
			{
				summary: 'Wi-Fi survey',
				client_id: 3,
				status_id: 2,
				startdate: '2027-01-04T00:00:00.000Z',
				estimate: 12.5,
				agent_id: 4,
			},
		]);
		assert.equal(res.items[0].json.client_name, 'Northwind Accountancy LLP');
		assert.equal((await t.ctl.state('projects', res.items[0].json.id)).summary, 'Wi-Fi survey');
	});

	it('create: bad input fails before sending (no summary, a negative estimate, an unknown status name)', async () => {
		const base = { summary: 'X', clientId: byId(3) };
		const cases = [
			[{ summary: '={{ "  " }}' }, /^Summary: is required and cannot be empty \[item 0\]$/],
			[{ additionalFields: { estimate: -2 } }, /^Estimate \(Hours\):/],
			[{ additionalFields: { status_id: 'Nearly Done' } }, /Nearly Done/],
		];
		for (const [parameters, message] of cases) {
			const res = await t.run(project('create', { ...base, ...parameters }));
			assert.match(res.error?.message ?? '', message);
		}
		assert.deepEqual(
			(await t.ctl.apiRequests()).filter((r) => r.method === 'POST'),
			[],
		);
	});

	it('get and update: by ID; update sends the id and only the fields set', async () => {
		const target = seeded[0];
		const got = await t.run(project('get', { projectId: byId(target.id) }));
		assert.equal(got.error, undefined, got.error?.message);
		assert.equal(got.items[0].json.summary, target.summary);
		assert.deepEqual((await t.ctl.apiRequests())[0].path, `/api/Projects/${target.id}`);
		await t.ctl.clearRequests();
		const res = await t.run(
			project('update', {
				projectId: byId(target.id),
				updateFields: { status_id: '9', targetdate: '2027-02-01T00:00:00Z' },
			}),
		);
		assert.equal(res.error, undefined, res.error?.message);
		const post = (await t.ctl.apiRequests()).find((r) => r.method === 'POST');
		assert.deepEqual(post.body, [{ id: target.id, status_id: 9, targetdate: '2027-02-01T00:00:00.000Z' }]);
		assert.equal(res.items[0].json.status_id, 9);
		assert.ok(res.items[0].json.dateclosed, 'closed by the closed status');
		const missing = await t.run(project('get', { projectId: byId(99999) }));
		assert.match(missing.error.message, /^Project 99999 was not found in Halo\. Check the ID/);
	});
});
