// Billing records: Invoice (/Invoice: get with lines, get many by client/contract/date/posted, create with lines) and
// Recurring Invoice (/RecurringInvoice, read-only, negative ids as Halo gives them, EVIDENCE 10.3).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const PAGE = (size) => ({ pageinate: 'true', page_size: String(size), page_no: '1' });
const calls = async (t) => (await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]);
const invoice = (operation, extra = {}) => ({ resource: 'invoice', operation, ...extra });
const recurring = (operation, extra = {}) => ({ resource: 'recurringInvoice', operation, ...extra });

describe('invoice', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });

	describe('get', () => {
		it('reads one invoice with its lines; money stays numbers', async () => {
			const res = await t.run(invoice('get', { invoiceId: byId(5) }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [['GET', '/api/Invoice/5', { includedetails: 'true' }]]);
			const out = res.items[0].json;
			assert.equal(out.client_name, 'Northwind Accountancy LLP');
			assert.equal(out.total, 695.5);
			assert.equal(out.amountdue, 695.5);
			assert.equal(out.posted, false);
			assert.deepEqual(
				out.lines.map((l) => [l.item_shortdescription, l.qty_order, l.unit_price]),
				[
					['Project engineer (day)', 1, 650],
					['Travel', 1, 45.5],
				],
			);
			assert.equal(out.duedate.slice(0, 4) > '2000', true);
		});

		it("surfaces Halo's 404 and refuses a bad id before sending", async () => {
			const res = await t.run(
				invoice('get', { invoiceId: byId('={{ $json.id }}') }),
				[{ json: { id: 999 } }, { json: { id: 'x1' } }],
				{
					continueOnFail: true,
				},
			);
			assert.match(res.items[0].json.error, /Invoice 999 was not found in Halo/);
			assert.match(res.items[1].json.error, /^Invoice: must be a Halo ID .*\[item 1\]$/);
			assert.deepEqual(await calls(t), [['GET', '/api/Invoice/999', { includedetails: 'true' }]]);
		});
	});

	describe('get many', () => {
		it('filters by client and not posted, with lines, in pages', async () => {
			const res = await t.run(
				invoice('getAll', { includeLines: true, filters: { clientId: 3, posted: 'notPosted' }, limit: 10 }),
			);
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [
				['GET', '/api/Invoice', { client_id: '3', includelines: 'true', notpostedonly: 'true', ...PAGE(10) }],
			]);
			assert.deepEqual(
				res.items.map((i) => [i.json.id, i.json.reference, i.json.lines.length]),
				[[5, 'Server migration (project day)', 2]],
			);
		});

		it('posted only; rows without Include Lines have lines null in Simplify', async () => {
			const res = await t.run(invoice('getAll', { returnAll: true, filters: { posted: 'posted', contractId: '1' } }));
			assert.deepEqual(await calls(t), [
				['GET', '/api/Invoice', { contract_id: '1', postedonly: 'true', ...PAGE(100) }],
			]);
			assert.deepEqual(
				res.items.map((i) => [i.json.client_id, i.json.recurring_invoice_id, i.json.posted, i.json.lines]),
				[[1, -1, true, null]],
			);
		});

		it('an invoice date range is applied to the rows Halo sends (its spec types the date parameters as true/false)', async () => {
			const from = Date.now() - 4 * 86400e3;
			const to = Date.now() - 2 * 86400e3;
			const res = await t.run(
				invoice('getAll', {
					returnAll: true,
					filters: { dateFrom: new Date(from).toISOString(), dateTo: new Date(to).toISOString() },
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [['GET', '/api/Invoice', PAGE(100)]]);
			const inRange = (await t.ctl.state('invoices'))
				.filter((i) => Date.parse(i.invoice_date) >= from && Date.parse(i.invoice_date) <= to)
				.map((i) => i.id);
			assert.ok(inRange.includes(5), 'seed: the ad-hoc invoice is 3 days old');
			assert.deepEqual(
				res.items.map((i) => i.json.id),
				inRange,
			);
		});

		it('refuses a date range that ends before it starts, before sending', async () => {
			const res = await t.run(invoice('getAll', { filters: { dateFrom: '2026-05-02', dateTo: '2026-05-01' } }));
			assert.match(res.error?.message ?? '', /^Filters → Invoice Date From: .* is after Invoice Date To .*\[item 0\]$/);
			assert.deepEqual(await calls(t), []);
		});
	});

	describe('create', () => {
		it('sends the client and the lines as Halo line fields, money as numbers', async () => {
			const res = await t.run(
				invoice('create', {
					clientId: byId(6),
					lines: {
						line: [
							{ item_shortdescription: 'Out-of-hours call-out', qty_order: 2, unit_price: 95.5 },
							{ item_shortdescription: 'Replacement SSD', qty_order: 1, unit_price: 120, tax_code: 'S' },
						],
					},
					additionalFields: {
						reference: 'Weekend outage',
						invoice_date: '2026-11-30T00:00:00.000Z',
						ticket_id: '1001',
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
						'/api/Invoice',
						[
							{
								client_id: 6,
								lines: [
									{ item_shortdescription: 'Out-of-hours call-out', qty_order: 2, unit_price: 95.5 },
									{ item_shortdescription: 'Replacement SSD', qty_order: 1, unit_price: 120, tax_code: 'S' },
								],
								reference: 'Weekend outage',
								invoice_date: '2026-11-30T00:00:00.000Z',
								ticket_id: 1001,
							},
						],
					],
				],
			);
			const out = res.items[0].json;
			assert.equal(out.client_name, 'Pinecrest Legal');
			assert.equal(out.total, 311);
			assert.match(out.invoicenumber, /^INV-\d{5}$/);
			assert.equal((await t.ctl.state('invoices', out.id)).lines.length, 2);
		});

		it('takes the lines as JSON mapped from an earlier node', async () => {
			const res = await t.run(
				invoice('create', { clientId: byId(2), linesInput: 'json', linesJson: '={{ $json.lines }}', simplify: false }),
				[{ json: { lines: [{ item_shortdescription: 'Support hours', qty_order: '1.5', unit_price: 80 }] } }],
			);
			assert.equal(res.error, undefined, res.error?.message);
			const [request] = await t.ctl.apiRequests();
			assert.deepEqual(request.body, [
				{ client_id: 2, lines: [{ item_shortdescription: 'Support hours', qty_order: 1.5, unit_price: 80 }] },
			]);
			assert.equal(res.items[0].json.total, 120);
		});

		it('bad lines fail before anything is sent, naming the item and the line', async () => {
			const cases = [
				[{ line: [] }, /^Lines: add at least one line \[item 0\]$/],
				[
					{ line: [{ item_shortdescription: 'Hours', qty_order: 'two', unit_price: 1 }] },
					/^Lines → line 1 → Quantity: must be a number, but got "two" \[item 0\]$/,
				],
				[{ line: [{ qty_order: 1, unit_price: 5 }] }, /^Lines → line 1: needs a Description or an Item ID \[item 0\]$/],
			];
			for (const [lines, message] of cases) {
				const res = await t.run(invoice('create', { clientId: byId(6), lines }));
				assert.match(res.error?.message ?? '', message);
			}
			const json = await t.run(invoice('create', { clientId: byId(6), linesInput: 'json', linesJson: '{"a":1}' }));
			assert.match(json.error?.message ?? '', /^Lines \(JSON\): must be an array of line objects \[item 0\]$/);
			assert.deepEqual(await calls(t), []);
		});

		it('Batch Size sends several invoices in one POST and pairs the replies with the items', async () => {
			const res = await t.run(
				invoice('create', {
					clientId: byId('={{ $json.client }}'),
					lines: { line: [{ item_shortdescription: '={{ $json.what }}', qty_order: 1, unit_price: 10 }] },
					batchSize: 5,
				}),
				[{ json: { client: 1, what: 'A' } }, { json: { client: 4, what: 'B' } }],
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.query, r.body.length]),
				[['POST', '/api/Invoice', { returnall: 'true' }, 2]],
			);
			assert.deepEqual(
				res.items.map((i) => [i.json.client_name, i.pairedItem.item]),
				[
					['Acme Logistics Ltd', 0],
					['Harbourview Hotels', 1],
				],
			);
		});
	});
});

