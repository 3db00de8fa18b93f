// Ticket operations: the request Halo receives and the items n8n outputs.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

describe('Ticket', () => {
	const t = haloSuite();
	const writes = async () => (await t.ctl.apiRequests()).filter((r) => r.method !== 'GET');

	it('Create sends one array-body POST with names resolved, custom fields by name and JSON merged last', async () => {
		const res = await t.run({
			resource: 'ticket',
			operation: 'create',
			summary: 'Outlook keeps asking for password',
			additionalFields: {
				details: 'Since this morning',
				client_id: 1,
				site_id: 2,
				tickettype_id: 'Service Request',
				status_id: 'In Progress',
				agent_id: 4,
				team: 1,
				impact: 2,
			},
			customFields: { field: [{ field: 'CFBillingCode', value: 'MSP-ACME' }] },
			additionalJson: '{"impact": 3, "category_1": "Email"}',
		});
		assert.equal(res.error, undefined, res.error?.message);
		const [post] = await writes();
		assert.equal(post.path, '/api/Tickets');
		assert.deepEqual(post.body, [
			{
				summary: 'Outlook keeps asking for password',
				details: 'Since this morning',
				client_id: 1,
				site_id: 2,
				tickettype_id: 3,
				status_id: 2,
				agent_id: 4,
				team: 'Service Desk',
				impact: 3,
				category_1: 'Email',
				customfields: [{ id: 151, value: 'MSP-ACME' }],
			},
		]);
		const [item] = res.items;
		assert.ok(item.json.id >= 1001);
		assert.equal(item.json.status_name, 'In Progress');
		assert.equal(item.json.client_name, 'Acme Logistics Ltd');
		assert.equal(item.json.custom_fields.CFBillingCode, 'MSP-ACME');
		assert.deepEqual(item.pairedItem, { item: 0 });
	});

	it('Create: an empty summary, an unknown status name and bad JSON each name the item and the field', async () => {
		const items = [
			{ json: { summary: 'Good one', status: 'New', extra: '{}' } },
			{ json: { summary: '  ', status: 'New', extra: '{}' } },
			{ json: { summary: 'Bad status', status: 'Waiting for Godot', extra: '{}' } },
			{ json: { summary: 'Bad JSON', status: 'New', extra: '{"impact": ' } },
			{ json: { summary: 'Another good one', status: 'New', extra: '{}' } },
		];
		const res = await t.run(
			{
				resource: 'ticket',
				operation: 'create',
				summary: '={{ $json.summary }}',
				additionalFields: { status_id: '={{ $json.status }}' },
				additionalJson: '={{ $json.extra }}',
			},
			items,
			{ continueOnFail: true },
		);
		assert.equal(res.items.length, 5);
		assert.deepEqual(
			res.items.map((i) => i.pairedItem.item),
			[0, 1, 2, 3, 4],
		);
		assert.equal(res.items[0].json.summary, 'Good one');
		assert.match(res.items[1].json.error, /Summary: is required.*\[item 1\]/);
		assert.match(res.items[2].json.error, /Status: Halo has no status named "Waiting for Godot".*\[item 2\]/);
		assert.match(res.items[3].json.error, /Additional Fields \(JSON\): is not valid JSON.*\[item 3\]/);
		assert.equal(res.items[4].json.summary, 'Another good one');
		assert.equal((await writes()).length, 2, 'only the good items were sent');
	});

	it('Get by URL reads the ticket; a URL from another Halo host is refused', async () => {
		const ok = await t.run({
			resource: 'ticket',
			operation: 'get',
			ticketId: { mode: 'url', value: `${t.sim.url}/ticket?id=1001` },
		});
		assert.equal(ok.error, undefined, ok.error?.message);
		assert.equal(ok.items[0].json.id, 1001);
		const [get] = await t.ctl.apiRequests();
		assert.equal(get.path, '/api/Tickets/1001');
		const other = await t.run({
			resource: 'ticket',
			operation: 'get',
			ticketId: { mode: 'url', value: 'https://evil.halopsa.com/ticket?id=1001' },
		});
		assert.match(
			other.error.message,
			/Ticket: the URL points at evil.halopsa.com, but the credential is for 127.0.0.1/,
		);
	});

	it('Get reads Simplify and Options per item when they are expressions', async () => {
		const res = await t.run(
			{
				resource: 'ticket',
				operation: 'get',
				ticketId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				simplify: '={{ $json.simplify }}',
				options: { includeLastAction: '={{ $json.lastAction }}' },
			},
			[
				{ json: { id: 1001, simplify: true, lastAction: false } },
				{ json: { id: 1002, simplify: false, lastAction: true } },
				{ json: { id: 1003, simplify: true, lastAction: true } },
			],
		);
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			res.items.map((item) => item.json.id),
			[1001, 1002, 1003],
		);
		const keys = res.items.map((item) => Object.keys(item.json).length);
		assert.ok(keys[1] > keys[0] && keys[1] > keys[2], `item 2 is the full record (${keys.join(', ')} fields)`);
		const gets = await t.ctl.apiRequests();
		assert.deepEqual(
			gets.map((r) => r.query.includelastaction),
			[undefined, 'true', 'true'],
		);
	});

	it("Get of an unknown id surfaces Halo's 404 message", async () => {
		const res = await t.run({ resource: 'ticket', operation: 'get', ticketId: { mode: 'id', value: '999999' } });
		assert.match(
			res.error.message,
			/^Ticket 999999 was not found in Halo\. Check the ID, or look the record up with a search;/,
		);
		assert.equal(String(res.error.httpCode), '404');
	});

	it('Get Many turns filters into Halo query parameters and returns simplified rows', async () => {
		const res = await t.run({
			resource: 'ticket',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: {
				clientId: 1,
				statusIds: [1, 2],
				teamIds: [1],
				state: 'open',
				search: 'printer',
				dateField: 'lastactiondate',
				since: '2020-01-01T00:00:00.000Z',
			},
			sort: { orderBy: 'lastactiondate', descending: true },
		});
		assert.equal(res.error, undefined, res.error?.message);
		const [req] = await t.ctl.apiRequests();
		assert.deepEqual(
			{ ...req.query },
			{
				client_id: '1',
				status: '1,2',
				team: '1',
				open_only: 'true',
				search: 'printer',
				datesearch: 'lastactiondate',
				startdate: '2020-01-01T00:00:00.000Z',
				order: 'lastactiondate',
				orderdesc: 'true',
				pageinate: 'true',
				page_size: '10',
				page_no: '1',
			},
		);
		for (const { json } of res.items) {
			assert.equal(json.client_id, 1);
			assert.ok([1, 2].includes(json.status_id));
			assert.equal(json.details === undefined || typeof json.details === 'string', true);
		}
	});

	it('Get Many takes team and status names, and includes custom fields by name', async () => {
		const res = await t.run({
			resource: 'ticket',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			simplify: true,
			filters: { teamIds: '={{ ["Service Desk"] }}', statusIds: '={{ ["New", 2] }}' },
			options: { includeCustomFields: 'CFBillingCode, CFRMMAlertID' },
		});
		assert.equal(res.error, undefined, res.error?.message);
		const req = (await t.ctl.apiRequests()).find((r) => r.path === '/api/Tickets');
		assert.equal(req.query.team, '1');
		assert.equal(req.query.status, '1,2');
		assert.equal(req.query.include_custom_fields, '151,150');
		for (const { json } of res.items)
			assert.ok('CFBillingCode' in json.custom_fields, JSON.stringify(json.custom_fields));
		const bad = await t.run({
			resource: 'ticket',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			options: { includeCustomFields: 'CFNope' },
		});
		assert.match(bad.error.message, /Options → Include Custom Fields: Halo has no ticket custom field "CFNope"/);
	});

	it('Update sends only the id and the fields set; the rest of the ticket is kept', async () => {
		const before = await t.ctl.state('tickets', 1002);
		const res = await t.run({
			resource: 'ticket',
			operation: 'update',
			ticketId: { mode: 'id', value: '1002' },
			updateFields: { priority_id: 1, category_2: 'Hardware' },
		});
		assert.equal(res.error, undefined, res.error?.message);
		const [post] = await writes();
		assert.deepEqual(post.body, [{ id: 1002, priority_id: 1, category_2: 'Hardware' }]);
		const afterUpdate = await t.ctl.state('tickets', 1002);
		assert.equal(afterUpdate.priority_id, 1);
		assert.equal(afterUpdate.summary, before.summary);
	});

	it('Update with Batch Size 3 sends 4 items in 2 POSTs and pairs each updated ticket with its item', async () => {
		const items = [1003, 1004, 1005, 1006].map((id, i) => ({ json: { id, category: `Batch ${i}` } }));
		const res = await t.run(
			{
				resource: 'ticket',
				operation: 'update',
				ticketId: { mode: 'id', value: '={{ $json.id }}' },
				updateFields: { category_2: '={{ $json.category }}' },
				batchSize: 3,
			},
			items,
		);
		assert.equal(res.error, undefined, res.error?.message);
		const posts = await writes();
		assert.deepEqual(
			posts.map((p) => p.body),
			[
				[
					{ id: 1003, category_2: 'Batch 0' },
					{ id: 1004, category_2: 'Batch 1' },
					{ id: 1005, category_2: 'Batch 2' },
				],
				[{ id: 1006, category_2: 'Batch 3' }],
			],
		);
		assert.deepEqual(
			res.items.map((i) => [i.pairedItem.item, i.json.id, i.json.category_2]),
			[
				[0, 1003, 'Batch 0'],
				[1, 1004, 'Batch 1'],
				[2, 1005, 'Batch 2'],
				[3, 1006, 'Batch 3'],
			],
		);
	});

	it('Delete sends the reason', async () => {
		const created = await t.run({ resource: 'ticket', operation: 'create', summary: 'Delete me' });
		const id = created.items[0].json.id;
		await t.ctl.clearRequests();
		const res = await t.run({
			resource: 'ticket',
			operation: 'delete',
			ticketId: { mode: 'id', value: String(id) },
			reason: 'Duplicate',
		});
		assert.deepEqual(res.items[0].json, { id, deleted: true });
		const [del] = await writes();
		assert.equal(del.method, 'DELETE');
		assert.equal(del.path, `/api/Tickets/${id}`);
		assert.equal(del.query.reason, 'Duplicate');
	});

	it('Resolve closes the ticket with its closure note in one action', async () => {
		const created = await t.run({ resource: 'ticket', operation: 'create', summary: 'VPN down' });
		const id = created.items[0].json.id;
		await t.ctl.clearRequests();
		const res = await t.run({
			resource: 'ticket',
			operation: 'resolve',
			ticketId: { mode: 'id', value: String(id) },
			statusId: 'Resolved',
			note: 'Restarted the VPN concentrator',
			visibility: 'public',
			outcome: 5,
			options: { timetaken: 0.5 },
		});
		assert.equal(res.error, undefined, res.error?.message);
		const posts = await writes();
		assert.equal(posts.length, 1);
		assert.equal(posts[0].path, '/api/Actions');
		assert.deepEqual(posts[0].body, [
			{
				ticket_id: id,
				note: 'Restarted the VPN concentrator',
				hiddenfromuser: false,
				new_status: 8,
				outcome_id: 5,
				timetaken: 0.5,
			},
		]);
		const ticket = await t.ctl.state('tickets', id);
		assert.equal(ticket.status_id, 8);
		assert.ok(ticket.dateclosed);
		assert.equal(res.items[0].json.status_id, 8);
		assert.equal(res.items[0].json.action.note, 'Restarted the VPN concentrator');
	});

	it('Link Asset by hostname adds the asset once; running it again writes nothing', async () => {
		const created = await t.run({
			resource: 'ticket',
			operation: 'create',
			summary: 'Slow PC',
			additionalFields: { client_id: 1 },
		});
		const id = created.items[0].json.id;
		const assets = await t.ctl.state('assets');
		const acmeAsset = assets.find((a) => a.client_id === 1);
		const params = {
			resource: 'ticket',
			operation: 'linkAsset',
			ticketId: { mode: 'id', value: String(id) },
			assetBy: 'hostname',
			hostname: acmeAsset.inventory_number.toLowerCase(),
		};
		await t.ctl.clearRequests();
		const first = await t.run(params);
		assert.equal(first.error, undefined, first.error?.message);
		assert.equal(first.items[0].json.linked, true);
		assert.deepEqual(
			(await writes()).map((w) => w.body),
			[[{ id, assets: [{ id: acmeAsset.id }] }]],
		);
		await t.ctl.clearRequests();
		const second = await t.run(params);
		assert.equal(second.items[0].json.linked, false);
		assert.equal(second.items[0].json.already_linked, true);
		assert.equal((await writes()).length, 0);
		const ticket = await t.ctl.state('tickets', id);
		assert.deepEqual(
			ticket.assets.map((a) => a.id),
			[acmeAsset.id],
		);
	});

	it('Link Asset keeps the assets already linked (Halo replaces the list): reads the ticket with details', async () => {
		const ticket = (await t.ctl.state('tickets')).find((x) => x.assets?.length === 1);
		const [linked] = ticket.assets;
		const other = (await t.ctl.state('assets')).find(
			(a) => a.client_id === ticket.client_id && a.id !== linked.id && !a.inactive,
		);
		await t.ctl.clearRequests();
		const res = await t.run({
			resource: 'ticket',
			operation: 'linkAsset',
			ticketId: { mode: 'id', value: String(ticket.id) },
			assetBy: 'id',
			assetId: String(other.id),
		});
		assert.equal(res.error, undefined, res.error?.message);
		const [read] = (await t.ctl.apiRequests()).filter((r) => r.method === 'GET');
		assert.deepEqual([read.path, read.query], [`/api/Tickets/${ticket.id}`, { includedetails: 'true' }]);
		assert.deepEqual(
			(await writes()).map((w) => w.body),
			[[{ id: ticket.id, assets: [{ id: linked.id }, { id: other.id }] }]],
		);
		assert.deepEqual(
			(await t.ctl.state('tickets', ticket.id)).assets.map((a) => a.id),
			[linked.id, other.id],
		);
	});

	it("Link Asset writes nothing when Halo's reply has no assets list (it would unlink the others)", async () => {
		const ticket = (await t.ctl.state('tickets')).find((x) => x.assets?.length === 1);
		await t.ctl.fault({
			match: { method: 'GET', path: `/api/Tickets/${ticket.id}` },
			kind: 'status',
			status: 200,
			body: { id: ticket.id, summary: ticket.summary, client_id: ticket.client_id },
		});
		const res = await t.run({
			resource: 'ticket',
			operation: 'linkAsset',
			ticketId: { mode: 'id', value: String(ticket.id) },
			assetBy: 'id',
			assetId: '2',
		});
		assert.match(
			res.error.message,
			new RegExp(`ticket ${ticket.id} has no "assets" list.*nothing was written .*\\[item 0\\]$`),
		);
		assert.equal((await writes()).length, 0);
		assert.deepEqual((await t.ctl.state('tickets', ticket.id)).assets, ticket.assets);
	});

	it('dropdowns load from the tenant and follow what was picked before', async () => {
		const statuses = await t.engine.loadOptions({
			type: 'haloPsa',
			method: 'getClosedStatuses',
			parameters: { resource: 'ticket', operation: 'resolve' },
		});
		assert.deepEqual(statuses.map((s) => s.name).sort(), ['Closed', 'Resolved']);
		const sites = await t.engine.loadOptions({
			type: 'haloPsa',
			method: 'getSites',
			parameters: { resource: 'ticket', operation: 'create', additionalFields: { client_id: 2 } },
		});
		assert.ok(sites.length >= 1);
		const siteRows = await t.ctl.state('sites');
		const clientTwo = siteRows
			.filter((s) => s.client_id === 2)
			.map((s) => s.id)
			.sort();
		assert.deepEqual(sites.map((s) => s.value).sort(), clientTwo);
		const search = await t.engine.listSearch({
			type: 'haloPsa',
			method: 'searchTickets',
			filter: 'VPN',
			parameters: { resource: 'ticket', operation: 'get' },
		});
		assert.ok(search.results.length >= 1);
		assert.match(search.results[0].url, /\/ticket\?id=\d+$/);
	});

	it("a failing dropdown shows Halo's error instead of an empty list", async () => {
		await t.ctl.fault({
			match: { path: '/api/Status' },
			kind: 'status',
			status: 403,
			body: { Message: 'No access to statuses' },
		});
		await assert.rejects(
			t.engine.loadOptions({
				type: 'haloPsa',
				method: 'getStatuses',
				parameters: { resource: 'ticket', operation: 'getAll' },
			}),
			/No access to statuses/,
		);
	});
});
