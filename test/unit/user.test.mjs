// User resource (end-user contacts, Halo /Users): create (site defaults to the client's main site),
// get, get many (incl. the exact email filter built on `search`), update.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const user = (operation, extra = {}) => ({ resource: 'user', operation, ...extra });
const PAGE = (size) => ({ pageinate: 'true', page_size: String(size), page_no: '1' });

describe('user', () => {
	let acmeUser;
	const t = haloSuite({ sim: { ticketCount: 5 } });
	before(async () => {
		acmeUser = (await t.ctl.state('users')).find((u) => u.client_id === 1 && !u.inactive);
	});

	describe('create', () => {
		it("without a site, puts the user on the client's main site", async () => {
			const res = await t.run(
				user('create', {
					emailaddress: 'ruth.baxter@northwind-accountancy.example',
					clientId: byId(3),
					additionalFields: {
						firstname: 'Ruth',
						surname: 'Baxter',
						phonenumber: '01632 960555',
						mobilenumber: '07700 900555',
						notes: 'Finance director',
						isimportantcontact: true,
						title: 'Finance Director',
					},
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path]),
				[
					['GET', '/api/Client/3'],
					['POST', '/api/Users'],
				],
			);
			assert.deepEqual(requests[1].body, [
				{
					client_id: 3,
					site_id: 6,
					emailaddress: 'ruth.baxter@northwind-accountancy.example',
					firstname: 'Ruth',
					surname: 'Baxter',
					phonenumber: '01632 960555',
					mobilenumber: '07700 900555',
					notes: 'Finance director',
					isimportantcontact: true,
					title: 'Finance Director',
				},
			]);
			const out = res.items[0].json;
			assert.deepEqual(res.items[0].pairedItem, { item: 0 });
			assert.ok(out.id > 0);
			assert.equal(out.name, 'Ruth Baxter');
			assert.equal(out.site_name, 'Main Office');
			assert.equal(out.client_name, 'Northwind Accountancy LLP');
			assert.equal(out.isimportantcontact, true);
			const stored = await t.ctl.state('users', out.id);
			assert.equal(stored.site_id, 6);
		});

		it('with a site and a full name sends them as given; Simplify off returns the full record', async () => {
			const res = await t.run(user('create', { name: 'Sam Ortiz', clientId: byId(1), siteId: '2', simplify: false }));
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.body]),
				[['POST', '/api/Users', [{ client_id: 1, site_id: 2, name: 'Sam Ortiz' }]]],
			);
			assert.equal(res.items[0].json.site_name, 'Distribution Centre');
			assert.ok('neversendemails' in res.items[0].json || 'customfields' in res.items[0].json, 'full record');
		});

		it('names field and item when there is no name at all, or a bad site id', async () => {
			const noName = await t.run(user('create', { clientId: byId(3) }));
			assert.match(
				noName.error.message,
				/^Name: is required: set Name, or First Name and\/or Surname under Additional Fields \[item 0\]$/,
			);
			const badSite = await t.run(user('create', { name: 'A B', clientId: byId(3), siteId: '={{ $json.site }}' }), [
				{ json: { site: '0.5' } },
			]);
			assert.match(
				badSite.error.message,
				/^Site: must be a Halo ID \(a positive whole number\), but "0.5" is not a positive whole number \[item 0\]$/,
			);
			assert.deepEqual(await t.ctl.apiRequests(), []);
		});

		it("surfaces Halo's validation message for a malformed email", async () => {
			const res = await t.run(
				user('create', { name: 'Bad Mail', emailaddress: 'not-an-email', clientId: byId(1), siteId: 1 }),
			);
			assert.match(res.error.message, /The Email Address field is not a valid e-mail address/);
			assert.equal(String(res.error.httpCode), '400');
		});

		it("surfaces Halo's 404 for an unknown client", async () => {
			const res = await t.run(user('create', { name: 'Lost Soul', clientId: byId(99999) }));
			assert.match(
				res.error.message,
				/^Client 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
		});
	});

	describe('get', () => {
		it('reads one user with details', async () => {
			const res = await t.run(user('get', { userId: byId(acmeUser.id) }));
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.query]),
				[['GET', `/api/Users/${acmeUser.id}`, { includedetails: 'true' }]],
			);
			const out = res.items[0].json;
			assert.equal(out.emailaddress, acmeUser.emailaddress);
			assert.equal(out.client_name, 'Acme Logistics Ltd');
			const allowed = [
				'id',
				'name',
				'firstname',
				'surname',
				'emailaddress',
				'phonenumber',
				'mobilenumber',
				'client_id',
				'client_name',
				'site_id',
				'site_name',
				'title',
				'inactive',
				'isimportantcontact',
				'login',
				'notes',
				'customfields',
				'custom_fields',
			];
			assert.deepEqual(
				Object.keys(out).filter((k) => !allowed.includes(k)),
				[],
			);
		});

		it("surfaces Halo's 404 text; continueOnFail keeps the good items; bad ids name the item", async () => {
			const res = await t.run(
				user('get', { userId: byId('={{ $json.id }}') }),
				[{ json: { id: acmeUser.id } }, { json: { id: 99999 } }, { json: { id: '-3' } }],
				{ continueOnFail: true },
			);
			assert.equal(res.items.length, 3);
			assert.equal(res.items[0].json.id, acmeUser.id);
			assert.match(
				res.items[1].json.error,
				/^User 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
			assert.match(
				res.items[2].json.error,
				/^User: must be a Halo ID \(a positive whole number\), but "-3" is not a positive whole number \[item 2\]$/,
			);
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 1 }, { item: 2 }],
			);
		});
	});

	describe('get many', () => {
		it("filters by client, site and search on Halo's side", async () => {
			const byClient = await t.run(user('getAll', { returnAll: true, filters: { clientId: '1' } }));
			const bySite = await t.run(user('getAll', { limit: 3, filters: { clientId: 1, siteId: '2', search: 'a' } }));
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.query]),
				[
					['GET', '/api/Users', { client_id: '1', ...PAGE(100) }],
					['GET', '/api/Users', { client_id: '1', site_id: '2', search: 'a', ...PAGE(3) }],
				],
			);
			const acme = (await t.ctl.state('users')).filter((u) => u.client_id === 1 && !u.inactive);
			assert.deepEqual(
				byClient.items.map((i) => i.json.id),
				acme.map((u) => u.id),
			);
			assert.ok(bySite.items.length > 0 && bySite.items.length <= 3);
			assert.ok(bySite.items.every((i) => i.json.site_id === 2));
		});

		it('includes inactive users only when asked', async () => {
			const active = await t.run(user('getAll', { returnAll: true, filters: { clientId: 1 } }));
			const all = await t.run(user('getAll', { returnAll: true, filters: { clientId: 1, includeInactive: true } }));
			const extra = all.items.filter((i) => !active.items.some((a) => a.json.id === i.json.id));
			assert.equal(extra.length, 1);
			assert.equal(extra[0].json.inactive, true);
			assert.equal((await t.ctl.apiRequests())[1].query.includeinactive, 'true');
		});

		it('email filter: searches Halo, then keeps only exact, case-insensitive address matches', async () => {
			for (const [name, emailaddress] of [
				['Al Green', 'al@harbourviewhotels.example'],
				['Sal Green', 'sal@harbourviewhotels.example'],
				['Al Green Jr', 'al@harbourviewhotels.example.org'],
			]) {
				const created = await t.run(
					user('create', { name, emailaddress, clientId: byId(4), siteId: 7, additionalJson: '{"other1": "Room 12"}' }),
				);
				assert.equal(created.error, undefined, created.error?.message);
			}
			await t.ctl.clearRequests();
			const fuzzy = await t.run(
				user('getAll', { returnAll: true, filters: { search: 'al@harbourviewhotels.example' } }),
			);
			const fuzzyEmails = fuzzy.items.map((i) => i.json.emailaddress);
			assert.ok(fuzzy.items.length >= 3, "Halo's search alone also matches look-alike addresses");
			assert.ok(
				fuzzyEmails.includes('sal@harbourviewhotels.example') &&
					fuzzyEmails.includes('al@harbourviewhotels.example.org'),
			);
			const res = await t.run(user('getAll', { filters: { email: ' AL@HarbourviewHotels.example ', clientId: 4 } }));
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(requests[1].query, { client_id: '4', search: 'AL@HarbourviewHotels.example', ...PAGE(100) });
			assert.deepEqual(
				res.items.map((i) => [i.json.name, i.json.emailaddress]),
				[['Al Green', 'al@harbourviewhotels.example']],
			);
			assert.deepEqual(res.items[0].pairedItem, { item: 0 });
			assert.equal(res.items[0].json.other1, undefined, 'simplified');
			const raw = await t.run(user('getAll', { simplify: false, filters: { email: 'al@harbourviewhotels.example' } }));
			assert.deepEqual(
				raw.items.map((i) => [i.json.emailaddress, i.json.other1]),
				[['al@harbourviewhotels.example', 'Room 12']],
			);
			const none = await t.run(user('getAll', { filters: { email: 'nobody@harbourviewhotels.example' } }));
			assert.deepEqual(none.items, []);
		});
	});

	describe('update', () => {
		it('changes only the fields set; moving site moves the client too', async () => {
			const before = await t.ctl.state('users', acmeUser.id);
			const res = await t.run(
				user('update', {
					userId: byId(acmeUser.id),
					updateFields: {
						phonenumber: '01632 960777',
						isimportantcontact: true,
						title: 'Warehouse Manager',
						site_id: '6',
					},
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.body]),
				[
					[
						'POST',
						'/api/Users',
						[
							{
								id: acmeUser.id,
								phonenumber: '01632 960777',
								isimportantcontact: true,
								title: 'Warehouse Manager',
								site_id: 6,
							},
						],
					],
				],
			);
			const out = res.items[0].json;
			assert.equal(out.site_name, 'Main Office');
			assert.equal(out.client_name, 'Northwind Accountancy LLP');
			const stored = await t.ctl.state('users', acmeUser.id);
			assert.equal(stored.emailaddress, before.emailaddress);
			assert.equal(stored.name, before.name);
			assert.equal(stored.mobilenumber, before.mobilenumber);
		});

		it("refuses an empty name; surfaces Halo's 404", async () => {
			const empty = await t.run(user('update', { userId: byId(acmeUser.id), updateFields: { name: ' ' } }));
			assert.match(empty.error.message, /^Name: cannot be set to empty \[item 0\]$/);
			const missing = await t.run(user('update', { userId: byId(99999), updateFields: { notes: 'x' } }));
			assert.match(
				missing.error.message,
				/^User 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
		});
	});
});
