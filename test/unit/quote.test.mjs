// Quote (/Quotation): get with its lines, get many by client (name or ID), status IDs, open/closed and Include
// Lines, in Halo's pages (one row for page_size=1 in the production sweep). Create: quote-create.test.mjs.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const PAGE = (size) => ({ pageinate: 'true', page_size: String(size), page_no: '1' });
const calls = async (t) => (await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]);
const quote = (operation, extra = {}) => ({ resource: 'quote', operation, ...extra });

describe('quote', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });

	describe('get', () => {
		it('reads one quote with its lines as Halo sends them; money stays numbers', async () => {
			const res = await t.run(quote('get', { quoteId: byId(1) }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [['GET', '/api/Quotation/1', { includedetails: 'true' }]]);
			const out = res.items[0].json;
			assert.equal(out.title, 'Office Wi-Fi refresh');
			assert.equal(out.client_name, 'Acme Logistics Ltd');
			assert.equal(out.total, 1352);
			assert.deepEqual(
				out.lines.map((line) => [line.name, line.current_quantity, line.baseprice, line.net_total]),
				[
					['Wireless access point', 4, 210.5, 842],
					['Installation (hours)', 6, 85, 510],
				],
			);
		});

		it("surfaces Halo's 404 and refuses a bad id before sending", async () => {
			const res = await t.run(
				quote('get', { quoteId: byId('={{ $json.id }}') }),
				[{ json: { id: 999 } }, { json: { id: 'Q-1' } }],
				{ continueOnFail: true },
			);
			assert.match(res.items[0].json.error, /Quote 999 was not found in Halo/i);
			assert.match(res.items[1].json.error, /^Quote: must be a Halo ID .*\[item 1\]$/);
			assert.deepEqual(await calls(t), [['GET', '/api/Quotation/999', { includedetails: 'true' }]]);
		});
	});

	describe('get many', () => {
		it('takes the client by name, sends status IDs and Include Lines as Halo names them, in pages', async () => {
			const res = await t.run(
				quote('getAll', {
					includeLines: true,
					filters: { clientId: 'Acme Logistics Ltd', statusIds: '1,2' },
					limit: 10,
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual((await calls(t)).at(-1), [
				'GET',
				'/api/Quotation',
				{ client_id: '1', quote_status: '1,2', includelines: 'true', ...PAGE(10) },
			]);
			assert.deepEqual(
				res.items.map((i) => [i.json.id, i.json.title, i.json.lines.length]),
				[[1, 'Office Wi-Fi refresh', 2]],
			);
		});

		it('open only and closed only; rows without Include Lines have lines null in Simplify', async () => {
			const open = await t.run(quote('getAll', { returnAll: true, filters: { state: 'open' } }));
			const closed = await t.run(quote('getAll', { returnAll: true, filters: { state: 'closed' } }));
			assert.deepEqual(await calls(t), [
				['GET', '/api/Quotation', { open: 'true', ...PAGE(100) }],
				['GET', '/api/Quotation', { closed: 'true', ...PAGE(100) }],
			]);
			assert.deepEqual(
				open.items.map((i) => [i.json.title, i.json.lines]),
				[
					['Office Wi-Fi refresh', null],
					['Backup appliance', null],
				],
			);
			assert.deepEqual(
				closed.items.map((i) => i.json.title),
				['Second site VPN'],
			);
		});

		it('refuses a bad status ID before sending, naming the item and the field', async () => {
			const res = await t.run(quote('getAll', { filters: { statusIds: 'won' } }));
			assert.match(res.error?.message ?? '', /^Filters → Status IDs: must be a Halo ID .*\[item 0\]$/);
			assert.deepEqual(await calls(t), []);
		});
	});
});
