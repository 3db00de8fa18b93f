// Bad input: every mistake gives an error that names the item and the field, nothing invalid reaches Halo,
// and with Continue On Fail the good items still go through, each output paired with its own input.
// (ticket.test.mjs has: Create with an empty summary / unknown status name / bad JSON; a URL from another
// host; Halo's 404 on Get. transport.test.mjs has: a non-numeric ticket ID on Get.)
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byExpression = { mode: 'id', value: '={{ $json.id }}' };
const getTicket = { resource: 'ticket', operation: 'get', ticketId: byExpression };

describe('bad input', () => {
	const writes = async () => (await t.ctl.apiRequests()).filter((r) => r.method !== 'GET');
	const items = (values) => values.map((value) => ({ json: value }));

	const t = haloSuite();

	it('IDs that are not positive whole numbers: each error names the field and the item, nothing is sent for them', async () => {
		const ids = ['abc', '-5', '12.5', '', '0', '1e3', ' 1001 '];
		const res = await t.run(getTicket, items(ids.map((id) => ({ id }))), { continueOnFail: true });
		assert.equal(res.items.length, ids.length);
		assert.deepEqual(
			res.items.map((i) => i.pairedItem.item),
			ids.map((_, i) => i),
		);
		const expected = [
			/^Ticket: must be a Halo ID \(a positive whole number\), but "abc" is not a positive whole number \[item 0\]$/,
			/"-5" is not a positive whole number \[item 1\]/,
			/"12\.5" is not a positive whole number \[item 2\]/,
			/^Ticket: must be a Halo ID .*but it is empty \[item 3\]$/,
			/"0" is not a positive whole number \[item 4\]/,
			/"1e3" is not a positive whole number \[item 5\]/,
		];
		expected.forEach((pattern, i) => assert.match(res.items[i].json.error, pattern));
		assert.equal(res.items[6].json.id, 1001, 'a padded number is fine');
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => r.path),
			['/api/Tickets/1001'],
			'only the good ID reached Halo',
		);
	});

	it('a negative ID on Delete or in an ID field of Update is refused before anything is written', async () => {
		// (a literal -1001 is already flagged in the editor; an expression is only known at run time)
		let res = await t.run({ resource: 'ticket', operation: 'delete', ticketId: byExpression }, items([{ id: -1001 }]));
		assert.match(res.error.message, /^Ticket: must be a Halo ID .*"-1001".*\[item 0\]$/);
		res = await t.run(
			{
				resource: 'ticket',
				operation: 'update',
				ticketId: { mode: 'id', value: '1001' },
				updateFields: { user_id: '={{ $json.user }}' },
			},
			items([{ user: 3 }, { user: -3 }]),
		);
		assert.match(res.error.message, /^User \(Requester\) ID: must be a Halo ID .*"-3".*\[item 1\]$/);
		assert.equal(res.error.context.itemIndex, 1);
		assert.equal((await writes()).filter((w) => w.method === 'DELETE').length, 0);
		assert.deepEqual(
			(await writes()).map((w) => w.body[0].user_id),
			[3],
			'item 0 was written, item 1 was not',
		);
	});

	it("an ID Halo does not have: Halo's 404 text on the right item; Update and Delete create nothing", async () => {
		const update = {
			resource: 'ticket',
			operation: 'update',
			ticketId: byExpression,
			updateFields: { category_2: 'Hardware' },
		};
		let res = await t.run(update, items([{ id: 1002 }, { id: 999999 }, { id: 1003 }]), { continueOnFail: true });
		assert.equal(res.items.length, 3);
		assert.equal(res.items[0].json.id, 1002);
		assert.equal(
			res.items[1].json.error,
			'Ticket 999999 was not found in Halo. Check the ID, or look the record up with a search; the API agent may also lack access to it.',
		);
		assert.equal(res.items[1].json.httpCode, '404');
		assert.match(res.items[1].json.description, /POST \/Tickets → HTTP 404/);
		assert.equal(res.items[1].pairedItem.item, 1);
		assert.equal(res.items[2].json.id, 1003);
		assert.equal(t.sim.store.coll('tickets').get(999999), undefined, 'the update did not create a ticket');

		res = await t.run({ resource: 'ticket', operation: 'delete', ticketId: byExpression }, items([{ id: 999999 }]));
		assert.equal(
			res.error.message,
			'Ticket 999999 was not found in Halo. Check the ID, or look the record up with a search; the API agent may also lack access to it.',
		);
		assert.equal(res.error.context.itemIndex, 0);
	});

	it('Additional Fields (JSON) that is not a JSON object: names the field and the item, nothing is sent', async () => {
		const update = {
			resource: 'ticket',
			operation: 'update',
			ticketId: { mode: 'id', value: '1004' },
			updateFields: { category_1: 'Email' },
			additionalJson: '={{ $json.extra }}',
		};
		const extras = ['{"impact": ', '[1, 2]', '"just text"', '{"impact": 3}'];
		const res = await t.run(update, items(extras.map((extra) => ({ extra }))), { continueOnFail: true });
		assert.match(res.items[0].json.error, /^Additional Fields \(JSON\): is not valid JSON .*\[item 0\]$/);
		assert.match(
			res.items[1].json.error,
			/^Additional Fields \(JSON\): must be a JSON object like \{"field": "value"\} \[item 1\]$/,
		);
		assert.match(res.items[2].json.error, /^Additional Fields \(JSON\): must be a JSON object.*\[item 2\]$/);
		assert.equal(res.items[3].json.id, 1004);
		assert.deepEqual(
			(await writes()).map((w) => w.body),
			[[{ id: 1004, category_1: 'Email', impact: 3 }]],
		);
	});

	it('a custom field that does not exist in Halo: names it, lists the real ones, sends nothing', async () => {
		const res = await t.run({
			resource: 'ticket',
			operation: 'create',
			summary: 'Custom field typo',
			customFields: { field: [{ field: 'CFBilingCode', value: 'X' }] },
		});
		assert.match(
			res.error.message,
			/^Custom Fields: Halo has no ticket custom field "CFBilingCode" \(known: .*CFBillingCode.*\) \[item 0\]$/,
		);
		assert.equal((await writes()).length, 0);
	});

	it('an unknown status name on Resolve names the field and lists the statuses', async () => {
		const res = await t.run(
			{
				resource: 'ticket',
				operation: 'resolve',
				ticketId: { mode: 'id', value: '1005' },
				statusId: '={{ $json.status }}',
				note: 'Fixed',
				visibility: 'private',
				options: {},
			},
			items([{ status: 'Resolved' }, { status: 'Fixed-ish' }]),
			{ continueOnFail: true },
		);
		assert.equal(res.items[0].json.status_id, 8);
		assert.match(
			res.items[1].json.error,
			/^Closed Status: Halo has no status named "Fixed-ish" \(known: .*Resolved.*\) \[item 1\]$/,
		);
		assert.equal((await writes()).length, 1);
	});

	it('Resolve with a status that does not close the ticket is refused before anything is written', async () => {
		await t.ctl.clearRequests();
		const res = await t.run({
			resource: 'ticket',
			operation: 'resolve',
			ticketId: { mode: 'id', value: '1006' },
			statusId: 'In Progress',
			note: 'Fixed',
			visibility: 'private',
			options: {},
		});
		assert.match(res.error?.message ?? '', /Closed Status: "In Progress" does not close a ticket.*\[item 0\]/);
		assert.equal((await writes()).length, 0);
	});

	it('empty or missing required text (summary, closure note) is refused per item; no ticket called "undefined"', async () => {
		const res = await t.run(
			{ resource: 'ticket', operation: 'create', summary: '={{ $json.summary }}' },
			items([{ summary: 'Real one' }, { summary: '' }, {}, { summary: '   ' }]),
			{ continueOnFail: true },
		);
		assert.equal(res.items[0].json.summary, 'Real one');
		for (const i of [1, 2, 3])
			assert.match(res.items[i].json.error, new RegExp(`^Summary: is required and cannot be empty \\[item ${i}\\]$`));
		const resolve = await t.run({
			resource: 'ticket',
			operation: 'resolve',
			ticketId: { mode: 'id', value: '1007' },
			statusId: 'Resolved',
			note: ' ',
			visibility: 'private',
			options: {},
		});
		assert.match(resolve.error.message, /^Closure Note: is required and cannot be empty \[item 0\]$/);
		assert.equal((await writes()).length, 1, 'only the real ticket');
	});

	it('negative or non-numeric decimal hours are refused (Resolve and Action → Create)', async () => {
		const resolve = await t.run(
			{
				resource: 'ticket',
				operation: 'resolve',
				ticketId: { mode: 'id', value: '1008' },
				statusId: 'Resolved',
				note: 'Done',
				visibility: 'private',
				options: { timetaken: '={{ $json.hours }}' },
			},
			items([{ hours: -0.5 }, { hours: 'an hour' }]),
			{ continueOnFail: true },
		);
		assert.match(
			resolve.items[0].json.error,
			/^Time Taken \(Hours\): must be zero or more hours as a decimal \(e\.g\. 0\.25\), but got "-0\.5" \[item 0\]$/,
		);
		assert.match(resolve.items[1].json.error, /^Time Taken \(Hours\): .* but got "an hour" \[item 1\]$/);
		const action = await t.run({
			resource: 'action',
			operation: 'create',
			ticketId: { mode: 'id', value: '1008' },
			note: 'Worked on it',
			visibility: 'private',
			additionalFields: { timetaken: -1.25 },
		});
		assert.match(action.error.message, /^Time Taken \(Hours\): must be zero or more hours .*"-1\.25" \[item 0\]$/);
		assert.equal((await writes()).length, 0);
		assert.equal(t.sim.store.coll('tickets').get(1008).status_id === 8, false, 'the ticket was not resolved');
	});

	describe('resource locator URLs', () => {
		// through an expression: a link typed into the field is already flagged by the editor's check
		const byUrl = (value) => ({ resource: 'ticket', operation: 'get', ticketId: { mode: 'url', value: `=${value}` } });
		it('a URL from another Halo host, port or look-alike domain is refused, naming the hosts', async () => {
			const here = new URL(t.sim.url).host;
			const cases = [
				['https://evil.halopsa.com/ticket?id=1001', 'evil.halopsa.com'],
				[`https://${here.split(':')[0]}.evil.com/ticket?id=1001`, `${here.split(':')[0]}.evil.com`],
				[`http://127.0.0.1:1/ticket?id=1001`, '127.0.0.1:1'],
				[`${t.sim.url.replace('127.0.0.1', 'localhost')}/ticket?id=1001`, here.replace('127.0.0.1', 'localhost')],
			];
			for (const [url, host] of cases) {
				const res = await t.run(byUrl(url));
				assert.equal(
					res.error?.message,
					`Ticket: the URL points at ${host}, but the credential is for ${here} [item 0]`,
					url,
				);
			}
			assert.equal((await t.ctl.apiRequests()).length, 0);
		});

		it('a Halo URL without scheme (or another scheme) is refused with the reason', async () => {
			const cases = [
				['acme.halopsa.com/ticket?id=1001', /^Ticket: "acme\.halopsa\.com\/ticket\?id=1001" is not a URL \[item 0\]$/],
				['acme.halopsa.com:443/ticket?id=1001', /is not a Halo web address: it must start with https:\/\/ \[item 0\]$/],
				['javascript:alert(1)', /^Ticket: "javascript:alert\(1\)" is not a Halo web address/],
				[`${t.sim.url}/ticket`, /^Ticket: no ticket id found in the URL ".*\/ticket" \[item 0\]$/],
			];
			for (const [url, pattern] of cases) assert.match((await t.run(byUrl(url))).error?.message ?? '', pattern, url);
			assert.equal((await t.ctl.apiRequests()).length, 0);
		});
	});

	describe('100 items, 3 of them bad', () => {
		const BAD = { 7: 'abc', 42: -1, 83: 999999 };
		const hundred = () => items(Array.from({ length: 100 }, (_, i) => ({ n: i, id: BAD[i] ?? 1001 + i })));
		const assertPairedToTheRightItems = (results, input) => {
			for (const item of results) {
				const source = input[item.pairedItem.item].json;
				if (item.json.error) assert.ok(source.n in BAD, `error paired to bad item ${source.n}`);
				else assert.equal(item.json.id, source.id, `result paired to item ${source.n}`);
			}
		};

		it('Continue On Fail: 97 results and 3 errors, each paired to its own item, in order', async () => {
			const input = hundred();
			const res = await t.run(getTicket, input, { continueOnFail: true });
			assert.equal(res.error, undefined);
			assert.equal(res.items.length, 100);
			assert.deepEqual(
				res.items.map((i) => i.pairedItem.item),
				input.map((_, i) => i),
			);
			const errors = res.items.filter((i) => i.json.error);
			assert.deepEqual(
				errors.map((e) => e.pairedItem.item),
				[7, 42, 83],
			);
			assert.match(errors[0].json.error, /"abc".*\[item 7\]/);
			assert.match(errors[1].json.error, /"-1".*\[item 42\]/);
			assert.match(
				errors[2].json.error,
				/^Ticket 999999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
			assertPairedToTheRightItems(res.items, input);
			assert.equal((await t.ctl.apiRequests()).length, 98, '97 good IDs + the one Halo does not have');
		});

		it('Continue (using error output): 97 on the success output, 3 on the error output, all paired', async () => {
			const input = hundred();
			const res = await t.run(getTicket, input, { onError: 'continueErrorOutput' });
			assert.equal(res.error, undefined);
			const [success, failed] = res.outputs;
			assert.equal(success.length, 97);
			assert.equal(failed.length, 3);
			assert.ok(success.every((i) => !i.json.error));
			assert.deepEqual(
				failed.map((i) => i.pairedItem.item),
				[7, 42, 83],
			);
			assertPairedToTheRightItems([...success, ...failed], input);
			assert.match(failed[0].json.error, /"abc".*\[item 7\]/);
			assert.match(
				failed[2].json.error,
				/^Ticket 999999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
		});

		it('writes: 97 tickets created, the 3 bad items write nothing', async () => {
			const input = items(
				Array.from({ length: 100 }, (_, i) => ({
					summary: i === 7 ? '' : `Bulk ${i}`,
					status: i === 42 ? 'Nonexistent' : 'New',
					extra: i === 83 ? '{oops' : '{}',
				})),
			);
			const res = await t.run(
				{
					resource: 'ticket',
					operation: 'create',
					summary: '={{ $json.summary }}',
					additionalFields: { status_id: '={{ $json.status }}' },
					additionalJson: '={{ $json.extra }}',
				},
				input,
				{ continueOnFail: true },
			);
			assert.equal(res.items.length, 100);
			const errors = res.items.filter((i) => i.json.error);
			assert.deepEqual(
				errors.map((e) => e.pairedItem.item),
				[7, 42, 83],
			);
			assert.match(errors[0].json.error, /^Summary: .*\[item 7\]$/);
			assert.match(errors[1].json.error, /^Status: Halo has no status named "Nonexistent".*\[item 42\]$/);
			assert.match(errors[2].json.error, /^Additional Fields \(JSON\): is not valid JSON.*\[item 83\]$/);
			for (const item of res.items.filter((i) => !i.json.error))
				assert.equal(item.json.summary, `Bulk ${item.pairedItem.item}`);
			const posts = await writes();
			assert.equal(posts.length, 97);
			assert.equal(new Set(posts.map((p) => p.body[0].summary)).size, 97, 'each good item written once');
		});

		it('without Continue On Fail the run stops at the first bad item and says which one', async () => {
			const res = await t.run(getTicket, hundred());
			assert.match(res.error.message, /^Ticket: .*"abc".*\[item 7\]$/);
			assert.equal(res.error.context.itemIndex, 7);
			assert.equal((await t.ctl.apiRequests()).length, 7, 'items 0–6 were read, nothing after the bad one');
		});
	});
});
