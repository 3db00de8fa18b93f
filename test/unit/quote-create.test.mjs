// Quote → Create (POST /Quotation, an array body like every Halo write): the client by name or ID, a title, the
// lines with the spec's QuotationDetail names (current_quantity, baseprice: not verified on a live tenant, see the
// README), dates, Batch Size; bad input fails before anything is sent.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const quote = (extra = {}) => ({ resource: 'quote', operation: 'create', ...extra });

describe('quote create', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });

	it('sends the client, title and lines as Halo names them; outputs the priced quote', async () => {
		const res = await t.run(
			quote({
				clientId: byId('Acme Logistics Ltd'),
				title: 'Firewall replacement',
				lines: {
					line: [
						{ item_id: '7', description: 'Firewall appliance', current_quantity: 2, baseprice: 899.5 },
						{ description: 'Installation (hours)', current_quantity: 3, baseprice: 85, discount_perc: 10 },
					],
				},
				additionalFields: {
					expiry_date: '2027-01-31T00:00:00.000Z',
					note: 'Includes first-year support',
					site_id: 'Distribution Centre',
					assigned_agent: 'Tom Becker',
				},
			}),
		);
		assert.equal(res.error, undefined, res.error?.message);
		const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
		assert.equal(post.path, '/api/Quotation');
		assert.deepEqual(post.body, [
			{
				client_id: 1,
				title: 'Firewall replacement',
				lines: [
					{ description: 'Firewall appliance', discount_perc: 0, item_id: 7, current_quantity: 2, baseprice: 899.5 },
					{ description: 'Installation (hours)', discount_perc: 10, current_quantity: 3, baseprice: 85 },
				],
				assigned_agent: 5,
				expiry_date: '2027-01-31T00:00:00.000Z',
				note: 'Includes first-year support',
				site_id: 2,
			},
		]);
		const out = res.items[0].json;
		assert.equal(out.client_name, 'Acme Logistics Ltd');
		assert.equal(out.title, 'Firewall replacement');
		assert.equal(out.total, 2028.5);
		const stored = await t.ctl.state('quotes', out.id);
		assert.deepEqual(
			stored.lines.map((line) => [line.description, line.current_quantity, line.baseprice, line.net_total]),
			[
				['Firewall appliance', 2, 899.5, 1799],
				['Installation (hours)', 3, 85, 229.5],
			],
		);
	});

	it('takes the lines as JSON mapped from an earlier node; numbers given as text become numbers', async () => {
		const res = await t.run(
			quote({ clientId: byId(2), linesInput: 'json', linesJson: '={{ $json.lines }}', simplify: false }),
			[{ json: { lines: [{ description: 'Dental chair tablet', current_quantity: '4', baseprice: '312.25' }] } }],
		);
		assert.equal(res.error, undefined, res.error?.message);
		const [request] = await t.ctl.apiRequests();
		assert.deepEqual(request.body, [
			{ client_id: 2, lines: [{ description: 'Dental chair tablet', current_quantity: 4, baseprice: 312.25 }] },
		]);
		assert.equal(res.items[0].json.total, 1249);
	});

	it('bad input fails before anything is sent, naming the item and the field', async () => {
		const cases = [
			[{ lines: { line: [] } }, /^Lines: add at least one line \[item 0\]$/],
			[
				{ lines: { line: [{ description: 'Switch', current_quantity: 'two', baseprice: 1 }] } },
				/^Lines → line 1 → Quantity: must be a number, but got "two" \[item 0\]$/,
			],
			[
				{ lines: { line: [{ description: 'Switch', current_quantity: 1, baseprice: '£40' }] } },
				/^Lines → line 1 → Unit Price: must be a number, but got "£40" \[item 0\]$/,
			],
			[
				{ linesInput: 'json', linesJson: '[{"description":"Switch","costprice":"cheap"}]' },
				/^Lines → line 1 → Cost Price: must be a number, but got "cheap" \[item 0\]$/,
			],
			[
				{ lines: { line: [{ current_quantity: 1, baseprice: 5 }] } },
				/^Lines → line 1: needs a Description or an Item ID \[item 0\]$/,
			],
			[{ lines: { line: [{ item_id: 'AP-1' }] } }, /^Lines → line 1 → Item ID: must be a Halo ID/],
			[
				{ lines: { line: [{ description: 'Switch' }] }, additionalFields: { expiry_date: 'next month' } },
				/^Expiry Date: "next month" is not a date \[item 0\]$/,
			],
			[{ linesInput: 'json', linesJson: '{"description":"x"}' }, /^Lines \(JSON\): must be an array of line objects/],
		];
		for (const [parameters, message] of cases) {
			const res = await t.run(quote({ clientId: byId(1), ...parameters }));
			assert.match(res.error?.message ?? '', message);
		}
		assert.deepEqual(
			(await t.ctl.apiRequests()).filter((r) => r.method !== 'GET'),
			[],
		);
	});

	it('Batch Size sends several quotes in one POST and pairs the replies with the items', async () => {
		const res = await t.run(
			quote({
				clientId: byId('={{ $json.client }}'),
				title: '={{ $json.title }}',
				lines: { line: [{ description: 'Annual licence', current_quantity: 1, baseprice: 120 }] },
				batchSize: 5,
			}),
			[{ json: { client: 1, title: 'Renewal A' } }, { json: { client: 4, title: 'Renewal B' } }],
		);
		assert.equal(res.error, undefined, res.error?.message);
		const requests = await t.ctl.apiRequests();
		assert.deepEqual(
			requests.map((r) => [r.method, r.path, r.query, r.body.length]),
			[['POST', '/api/Quotation', { returnall: 'true' }, 2]],
		);
		assert.deepEqual(
			res.items.map((i) => [i.json.title, i.json.client_name, i.pairedItem.item]),
			[
				['Renewal A', 'Acme Logistics Ltd', 0],
				['Renewal B', 'Harbourview Hotels', 1],
			],
		);
	});
});
