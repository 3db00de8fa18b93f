// Client resource (Halo /Client, schema Area): create with its main site, get, get many, update, delete.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const client = (operation, extra = {}) => ({ resource: 'client', operation, ...extra });
const api = (requests) => requests.map((r) => [r.method, r.path]);
const PAGE_1 = { pageinate: 'true', page_size: '50', page_no: '1' };

describe('client', () => {
	const t = haloSuite({ sim: { ticketCount: 10 } });

	describe('create', () => {
		it('sends name, top level and the new-client helpers; Halo creates the main site with that address', async () => {
			const res = await t.run(
				client('create', {
					name: 'Contoso Manufacturing',
					toplevel_id: '1',
					additionalFields: {
						newclient_contactname: 'Dana Price',
						newclient_contactemail: 'dana.price@contoso.example',
						newclient_phonenumber: '01632 960123',
						newclient_sitename: 'Contoso HQ',
						website: 'https://www.contoso.example',
						is_vip: true,
						pritech: "James O'Connor",
						accountmanagertech: '2',
					},
					mainSiteAddress: { line1: '1 Factory Lane', line3: 'Exampletown', postcode: 'EX9 9ZZ' },
					customFields: { field: [{ field: 'Account Tier', value: 'Silver' }] },
					additionalJson: '{"domain": "contoso.example"}',
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			const post = requests.find((r) => r.method === 'POST');
			assert.equal(post.path, '/api/Client');
			assert.deepEqual(post.body, [
				{
					name: 'Contoso Manufacturing',
					toplevel_id: 1,
					newclient_delivery_address: { line1: '1 Factory Lane', line3: 'Exampletown', postcode: 'EX9 9ZZ' },
					newclient_contactname: 'Dana Price',
					newclient_contactemail: 'dana.price@contoso.example',
					newclient_phonenumber: '01632 960123',
					newclient_sitename: 'Contoso HQ',
					website: 'https://www.contoso.example',
					is_vip: true,
					pritech: 3,
					accountmanagertech: 2,
					customfields: [{ id: 153, value: 'Silver' }],
					domain: 'contoso.example',
				},
			]);
			assert.equal(res.items.length, 1);
			const out = res.items[0];
			assert.deepEqual(out.pairedItem, { item: 0 });
			assert.ok(out.json.id > 7);
			assert.equal(out.json.name, 'Contoso Manufacturing');
			assert.equal(out.json.toplevel_name, 'Customers');
			assert.equal(out.json.is_vip, true);
			assert.equal(out.json.pritech_name, "James O'Connor");
			assert.equal(out.json.main_site_name, 'Contoso HQ');
			assert.deepEqual(out.json.custom_fields, { CFAccountTier: 'Silver' });
			assert.equal(out.json.datecreated, undefined, 'simplified output');
			const site = await t.ctl.state('sites', out.json.main_site_id);
			assert.equal(site.client_id, out.json.id);
			assert.equal(site.phonenumber, '01632 960123');
			assert.deepEqual(site.delivery_address, { line1: '1 Factory Lane', line3: 'Exampletown', postcode: 'EX9 9ZZ' });
		});

		it("needs only a name and a top level; Simplify off returns Halo's full record", async () => {
			const res = await t.run(client('create', { name: '  Fabrikam Partners  ', toplevel_id: 2, simplify: false }));
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.body]),
				[['POST', '/api/Client', [{ name: 'Fabrikam Partners', toplevel_id: 2 }]]],
			);
			const out = res.items[0].json;
			assert.equal(out.toplevel_name, 'Partners');
			assert.ok(Array.isArray(out.customfields), 'full record carries the raw custom fields');
			assert.ok('main_site_id' in out && 'sectech' in out);
		});

		it("surfaces Halo's validation message for a duplicate name", async () => {
			const res = await t.run(client('create', { name: 'Acme Logistics Ltd', toplevel_id: 1 }));
			assert.match(res.error.message, /A client with the name 'Acme Logistics Ltd' already exists/);
			assert.equal(String(res.error.httpCode), '400');
		});

		it('rejects a missing name and a non-numeric top level before calling Halo, naming field and item', async () => {
			const noName = await t.run(client('create', { name: ' ', toplevel_id: 1 }));
			assert.match(noName.error.message, /^Name: is required and cannot be empty \[item 0\]$/);
			const emptyTop = await t.run(client('create', { name: 'X', toplevel_id: '={{ $json.top }}' }), [
				{ json: { top: '' } },
			]);
			assert.match(
				emptyTop.error.message,
				/^Top Level: must be a Halo ID \(a positive whole number\), but it is empty \[item 0\]$/,
			);
			const abc = await t.run(client('create', { name: 'X', toplevel_id: '={{ $json.top }}' }), [
				{ json: { top: 1 } },
				{ json: { top: 'abc' } },
			]);
			assert.match(
				abc.error.message,
				/^Top Level: must be a Halo ID \(a positive whole number\), but "abc" is not a positive whole number \[item 1\]$/,
			);
			const posts = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
			assert.equal(posts.length, 1, 'only the valid first item was sent');
			assert.deepEqual(posts[0].body, [{ name: 'X', toplevel_id: 1 }]);
		});
	});

	describe('get', () => {
		it('reads one client with details; simplified output has the custom fields as a map', async () => {
			const res = await t.run(client('get', { clientId: byId(1) }));
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.query]),
				[['GET', '/api/Client/1', { includedetails: 'true' }]],
			);
			const out = res.items[0].json;
			assert.equal(out.name, 'Acme Logistics Ltd');
			assert.equal(out.ref, 'ACME');
			assert.equal(out.main_site_name, 'Head Office');
			assert.deepEqual(out.custom_fields, { CFAccountTier: 'Gold' });
			const simpleFields = [
				'id',
				'name',
				'toplevel_id',
				'toplevel_name',
				'inactive',
				'is_vip',
				'website',
				'domain',
				'ref',
				'main_site_id',
				'main_site_name',
				'pritech',
				'pritech_name',
				'sectech',
				'sectech_name',
				'accountmanagertech',
				'accountmanagertech_name',
				'notes',
				'customfields',
				'custom_fields',
			];
			assert.deepEqual(
				Object.keys(out).filter((k) => !simpleFields.includes(k)),
				[],
				'only the simplified fields',
			);
		});

		it('accepts a Halo web-app URL of the same tenant', async () => {
			const res = await t.run(
				client('get', { clientId: { __rl: true, mode: 'url', value: `${t.sim.url}/customers?clientid=2` } }),
			);
			assert.equal(res.error, undefined, res.error?.message);
			assert.equal(res.items[0].json.name, 'Bluewater Dental Group');
		});

		it("surfaces Halo's 404 text for an unknown id", async () => {
			const res = await t.run(client('get', { clientId: byId(99999) }));
			assert.match(
				res.error.message,
				/^Client 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
			assert.equal(String(res.error.httpCode), '404');
		});

		it('names field and item for a number that is not an ID, without calling Halo', async () => {
			// A number that is not an ID is refused as one (a name would be looked up: see names.test.mjs).
			const res = await t.run(client('get', { clientId: byId('={{ $json.id }}') }), [{ json: { id: '12.5' } }]);
			assert.match(
				res.error.message,
				/^Client: must be a Halo ID \(a positive whole number\), but "12.5" is not a positive whole number \[item 0\]$/,
			);
			assert.deepEqual(await t.ctl.apiRequests(), []);
		});

		it('continueOnFail keeps the good items and pairs the error with the bad one', async () => {
			const res = await t.run(
				client('get', { clientId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }),
				[{ json: { id: 1 } }, { json: { id: 99999 } }, { json: { id: 3 } }],
				{ continueOnFail: true },
			);
			assert.equal(res.error, undefined);
			assert.equal(res.items.length, 3);
			assert.equal(res.items[0].json.name, 'Acme Logistics Ltd');
			assert.match(
				res.items[1].json.error,
				/^Client 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
			assert.equal(res.items[2].json.name, 'Northwind Accountancy LLP');
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 1 }, { item: 2 }],
			);
		});
	});

	describe('get many', () => {
		it('searches by name, sorted by name, one page', async () => {
			const res = await t.run(client('getAll', { filters: { search: 'dental' } }));
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.query]),
				[['GET', '/api/Client', { search: 'dental', order: 'name', ...PAGE_1 }]],
			);
			assert.deepEqual(
				res.items.map((i) => i.json.name),
				['Bluewater Dental Group'],
			);
			assert.equal(res.items[0].json.customfields, null, 'list rows carry no custom fields');
			assert.deepEqual(res.items[0].json.custom_fields, {});
		});

		it('hides inactive clients unless asked; filters by top level; applies the limit', async () => {
			const active = await t.run(client('getAll', { returnAll: true, filters: { topLevelId: '1' } }));
			const all = await t.run(client('getAll', { returnAll: true, filters: { topLevelId: 1, includeInactive: true } }));
			const limited = await t.run(client('getAll', { limit: 2, filters: { includeInactive: true } }));
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => r.query),
				[
					{ toplevel_id: '1', order: 'name', pageinate: 'true', page_size: '100', page_no: '1' },
					{
						toplevel_id: '1',
						includeinactive: 'true',
						order: 'name',
						pageinate: 'true',
						page_size: '100',
						page_no: '1',
					},
					{ includeinactive: 'true', order: 'name', pageinate: 'true', page_size: '2', page_no: '1' },
				],
			);
			const activeNames = active.items.map((i) => i.json.name);
			assert.ok(!activeNames.includes('Greystone Pharmacy'));
			assert.ok(activeNames.includes('Acme Logistics Ltd'));
			assert.ok(!activeNames.includes('Fabrikam Partners'), 'top level 2 client left out');
			assert.deepEqual(
				all.items.map((i) => i.json.name).filter((n) => !activeNames.includes(n)),
				['Greystone Pharmacy'],
			);
			assert.deepEqual(all.items.find((i) => i.json.name === 'Greystone Pharmacy').json.inactive, true);
			assert.equal(limited.items.length, 2);
			assert.deepEqual(
				limited.items.map((i) => i.json.name),
				[...all.items.map((i) => i.json.name)].slice(0, 2),
			);
		});

		it('names the filter and item for a non-numeric top level', async () => {
			const res = await t.run(client('getAll', { filters: { topLevelId: 'Partners' } }));
			assert.match(res.error.message, /^Filters → Top Level: must be a Halo ID .*"Partners" .*\[item 0\]$/);
		});
	});

	describe('update', () => {
		it('sends only the changed fields with the id; Halo keeps the rest', async () => {
			const before = await t.ctl.state('clients', 3);
			const res = await t.run(
				client('update', {
					clientId: byId(3),
					updateFields: {
						name: 'Northwind Accountancy Group',
						is_vip: true,
						website: 'https://northwind.example',
						notes: 'Moved to premium support',
						ref: 'NWG',
						accountmanagertech: 'Sarah Mitchell',
						pritech: '4',
						inactive: false,
					},
					customFields: { field: [{ field: 'CFAccountTier', value: 'Gold' }] },
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const post = (await t.ctl.apiRequests()).find((r) => r.method === 'POST');
			assert.deepEqual(post.body, [
				{
					id: 3,
					name: 'Northwind Accountancy Group',
					is_vip: true,
					website: 'https://northwind.example',
					notes: 'Moved to premium support',
					ref: 'NWG',
					accountmanagertech: 2,
					pritech: 4,
					inactive: false,
					customfields: [{ id: 153, value: 'Gold' }],
				},
			]);
			const out = res.items[0].json;
			assert.equal(out.name, 'Northwind Accountancy Group');
			assert.equal(out.accountmanagertech, 2);
			assert.equal(out.pritech_name, 'Priya Sharma');
			assert.deepEqual(out.custom_fields, { CFAccountTier: 'Gold' });
			const after = await t.ctl.state('clients', 3);
			assert.equal(after.domain, before.domain);
			assert.equal(after.main_site_id, before.main_site_id);
			assert.equal(after.sectech, before.sectech);
		});

		it('refuses an empty name and an unknown agent name, naming field and item', async () => {
			const empty = await t.run(client('update', { clientId: byId(3), updateFields: { name: '' } }));
			assert.match(empty.error.message, /^Name: cannot be set to empty \[item 0\]$/);
			const agent = await t.run(client('update', { clientId: byId(3), updateFields: { pritech: 'Nobody Here' } }));
			assert.match(agent.error.message, /^Primary Technician: Halo has no agent named "Nobody Here" .*\[item 0\]$/);
			assert.equal((await t.ctl.apiRequests()).filter((r) => r.method === 'POST').length, 0);
		});

		it("surfaces Halo's 404 text when the client does not exist", async () => {
			const res = await t.run(client('update', { clientId: byId(99999), updateFields: { notes: 'x' } }));
			assert.match(
				res.error.message,
				/^Client 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
		});
	});

	describe('delete', () => {
		it('deletes a client and reports it', async () => {
			const created = await t.run(client('create', { name: 'Short Lived Ltd', toplevel_id: 1 }));
			const id = created.items[0].json.id;
			await t.ctl.clearRequests();
			const res = await t.run(client('delete', { clientId: byId(id) }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(api(await t.ctl.apiRequests()), [['DELETE', `/api/Client/${id}`]]);
			assert.deepEqual(
				res.items.map((i) => i.json),
				[{ id, deleted: true }],
			);
			await assert.rejects(t.ctl.state('clients', id), /404/);
		});

		it("surfaces Halo's refusal to delete a client with tickets", async () => {
			const [ticket] = await t.ctl.state('tickets');
			const res = await t.run(client('delete', { clientId: byId(ticket.client_id) }));
			assert.match(res.error.message, /Unable to delete client '.*' as it has tickets logged against it/);
		});
	});
});
