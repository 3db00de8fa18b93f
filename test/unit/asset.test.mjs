// Asset resource (Halo /Asset, schema Device): CRUD, Get Many filters and Find by Hostname.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const find = (extra = {}) => ({ resource: 'asset', operation: 'findByHostname', ...extra });
const writes = (requests) => requests.filter((r) => r.method !== 'GET');

describe('asset', () => {
	let acme; // client 1
	let acmeSites;
	let acmeUser;
	const t = haloSuite({ sim: { ticketCount: 20 } });
	before(async () => {
		acme = await t.ctl.state('clients', 1);
		acmeSites = (await t.ctl.state('sites')).filter((s) => s.client_id === acme.id);
		acmeUser = (await t.ctl.state('users')).find((u) => u.client_id === acme.id && !u.inactive);
	});

	describe('create', () => {
		it('posts the asset with type by name, client, site, users, dates, custom and asset-type fields', async () => {
			const site = acmeSites[1];
			const res = await t.run({
				resource: 'asset',
				operation: 'create',
				assetTypeId: 'laptop',
				clientId: byId(acme.id),
				additionalFields: {
					inventory_number: 'ACME-LT-900',
					key_field2: 'SN-900',
					site_id: String(site.id),
					users: String(acmeUser.id),
					status_id: '1',
					notes: 'Bought for the new starter',
					warranty_end: '2028-06-30',
				},
				customFields: { field: [{ field: 'Warranty Provider', value: 'Dell ProSupport' }] },
				additionalJson: '{"fields": [{"id": 2, "value": "SN-900"}]}',
			});
			assert.equal(res.error, undefined, res.error?.message);
			const [post] = writes(await t.ctl.apiRequests());
			assert.equal(post.path, '/api/Asset');
			assert.deepEqual(post.body, [
				{
					assettype_id: 2,
					client_id: acme.id,
					inventory_number: 'ACME-LT-900',
					key_field2: 'SN-900',
					site_id: site.id,
					users: [{ id: acmeUser.id }],
					status_id: 1,
					notes: 'Bought for the new starter',
					warranty_end: '2028-06-30T00:00:00.000Z',
					customfields: [{ id: 155, value: 'Dell ProSupport' }],
					fields: [{ id: 2, value: 'SN-900' }],
				},
			]);
			const out = res.items[0].json;
			assert.deepEqual(res.items[0].pairedItem, { item: 0 });
			assert.ok(out.id > 0);
			assert.equal(out.inventory_number, 'ACME-LT-900');
			assert.equal(out.assettype_name, 'Laptop');
			assert.equal(out.site_name, site.name);
			assert.equal(out.custom_fields.CFWarrantyProvider, 'Dell ProSupport');
			const stored = await t.ctl.state('assets', out.id);
			assert.equal(stored.fields.find((f) => f.id === 2).value, 'SN-900');
		});

		it('names the field and the item for an unknown asset type, a missing client or a bad date', async () => {
			const type = await t.run({
				resource: 'asset',
				operation: 'create',
				assetTypeId: 'Toaster',
				clientId: byId(acme.id),
			});
			assert.match(
				type.error.message,
				/^Asset Type: Halo has no asset type named "Toaster" \(known: .*Laptop.*\) \[item 0\]$/,
			);
			const client = await t.run({
				resource: 'asset',
				operation: 'create',
				assetTypeId: '1',
				clientId: byId('={{ $json.client ?? "" }}'),
			});
			assert.match(client.error.message, /^Client: must be a Halo ID .* it is empty \[item 0\]$/);
			const date = await t.run({
				resource: 'asset',
				operation: 'create',
				assetTypeId: '1',
				clientId: byId(acme.id),
				additionalFields: { warranty_end: 'soon' },
			});
			assert.match(date.error.message, /^Warranty End: "soon" is not a date \[item 0\]$/);
			assert.equal(writes(await t.ctl.apiRequests()).length, 0);
		});

		it("surfaces Halo's message for an unknown client", async () => {
			const res = await t.run({ resource: 'asset', operation: 'create', assetTypeId: '1', clientId: byId(99999) });
			assert.match(res.error.message, /Client 99999/);
			assert.equal(String(res.error.httpCode), '400');
		});
	});

	describe('get, get many, update, delete', () => {
		it('gets one asset with its details', async () => {
			const res = await t.run({ resource: 'asset', operation: 'get', assetId: byId(1) });
			assert.equal(res.error, undefined, res.error?.message);
			const [req] = await t.ctl.apiRequests();
			assert.deepEqual([req.method, req.path, req.query], ['GET', '/api/Asset/1', { includedetails: 'true' }]);
			const out = res.items[0].json;
			assert.equal(out.id, 1);
			assert.equal(out.inventory_number, 'ACME-WS-001');
			assert.ok(Array.isArray(out.fields) && out.fields.length > 0, 'asset-type fields kept');
		});

		it("continueOnFail: a missing asset becomes an error item with Halo's message, the others are kept", async () => {
			const res = await t.run(
				{ resource: 'asset', operation: 'get', assetId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
				[{ json: { id: 1 } }, { json: { id: 987654 } }, { json: { id: 2 } }],
				{ continueOnFail: true },
			);
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 1 }, { item: 2 }],
			);
			assert.equal(res.items[0].json.id, 1);
			assert.match(
				res.items[1].json.error,
				/^Asset 987654 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
			assert.equal(res.items[2].json.id, 2);
		});

		it("maps the filters onto Halo's query and pages with a Limit", async () => {
			const site = acmeSites[0];
			const res = await t.run({
				resource: 'asset',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
				filters: { clientId: String(acme.id), siteId: String(site.id), assetTypeId: '1', search: 'acme-ws' },
			});
			assert.equal(res.error, undefined, res.error?.message);
			const [req] = await t.ctl.apiRequests();
			assert.equal(req.path, '/api/Asset');
			assert.deepEqual(req.query, {
				client_id: String(acme.id),
				site_id: String(site.id),
				assettype_id: '1',
				search: 'acme-ws',
				pageinate: 'true',
				page_size: '5',
				page_no: '1',
			});
			assert.ok(res.items.length > 0 && res.items.length <= 5);
			for (const { json } of res.items) {
				assert.equal(json.client_id, acme.id);
				assert.equal(json.site_id, site.id);
				assert.equal(json.assettype_id, 1);
			}
		});

		it('finds by asset tag and by ticket, and includes inactive assets only when asked', async () => {
			const tag = await t.run({
				resource: 'asset',
				operation: 'getAll',
				returnAll: true,
				filters: { inventoryNumber: 'ACME-WS-005' },
			});
			assert.deepEqual(tag.items, [], 'ACME-WS-005 is inactive: hidden by default');
			const inactive = await t.run({
				resource: 'asset',
				operation: 'getAll',
				returnAll: true,
				filters: { inventoryNumber: 'ACME-WS-005', includeInactive: true },
			});
			assert.deepEqual(
				inactive.items.map((i) => i.json.inventory_number),
				['ACME-WS-005'],
			);
			assert.equal(inactive.items[0].json.inactive, true);

			const ticket = (await t.ctl.state('tickets')).find((x) => x.assets?.length);
			const linked = await t.run({
				resource: 'asset',
				operation: 'getAll',
				returnAll: true,
				filters: { ticketId: String(ticket.id) },
			});
			assert.deepEqual(linked.items.map((i) => i.json.id).sort(), ticket.assets.map((a) => a.id).sort());

			const queries = (await t.ctl.apiRequests()).map((r) => r.query);
			assert.equal(queries[0].inventory_number, 'ACME-WS-005');
			assert.equal(queries[0].includeinactive, undefined);
			assert.equal(queries[1].includeinactive, 'true');
			assert.equal(queries[2].ticket_id, String(ticket.id));
		});

		it('filters by the user the assets belong to', async () => {
			const owned = (await t.ctl.state('assets')).find((a) => a.username && !a.inactive);
			const res = await t.run({
				resource: 'asset',
				operation: 'getAll',
				returnAll: true,
				filters: { username: owned.username },
			});
			assert.equal(res.error, undefined, res.error?.message);
			assert.ok(res.items.some((i) => i.json.id === owned.id));
			assert.ok(res.items.every((i) => String(i.json.username).toLowerCase().includes(owned.username.toLowerCase())));
			const [req] = await t.ctl.apiRequests();
			assert.equal(req.query.username, owned.username);
		});

		it('updates only the fields given and keeps the rest', async () => {
			const before = await t.ctl.state('assets', 3);
			const res = await t.run({
				resource: 'asset',
				operation: 'update',
				assetId: byId(3),
				updateFields: { notes: 'Screen replaced', inactive: false, key_field3: 'DOCK-7' },
			});
			assert.equal(res.error, undefined, res.error?.message);
			const [post] = writes(await t.ctl.apiRequests());
			assert.deepEqual(post.body, [{ id: 3, notes: 'Screen replaced', inactive: false, key_field3: 'DOCK-7' }]);
			const after = await t.ctl.state('assets', 3);
			assert.equal(after.notes, 'Screen replaced');
			assert.equal(after.key_field3, 'DOCK-7');
			assert.equal(after.inventory_number, before.inventory_number);
			assert.equal(after.assettype_id, before.assettype_id);
			assert.equal(res.items[0].json.notes, 'Screen replaced');
		});

		it("Update with type fields merges them into the asset's current fields (Halo replaces the whole list)", async () => {
			const before = await t.ctl.state('assets', 4);
			const res = await t.run({
				resource: 'asset',
				operation: 'update',
				assetId: byId(4),
				additionalJson: '{"fields": [{"id": 4, "value": "OptiPlex 7010"}]}',
			});
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.filter((r) => r.method === 'GET').map((r) => r.path),
				['/api/Asset/4'],
				'one read',
			);
			const [post] = writes(requests);
			const sent = Object.fromEntries(post.body[0].fields.map((f) => [f.id, f.value]));
			for (const f of before.fields) if (f.id !== 4) assert.equal(sent[f.id], f.value, `field ${f.name} re-sent`);
			assert.equal(sent[4], 'OptiPlex 7010');
			const after = await t.ctl.state('assets', 4);
			assert.equal(
				after.fields.find((f) => f.id === 2).value,
				before.fields.find((f) => f.id === 2).value,
				'serial number kept',
			);
			assert.equal(after.fields.find((f) => f.id === 4).value, 'OptiPlex 7010');
			assert.equal(after.key_field, before.key_field, 'the hostname key field kept');
		});

		it('simulator: posting one asset field empties the others and the key field derived from them', async () => {
			const form = new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: t.sim.clientId,
				client_secret: t.sim.clientSecret,
				scope: 'all',
			});
			const { access_token: token } = await (
				await fetch(`${t.sim.url}/auth/token?tenant=${t.sim.tenant}`, { method: 'POST', body: form })
			).json();
			const res = await fetch(`${t.sim.url}/api/Asset`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
				body: JSON.stringify([{ id: 5, fields: [{ id: 4, value: 'Latitude 5440' }] }]),
			});
			assert.equal(res.status, 201);
			const after = await t.ctl.state('assets', 5);
			assert.deepEqual(
				after.fields.map((f) => [f.id, f.value]),
				[[4, 'Latitude 5440']],
			);
			assert.equal(after.key_field, '', 'the Hostname key field went with it');
			const type = await (
				await fetch(`${t.sim.url}/api/AssetType/1`, { headers: { Authorization: `Bearer ${token}` } })
			).json();
			// keyfield*_id name the type's field rows; each row's field_id is the field an asset write names.
			const row = (id) => type.fields.find((r) => r.id === id);
			assert.deepEqual(
				[row(type.keyfield_id).field_id, type.keyfield_name, row(type.keyfield2_id).field_id, type.keyfield2_name],
				[6, 'Hostname', 2, 'Serial Number'],
			);
		});

		it("deletes an asset; deleting it again surfaces Halo's 404", async () => {
			const created = await t.run({
				resource: 'asset',
				operation: 'create',
				assetTypeId: '5',
				clientId: byId(acme.id),
				additionalFields: { inventory_number: 'ACME-SW-DEL' },
			});
			const id = created.items[0].json.id;
			await t.ctl.clearRequests();
			const res = await t.run({ resource: 'asset', operation: 'delete', assetId: byId(id) });
			assert.deepEqual(res.items, [{ json: { id, deleted: true }, pairedItem: { item: 0 } }]);
			const [req] = await t.ctl.apiRequests();
			assert.deepEqual([req.method, req.path], ['DELETE', `/api/Asset/${id}`]);
			await assert.rejects(t.ctl.state('assets', id), /404/);
			const again = await t.run({ resource: 'asset', operation: 'delete', assetId: byId(id) });
			assert.match(again.error.message, new RegExp(`^Asset ${id} was not found in Halo\\. Check the ID`));
			assert.equal(String(again.error.httpCode), '404');
		});
	});

	describe('find by hostname', () => {
		it('finds the one matching asset within the client, ignoring case', async () => {
			const res = await t.run(find({ hostname: ' acme-ws-001 ', clientId: byId(acme.id) }));
			assert.equal(res.error, undefined, res.error?.message);
			const [req] = await t.ctl.apiRequests();
			assert.equal(req.path, '/api/Asset');
			assert.equal(req.query.search, 'acme-ws-001');
			assert.equal(req.query.client_id, String(acme.id));
			assert.equal(res.items.length, 1);
			const { json } = res.items[0];
			assert.equal(json.found, true);
			assert.equal(json.created, false);
			assert.equal(json.asset.id, 1);
			assert.equal(json.asset.inventory_number, 'ACME-WS-001');
			assert.equal(writes(await t.ctl.apiRequests()).length, 0);
		});

		it("does not match a hostname that only contains the text, nor another client's asset", async () => {
			const partial = await t.run(find({ hostname: 'ACME-WS-00', clientId: byId(acme.id) }));
			assert.deepEqual(partial.items[0].json, { found: false, created: false, inactive: false, asset: null });
			const otherClient = await t.run(find({ hostname: 'BWDG-WS-001', clientId: byId(acme.id) }));
			assert.deepEqual(otherClient.items[0].json, { found: false, created: false, inactive: false, asset: null });
			assert.deepEqual(otherClient.items[0].pairedItem, { item: 0 });
		});

		it('not found without Create If Missing: one item {found: false, created: false, asset: null}, nothing written', async () => {
			const res = await t.run(find({ hostname: 'ACME-LT-404', clientId: byId(acme.id) }));
			assert.deepEqual(res.items, [
				{ json: { found: false, created: false, inactive: false, asset: null }, pairedItem: { item: 0 } },
			]);
			assert.equal(writes(await t.ctl.apiRequests()).length, 0);
		});

		it('Create If Missing creates it once; the second run finds it and creates nothing', async () => {
			const site = acmeSites[2];
			const params = find({
				hostname: 'ACME-LT-777',
				clientId: byId(acme.id),
				createIfMissing: true,
				assetTypeId: 'Laptop',
				newSiteId: String(site.id),
				additionalJson: '{"notes": "Added by n8n"}',
			});
			const first = await t.run(params);
			assert.equal(first.error, undefined, first.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.ok(
				requests.some((r) => r.method === 'GET' && r.path === '/api/AssetType/2'),
				"reads the asset type's definition",
			);
			const [post] = writes(requests);
			assert.deepEqual(post.body, [
				{
					assettype_id: 2,
					client_id: acme.id,
					inventory_number: 'ACME-LT-777',
					site_id: site.id,
					fields: [{ id: 6, value: 'ACME-LT-777' }],
					notes: 'Added by n8n',
				},
			]);
			const created = first.items[0].json;
			assert.equal(created.found, false);
			assert.equal(created.created, true);
			assert.equal(created.asset.inventory_number, 'ACME-LT-777');
			assert.equal(created.asset.site_id, site.id);
			assert.equal(created.asset.key_field, 'ACME-LT-777', "the hostname is in the type's key field (Hostname)");

			await t.ctl.clearRequests();
			const second = await t.run(params);
			assert.equal(writes(await t.ctl.apiRequests()).length, 0, 'nothing created the second time');
			const again = second.items[0].json;
			assert.deepEqual(
				[again.found, again.created, again.asset.id, again.asset.inventory_number],
				[true, false, created.asset.id, 'ACME-LT-777'],
			);
			assert.equal((await t.ctl.state('assets')).filter((a) => a.inventory_number === 'ACME-LT-777').length, 1);
		});

		it('several matches are an error listing their IDs', async () => {
			const copy = await t.run({
				resource: 'asset',
				operation: 'create',
				assetTypeId: '1',
				clientId: byId(2),
				additionalFields: { inventory_number: 'ACME-WS-002' },
			});
			const copyId = copy.items[0].json.id;
			const res = await t.run(find({ hostname: 'ACME-WS-002' }));
			assert.match(
				res.error.message,
				new RegExp(
					`^Hostname: "ACME-WS-002" matches 2 assets \\(IDs 2, ${copyId}\\); choose a Client to narrow the search \\[item 0\\]$`,
				),
			);
			const narrowed = await t.run(find({ hostname: 'ACME-WS-002', clientId: byId(2) }));
			assert.equal(narrowed.items[0].json.asset.id, copyId);
		});

		it('Create If Missing needs a client and an asset type, checked before searching', async () => {
			const noClient = await t.run(find({ hostname: 'X-1', createIfMissing: true, assetTypeId: '1' }));
			assert.match(
				noClient.error.message,
				/^Client: is needed to create a missing asset \(Create If Missing is on\) \[item 0\]$/,
			);
			const noType = await t.run(
				find({
					hostname: 'X-1',
					clientId: byId(acme.id),
					createIfMissing: true,
					assetTypeId: '={{ $json.type ?? "" }}',
				}),
			);
			assert.match(noType.error.message, /^Asset Type: is needed to create a missing asset/);
			const empty = await t.run(find({ hostname: '  ' }));
			assert.match(empty.error.message, /^Hostname: is required and cannot be empty \[item 0\]$/);
			assert.equal((await t.ctl.apiRequests()).length, 0);
		});
		it('finds a retired (inactive) asset and says so, instead of creating a duplicate', async () => {
			const retired = (await t.ctl.state('assets')).find((a) => a.inactive && a.client_id === acme.id);
			const res = await t.run(
				find({
					hostname: retired.inventory_number,
					clientId: byId(acme.id),
					createIfMissing: true,
					assetTypeId: String(retired.assettype_id),
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const { json } = res.items[0];
			assert.deepEqual([json.found, json.created, json.inactive, json.asset.id], [true, false, true, retired.id]);
			assert.equal(writes(await t.ctl.apiRequests()).length, 0, 'nothing created');
			const [search] = (await t.ctl.apiRequests()).filter((r) => r.path === '/api/Asset');
			assert.equal(search.query.includeinactive, 'true');
		});

		it('matches the key field when the asset tag is something else', async () => {
			const made = await t.run({
				resource: 'asset',
				operation: 'create',
				assetTypeId: '1',
				clientId: byId(acme.id),
				additionalFields: { inventory_number: 'TAG-0009' },
				additionalJson: '{"fields": [{"id": 6, "value": "ACME-WS-HOST9"}]}',
			});
			assert.equal(made.items[0].json.key_field, 'ACME-WS-HOST9');
			const res = await t.run(find({ hostname: 'acme-ws-host9', clientId: byId(acme.id) }));
			assert.equal(res.items[0].json.found, true);
			assert.equal(res.items[0].json.asset.id, made.items[0].json.id);
		});

		it('reads the asset type once for many items; a type without a key field gets the hostname as asset tag only', async () => {
			t.sim.store
				.coll('assettypes')
				.insert({ name: 'Printer', assetgroup_id: 1, keyfield_id: 0, keyfield2_id: 0, keyfield3_id: 0 });
			const printer = (await t.ctl.state('assettypes')).find((x) => x.name === 'Printer');
			await t.ctl.clearRequests();
			const res = await t.run(
				find({
					hostname: '={{ $json.host }}',
					clientId: byId(acme.id),
					createIfMissing: true,
					assetTypeId: String(printer.id),
				}),
				[{ json: { host: 'ACME-PR-01' } }, { json: { host: 'ACME-PR-02' } }, { json: { host: 'ACME-PR-03' } }],
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.equal(
				requests.filter((r) => r.path === `/api/AssetType/${printer.id}`).length,
				1,
				'one read per execution',
			);
			const posts = writes(requests);
			assert.equal(posts.length, 3);
			for (const post of posts) assert.equal(post.body[0].fields, undefined);
			assert.deepEqual(
				res.items.map((i) => [i.json.created, i.json.asset.inventory_number]),
				[
					[true, 'ACME-PR-01'],
					[true, 'ACME-PR-02'],
					[true, 'ACME-PR-03'],
				],
			);
		});
	});
});
