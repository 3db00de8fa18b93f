// Hardening (issue 15): the defects a hostile review reproduced against the simulator, one test each.
// Every input here reached Halo before the fix (or looped, or failed with an unhelpful message).
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import { after, describe, it } from 'node:test';

import { startSimulator } from '../../simulator/index.mjs';
import { haloSuite, ROOT } from './support.mjs';

const require = createRequire(import.meta.url);
const items = (values) => values.map((json) => ({ json }));
const byId = (value) => ({ mode: 'id', value });
const byUrl = (value) => ({ __rl: true, mode: 'url', value });
// through an expression, as flows hand over links: the editor's check of the field does not apply
const byUrlExpression = (value) => ({ __rl: true, mode: 'url', value: `=${value}` });

describe('hardening', () => {
	const t = haloSuite();
	const writes = async () => (await t.ctl.apiRequests()).filter((r) => r.method !== 'GET');

	it('1. an object or array given to a text field fails before anything is sent, naming the field and the item; numbers and booleans are fine', async () => {
		const create = { resource: 'ticket', operation: 'create', summary: '={{ $json.s }}' };
		const res = await t.run(create, items([{ s: { a: 1 } }, { s: ['a', 'b'] }, { s: 42 }, { s: true }]), {
			continueOnFail: true,
		});
		assert.match(
			res.items[0].json.error,
			/^Summary: must be text, but the value is an object \(\{"a":1\}\).*\[item 0\]$/,
		);
		assert.match(
			res.items[1].json.error,
			/^Summary: must be text, but the value is a list \(\["a","b"\]\).*\[item 1\]$/,
		);
		assert.deepEqual(
			(await writes()).map((w) => w.body[0].summary),
			['42', 'true'],
			'only the number and the boolean were written, as text',
		);

		await t.ctl.clearRequests();
		const note = { resource: 'action', operation: 'create', ticketId: byId('1001'), note: '={{ $json.note }}' };
		let run = await t.run(note, items([{ note: ['a', 'b'] }]));
		assert.match(run.error?.message ?? '', /^Note: must be text, but the value is a list .*\[item 0\]$/);
		run = await t.run(
			{
				resource: 'ticket',
				operation: 'resolve',
				ticketId: byId('1002'),
				statusId: 8,
				note: '={{ $json.note }}',
				visibility: 'private',
			},
			items([{ note: { text: 'fixed' } }]),
		);
		assert.match(run.error?.message ?? '', /^Closure Note: must be text, but the value is an object .*\[item 0\]$/);
		run = await t.run(
			{ resource: 'asset', operation: 'findByHostname', hostname: '={{ $json.host }}' },
			items([{ host: { name: 'PC1' } }]),
		);
		assert.match(run.error?.message ?? '', /^Hostname: must be text, but the value is an object .*\[item 0\]$/);
		// a plain field of an Update collection goes through the same check
		run = await t.run(
			{ resource: 'ticket', operation: 'update', ticketId: byId('1003'), updateFields: { details: '={{ $json.d }}' } },
			items([{ d: { html: '<p>x</p>' } }]),
		);
		assert.match(run.error?.message ?? '', /^details: must be text, but the value is an object .*\[item 0\]$/);
		assert.deepEqual(await writes(), [], 'nothing was written');
	});

	it('2. By URL must be the page of that kind of record: a link to another kind is refused and nothing is sent (Client → Delete with a ticket link deletes nothing)', async () => {
		let res = await t.run({
			resource: 'client',
			operation: 'delete',
			clientId: byUrlExpression(`${t.sim.url}/ticket?id=2`),
		});
		assert.equal(
			res.error?.message,
			'Client: the URL is a link to a ticket, not to a client. Use a client link such as ' +
				`${t.sim.url}/customers?clientid=1234 [item 0]`,
		);
		assert.ok(t.sim.store.coll('clients').get(2), 'client 2 still exists');
		res = await t.run({ resource: 'asset', operation: 'get', assetId: byUrlExpression(`${t.sim.url}/ticket?id=3`) });
		assert.match(res.error?.message ?? '', /^Asset: the URL is a link to a ticket, not to an asset/);
		res = await t.run({
			resource: 'site',
			operation: 'get',
			siteId: byUrlExpression(`${t.sim.url}/customers?clientid=2`),
		});
		assert.match(res.error?.message ?? '', /^Site: the URL is a link to a client, not to a site/);
		res = await t.run({
			resource: 'client',
			operation: 'get',
			clientId: byUrlExpression(`${t.sim.url}/customers?clientid=1&siteid=2`),
		});
		assert.match(
			res.error?.message ?? '',
			/^Client: the URL names both a client and a site, so it is not clear which client is meant/,
		);
		res = await t.run({ resource: 'user', operation: 'get', userId: byUrlExpression(`${t.sim.url}/knowledge/3`) });
		assert.match(
			res.error?.message ?? '',
			/is not a link to a Halo user: expected a page like .*\/customers\?mainview=user&userid=1234 \[item 0\]$/,
		);
		assert.deepEqual(await t.ctl.apiRequests(), [], 'nothing was sent');

		// each kind's own pages (and its API URL) are read
		const reads = [
			[
				{ resource: 'site', operation: 'get', siteId: byUrl(`${t.sim.url}/customers?mainview=site&siteid=4`) },
				'/api/Site/4',
			],
			[{ resource: 'asset', operation: 'get', assetId: byUrl(`${t.sim.url}/Assets?AssetId=5`) }, '/api/Asset/5'],
			[{ resource: 'client', operation: 'get', clientId: byUrl(`${t.sim.url}/api/Client/2`) }, '/api/Client/2'],
			[
				{ resource: 'ticket', operation: 'get', ticketId: byUrl(`${t.sim.url}/tickets?id=1001&showmenu=false`) },
				'/api/Tickets/1001',
			],
		];
		for (const [parameters, path] of reads) {
			await t.ctl.clearRequests();
			const ok = await t.run(parameters);
			assert.equal(ok.error, undefined, ok.error?.message);
			assert.deepEqual(
				(await t.ctl.apiRequests()).map((r) => r.path),
				[path],
			);
		}

		// the editor's example and check of the By URL field come from the same table
		const locators = require(`${ROOT}/dist/nodes/HaloPsa/descriptions/locators.js`);
		const urlMode = (locator) => locator.modes.find((mode) => mode.name === 'url');
		assert.equal(urlMode(locators.clientLocator).placeholder, 'e.g. https://acme.halopsa.com/customers?clientid=1234');
		const check = (locator, value) => new RegExp(`^${urlMode(locator).validation[0].properties.regex}$`).test(value);
		const kinds = ['ticket', 'client', 'site', 'user', 'agent', 'asset'].map((kind) => locators[`${kind}Locator`]);
		for (const locator of kinds) {
			const example = urlMode(locator).placeholder.replace(/^e\.g\. /, '');
			assert.deepEqual(
				kinds.filter((other) => check(other, example)).map((other) => other.name),
				[locator.name],
				example,
			);
		}
		// a link typed into the field is flagged in the editor, and n8n does not run a node with issues
		await assert.rejects(
			t.run({ resource: 'client', operation: 'delete', clientId: byUrl(`${t.sim.url}/ticket?id=2`) }),
			/node has issues:\s+- Not a link to a Halo client/,
		);
		assert.ok(t.sim.store.coll('clients').get(2), 'client 2 still exists');
	});

	it('3. Attachment → Get Many reads its ticket By URL like every other operation', async () => {
		const res = await t.run({
			resource: 'attachment',
			operation: 'getAll',
			ticketId: byUrl(`${t.sim.url}/ticket?id=1001`),
			returnAll: true,
		});
		assert.equal(res.error, undefined, res.error?.message);
		const [list] = await t.ctl.apiRequests();
		assert.equal(list.path, '/api/Attachment');
		assert.equal(list.query.ticket_id, '1001');
		const wrong = await t.run({
			resource: 'attachment',
			operation: 'getAll',
			ticketId: byUrlExpression(`${t.sim.url}/customers?clientid=1`),
			returnAll: true,
		});
		assert.match(wrong.error?.message ?? '', /^Ticket: the URL is a link to a client, not to a ticket/);
	});

	describe('4. Return All never loops without end', () => {
		const rows = (from, count) =>
			Array.from({ length: count }, (_, i) => ({ id: from + i, summary: `row ${from + i}` }));
		const returnAll = { resource: 'ticket', operation: 'getAll', returnAll: true, simplify: false };
		const listRequests = async () => (await t.ctl.apiRequests()).filter((r) => r.path === '/api/Tickets');
		// a wrapped list without record_count, the same for every page (like Halo's /Feed, EVIDENCE 7.5)
		const samePageEveryTime = (body, times = 50) =>
			t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'status', status: 200, body, times });

		it('a page that repeats the previous page stops with a clear error', async () => {
			await samePageEveryTime({ tickets: rows(1, 100) });
			const res = await t.run(returnAll);
			assert.match(
				res.error?.message ?? '',
				/^Halo's list \/Tickets ignores paging: page 2 is the same as page 1\. Stopped so as not to loop/,
			);
			assert.equal((await listRequests()).length, 2);
		});

		it('a page with more rows than asked for stops with a clear error', async () => {
			await samePageEveryTime({ tickets: rows(1, 150) });
			const res = await t.run(returnAll);
			assert.match(res.error?.message ?? '', /ignores paging: page 1 has 150 rows though 100 were asked for/);
			assert.equal((await listRequests()).length, 1);
		});

		it('a total beyond the page cap stops before fetching the pages', async () => {
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Tickets' }, kind: 'lieRecordCount', extra: 5_000_000 });
			const res = await t.run(returnAll);
			assert.match(
				res.error?.message ?? '',
				/reports 50003\d\d matches \(50004 pages\), more than Return All fetches \(10000 pages\)/,
			);
			assert.equal((await listRequests()).length, 1);
		});

		it('without a total, Halo sending its last page again ends the list (EVIDENCE 7.5): no rows repeated', async () => {
			for (const body of [{ tickets: rows(1, 100) }, { tickets: rows(101, 100) }, { tickets: rows(101, 100) }]) {
				await t.ctl.fault({
					match: { method: 'GET', path: '/api/Tickets' },
					kind: 'status',
					status: 200,
					body,
					times: 1,
				});
			}
			const res = await t.run(returnAll);
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(
				res.items.map((i) => i.json.id),
				rows(1, 200).map((r) => r.id),
			);
			assert.equal((await listRequests()).length, 3);
		});
	});

	it('5. an ID beyond 2^53 or in exponent form is refused before anything is sent, naming the field and the item', async () => {
		const get = { resource: 'ticket', operation: 'get', ticketId: byId('={{ $json.id }}') };
		const res = await t.run(
			get,
			items([{ id: '9007199254740993' }, { id: 9007199254740993 }, { id: '1e3' }, { id: 1e21 }]),
			{ continueOnFail: true },
		);
		assert.match(
			res.items[0].json.error,
			/^Ticket: must be a Halo ID .*"9007199254740993" is larger than 9007199254740991.*\[item 0\]$/,
		);
		assert.match(
			res.items[1].json.error,
			/^Ticket: must be a Halo ID .*"9007199254740992" is larger than 9007199254740991.*\[item 1\]$/,
		);
		assert.match(res.items[2].json.error, /"1e3" is not a positive whole number \[item 2\]$/);
		assert.match(res.items[3].json.error, /"1e\+21" is not a positive whole number \[item 3\]$/);
		const update = await t.run({
			resource: 'ticket',
			operation: 'update',
			ticketId: byUrlExpression(`${t.sim.url}/ticket?id=9007199254740993`),
			updateFields: { category_1: 'x' },
		});
		assert.match(update.error?.message ?? '', /^Ticket: must be a Halo ID .*larger than 9007199254740991.*\[item 0\]$/);
		assert.deepEqual(await t.ctl.apiRequests(), [], 'nothing was sent');
	});

	it("6. Download with a malformed filename* falls back to the plain filename, or to the attachment's ID", async () => {
		const serve = (disposition) =>
			t.ctl.fault({
				match: { method: 'GET', path: '/api/Attachment/7' },
				kind: 'status',
				status: 200,
				body: 'hello',
				contentType: 'text/plain',
				headers: { 'Content-Disposition': disposition },
			});
		const download = { resource: 'attachment', operation: 'download', attachmentId: '7', binaryPropertyName: 'data' };
		const cases = [
			[`attachment; filename*=UTF-8''%E2%82%; filename="report.txt"`, 'report.txt'],
			[`attachment; filename="report.txt"; filename*=UTF-8''%C3%28.txt`, 'report.txt'],
			[`attachment; filename*=UTF-8''%ZZ.txt`, 'attachment-7'],
			[`attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.txt; filename="resume.txt"`, 'résumé.txt'],
		];
		for (const [disposition, expected] of cases) {
			await serve(disposition);
			const res = await t.run(download);
			assert.equal(res.error, undefined, `${disposition}: ${res.error?.message}`);
			assert.equal(res.items[0].json.filename, expected, disposition);
			assert.equal(res.items[0].binary.data.fileName, expected, disposition);
		}
	});

	describe('7. a stored token is only used with the Halo it came from', () => {
		let other;
		after(async () => other?.close());

		it("after the Halo URL of a credential is edited, the old host's token is never sent to the new host", async () => {
			t.engine.setCredentials('haloPsaApi', { ...t.credentialData });
			const first = await t.run({ resource: 'ticket', operation: 'get', ticketId: byId('1001') });
			assert.equal(first.error, undefined, first.error?.message);
			const oldToken = t.engine.credentialStore.get('haloPsaApi').accessToken;
			assert.ok(oldToken);

			other = await startSimulator({ port: 0, seed: 'other' });
			const bearers = [];
			const verify = other.sim.auth.verify.bind(other.sim.auth);
			other.sim.auth.verify = (headers) => {
				bearers.push(String(headers.authorization ?? ''));
				return verify(headers);
			};
			// The user edits the Halo URL; n8n keeps the hidden token field (its editor restores redacted fields,
			// the public API merges partial data), so the old token is still stored.
			t.engine.setCredentials('haloPsaApi', { ...t.engine.credentialStore.get('haloPsaApi'), haloUrl: other.url });
			const res = await t.run({ resource: 'ticket', operation: 'get', ticketId: byId('1001') });
			assert.equal(res.error, undefined, res.error?.message);
			assert.ok(bearers.length > 0, 'the new host was called');
			assert.ok(!bearers.some((header) => header.includes(oldToken)), "the old host's token reached the new host");
			const newToken = t.engine.credentialStore.get('haloPsaApi').accessToken;
			assert.notEqual(newToken, oldToken);
			assert.ok(other.sim.auth.tokens.has(newToken), 'the token now stored came from the new host');
			const calls = (await fetch(`${other.url}/_sim/requests`).then((r) => r.json())).filter((r) => !r.tokenRequest);
			assert.deepEqual(
				calls.map((r) => r.status),
				[200],
				'one API request, answered; no 401 on the way',
			);

			// the new binding is stored, so the next run reuses the token without a token request
			const before = (await fetch(`${other.url}/_sim/requests`).then((r) => r.json())).filter(
				(r) => r.tokenRequest,
			).length;
			const again = await t.run({ resource: 'ticket', operation: 'get', ticketId: byId('1001') });
			assert.equal(again.error, undefined, again.error?.message);
			const afterRun = (await fetch(`${other.url}/_sim/requests`).then((r) => r.json())).filter(
				(r) => r.tokenRequest,
			).length;
			assert.equal(afterRun, before, 'no new token request');
			t.engine.setCredentials('haloPsaApi', { ...t.credentialData });
		});
	});
});