describe('recurring invoice', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });

	it('get takes the negative id Halo gives recurring invoices', async () => {
		const res = await t.run(recurring('get', { recurringInvoiceId: byId(-2) }));
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(await calls(t), [['GET', '/api/RecurringInvoice/-2', { includedetails: 'true' }]]);
		const out = res.items[0].json;
		assert.equal(out.id, -2);
		assert.equal(out.client_name, 'Bluewater Dental Group');
		assert.equal(out.total, 315);
		assert.equal(out.lines[0].qty_order, 7);
		const bad = await t.run(recurring('get', { recurringInvoiceId: byId('0') }));
		assert.match(
			bad.error?.message ?? '',
			/^Recurring Invoice: must be a Halo ID \(a non-zero whole number, may be negative\)/,
		);
	});

	it('get many filters by client and contract, in pages', async () => {
		const res = await t.run(recurring('getAll', { filters: { clientId: 4, contractId: '6' }, limit: 5 }));
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(await calls(t), [
			['GET', '/api/RecurringInvoice', { client_id: '4', contract_id: '6', ...PAGE(5) }],
		]);
		assert.deepEqual(
			res.items.map((i) => [i.json.id, i.json.contract_ref, i.json.nextcreationdate !== null]),
			[[-4, 'HVH-MSA-2026'.replace('2026', String(new Date().getUTCFullYear())), true]],
		);
		const all = await t.run(recurring('getAll', { returnAll: true }));
		assert.deepEqual(
			all.items.map((i) => i.json.id),
			[-4, -3, -2, -1],
		);
	});
});
