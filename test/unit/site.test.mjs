// Site resource (Halo /Site): create for a client, get, get many, update (address lines merged), delete.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const site = (operation, extra = {}) => ({ resource: 'site', operation, ...extra });
const PAGE = (size) => ({ pageinate: 'true', page_size: String(size), page_no: '1' });

describe('site', () => {
	let northwindUser;
	const t = haloSuite({ sim: { ticketCount: 5 } });
	before(async () => {
		northwindUser = (await t.ctl.state('users')).find((u) => u.client_id === 3);
	});

	describe('create', () => {
		it('sends name, client, the optional fields, the address and custom fields', async () => {
			const res = await t.run(
				site('create', {
					name: 'Leeds Office',
					clientId: byId(3),
					additionalFields: {
						phonenumber: '0113 496 0000',
						timezone: 'GMT Standard Time',
						sla_id: '2',
						maincontact_id: String(northwindUser.id),
						notes: 'Second floor',
						ref: 'NWA-LDS',
					},
					deliveryAddress: { line1: '5 Park Row', line3: 'Leeds', postcode: 'LS1 5AB' },
					customFields: { field: [{ field: 'CFSiteAccessNotes', value: 'Key from reception' }] },
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path]),
				[
					['GET', '/api/FieldInfo'],
					['POST', '/api/Site'],
				],
			);
			assert.deepEqual(requests[1].body, [
				{
					name: 'Leeds Office',
					client_id: 3,
					delivery_address: { line1: '5 Park Row', line3: 'Leeds', postcode: 'LS1 5AB' },
					phonenumber: '0113 496 0000',
					timezone: 'GMT Standard Time',
					sla_id: 2,
					maincontact_id: northwindUser.id,
					notes: 'Second floor',
					ref: 'NWA-LDS',
					customfields: [{ id: 154, value: 'Key from reception' }],
				},
			]);
			const out = res.items[0].json;
			assert.deepEqual(res.items[0].pairedItem, { item: 0 });
			assert.ok(out.id > 13);
			assert.equal(out.client_name, 'Northwind Accountancy LLP');
			assert.equal(out.sla_id, 2);
			assert.deepEqual(out.custom_fields, { CFSiteAccessNotes: 'Key from reception' });
			assert.deepEqual(out.delivery_address, { line1: '5 Park Row', line3: 'Leeds', postcode: 'LS1 5AB' });
			const stored = await t.ctl.state('sites', out.id);
			assert.equal(stored.client_id, 3);
			assert.equal(stored.maincontact_id, northwindUser.id);
		});

		it('needs only name and client', async () => {
			const res = await t.run(site('create', { name: 'Pop-up Store', clientId: byId(6), simplify: false }));
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.body]),
				[['POST', '/api/Site', [{ name: 'Pop-up Store', client_id: 6 }]]],
			);
			assert.equal(res.items[0].json.client_name, 'Pinecrest Legal');
			assert.ok(Array.isArray(res.items[0].json.customfields), 'full record');
		});

		it("surfaces Halo's message for a client that does not exist", async () => {
			const res = await t.run(site('create', { name: 'Nowhere', clientId: byId(99999) }));
			assert.equal(String(res.error.httpCode), '400');
			assert.match(res.error.message, /Client 99999 does not exist/);
		});

		it('names field and item for a missing name or a bad client id', async () => {
			const noName = await t.run(site('create', { name: '={{ $json.name }}', clientId: byId(3) }), [
				{ json: { name: '  ' } },
			]);
			assert.match(noName.error.message, /^Name: is required and cannot be empty \[item 0\]$/);
			const badClient = await t.run(site('create', { name: 'A', clientId: byId('={{ $json.c }}') }), [
				{ json: { c: 3 } },
				{ json: { c: '-1' } },
			]);
			assert.match(
				badClient.error.message,
				/^Client: must be a Halo ID \(a positive whole number\), but "-1" is not a positive whole number \[item 1\]$/,
			);
		});
	});

	describe('get', () => {
		it('reads one site with details; simplified or raw', async () => {
			const simple = await t.run(site('get', { siteId: byId(1) }));
			const raw = await t.run(site('get', { siteId: byId(1), simplify: false }));
			assert.equal(simple.error, undefined, simple.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.query]),
				[
					['GET', '/api/Site/1', { includedetails: 'true' }],
					['GET', '/api/Site/1', { includedetails: 'true' }],
				],
			);
			const out = simple.items[0].json;
			assert.equal(out.name, 'Head Office');
			assert.equal(out.client_name, 'Acme Logistics Ltd');
			assert.deepEqual(out.custom_fields, { CFSiteAccessNotes: 'Sign in at reception' });
			assert.equal(out.delivery_address.postcode, 'EX1 1AB');
			const allowed = [
				'id',
				'name',
				'client_id',
				'client_name',
				'inactive',
				'sla_id',
				'phonenumber',
				'timezone',
				'maincontact_id',
				'maincontact_name',
				'delivery_address',
				'ref',
				'notes',
				'customfields',
				'custom_fields',
			];
			assert.deepEqual(
				Object.keys(out).filter((k) => !allowed.includes(k)),
				[],
			);
			assert.equal(raw.items[0].json.custom_fields, undefined);
			assert.ok(Array.isArray(raw.items[0].json.customfields));
		});

		it("surfaces Halo's 404 text; continueOnFail keeps the good items", async () => {
			const res = await t.run(
				site('get', { siteId: byId('={{ $json.id }}') }),
				[{ json: { id: 99999 } }, { json: { id: 4 } }],
				{ continueOnFail: true },
			);
			assert.equal(res.items.length, 2);
			assert.match(
				res.items[0].json.error,
				/^Site 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
			assert.equal(res.items[1].json.name, 'Harbour Street Clinic');
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 1 }],
			);
			const failed = await t.run(site('get', { siteId: byId(99999) }));
			assert.match(
				failed.error.message,
				/^Site 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
			assert.equal(String(failed.error.httpCode), '404');
		});
	});

	describe('get many', () => {
		it('lists the sites of a client; search and limit are sent to Halo', async () => {
			const acme = await t.run(site('getAll', { returnAll: true, filters: { clientId: '1' } }));
			const search = await t.run(site('getAll', { limit: 5, filters: { search: 'clinic' } }));
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.query]),
				[
					['GET', '/api/Site', { client_id: '1', ...PAGE(100) }],
					['GET', '/api/Site', { search: 'clinic', ...PAGE(5) }],
				],
			);
			assert.deepEqual(
				acme.items.map((i) => i.json.name),
				['Head Office', 'Distribution Centre', 'Northern Depot'],
			);
			assert.deepEqual(
				search.items.map((i) => i.json.name),
				['Harbour Street Clinic', 'Westfield Clinic'],
			);
			assert.ok(acme.items.every((i) => i.json.client_name === 'Acme Logistics Ltd'));
		});

		it('includes inactive sites only when asked', async () => {
			await t.run(site('update', { siteId: byId(3), updateFields: { inactive: true } }));
			await t.ctl.clearRequests();
			const active = await t.run(site('getAll', { returnAll: true, filters: { clientId: 1 } }));
			const all = await t.run(site('getAll', { returnAll: true, filters: { clientId: 1, includeInactive: true } }));
			const requests = await t.ctl.apiRequests();
			assert.equal(requests[1].query.includeinactive, 'true');
			assert.equal(requests[0].query.includeinactive, undefined);
			assert.deepEqual(
				active.items.map((i) => i.json.id),
				[1, 2],
			);
			assert.deepEqual(
				all.items.map((i) => [i.json.id, i.json.inactive]),
				[
					[1, false],
					[2, false],
					[3, true],
				],
			);
			await t.run(site('update', { siteId: byId(3), updateFields: { inactive: false } }));
		});
	});

	describe('update', () => {
		it('changes the fields set; address lines left out keep their current value', async () => {
			const before = await t.ctl.state('sites', 2);
			const res = await t.run(
				site('update', {
					siteId: byId(2),
					updateFields: { name: 'Distribution Centre (South)', phonenumber: '01632 960999', sla_id: 2 },
					deliveryAddress: { line2: 'Unit 4', postcode: 'EX1 2CD' },
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path]),
				[
					['GET', '/api/Site/2'],
					['POST', '/api/Site'],
				],
			);
			assert.deepEqual(requests[1].body, [
				{
					id: 2,
					delivery_address: { ...before.delivery_address, line2: 'Unit 4', postcode: 'EX1 2CD' },
					name: 'Distribution Centre (South)',
					phonenumber: '01632 960999',
					sla_id: 2,
				},
			]);
			const out = res.items[0].json;
			assert.equal(out.name, 'Distribution Centre (South)');
			assert.equal(out.delivery_address.line1, before.delivery_address.line1, 'line 1 kept');
			assert.equal(out.delivery_address.line2, 'Unit 4');
			const stored = await t.ctl.state('sites', 2);
			assert.equal(stored.timezone, before.timezone);
			assert.equal(stored.client_id, 1);
		});

		it('without address changes it does not read the site first', async () => {
			const res = await t.run(site('update', { siteId: byId(2), updateFields: { notes: 'Loading bay at rear' } }));
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.body]),
				[['POST', '/api/Site', [{ id: 2, notes: 'Loading bay at rear' }]]],
			);
		});

		it("names field and item for a bad main contact id; surfaces Halo's 404", async () => {
			const bad = await t.run(site('update', { siteId: byId(2), updateFields: { maincontact_id: '1e2' } }));
			assert.match(bad.error.message, /^Main Contact \(User\) ID: must be a Halo ID .*"1e2".*\[item 0\]$/);
			const missing = await t.run(site('update', { siteId: byId(99999), updateFields: { notes: 'x' } }));
			assert.match(
				missing.error.message,
				/^Site 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
		});
	});

	describe('delete', () => {
		it('deletes a site', async () => {
			const created = await t.run(site('create', { name: 'Temporary Site', clientId: byId(5) }));
			const id = created.items[0].json.id;
			await t.ctl.clearRequests();
			const res = await t.run(site('delete', { siteId: byId(id) }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(
				(await t.ctl.apiRequests()).map((r) => [r.method, r.path]),
				[['DELETE', `/api/Site/${id}`]],
			);
			assert.deepEqual(res.items[0].json, { id, deleted: true });
			await assert.rejects(t.ctl.state('sites', id), /404/);
		});
	});
});
