// What a production tenant's GET sweep showed (EVIDENCE 11), and what the node does about it: ticket list
// rows without some keys, one Simplify shape for a list row and a single read, asset types whose key field
// is a row pointing at a field, and third-party ids that list rows do not carry.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloApi as api } from './halo-api.mjs';
import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });

/**
 * The keys of a production `GET /Tickets` row, in sorted order, as far as the sweep recorded them (it kept the
 * first 30 sorted keys, so it ends at `invoiceseperatelyoverride`; what sorts after is unknown).
 */
const PRODUCTION_LIST_KEYS = [
	'_open_search_score',
	'agent_id',
	'appointment_type',
	'area_inactive',
	'attachment_count',
	'category_1',
	'categoryid_1',
	'child_count',
	'client_id',
	'client_name',
	'cost',
	'dateoccurred',
	'deadlinedate',
	'department_id',
	'details',
	'emailtolist',
	'enduserstatus',
	'estimate',
	'estimatedays',
	'excludefromsla',
	'first_respond_by_date',
	'fixbydate',
	'flagged',
	'guid',
	'id',
	'idsummary',
	'impact',
	'impactlevel',
	'inactive',
	'invoiceseperatelyoverride',
];
const LAST_RECORDED_KEY = PRODUCTION_LIST_KEYS[PRODUCTION_LIST_KEYS.length - 1];

describe('fidelity to the production sweep (node and simulator)', () => {
	const t = haloSuite({ sim: { ticketCount: 60 } });

	it('simulator: ticket list rows carry category_1 and no datecreated / agent_name key; the single read has them', async () => {
		const { json: list } = await api(t.sim, 'GET', '/Tickets?pageinate=true&page_size=20&page_no=1');
		const assigned = list.tickets.find((row) => row.agent_id);
		assert.ok(assigned, 'an assigned ticket in the first page');
		for (const row of list.tickets) {
			assert.ok('category_1' in row);
			assert.equal('datecreated' in row, false, 'datecreated is absent, not null');
			assert.equal('agent_name' in row, false, 'agent_name is absent, not null');
			const early = Object.keys(row).filter((key) => key <= LAST_RECORDED_KEY);
			const unknown = early.filter((key) => !PRODUCTION_LIST_KEYS.includes(key));
			assert.deepEqual(unknown, [], `keys production's list row did not carry (ticket ${row.id})`);
		}
		const { json: one } = await api(t.sim, 'GET', `/Tickets/${assigned.id}`);
		assert.equal(typeof one.agent_name, 'string');
		assert.ok(one.agent_name.length > 0);
		assert.ok('datecreated' in one);
	});

	describe('Simplify: one shape for a record', () => {
		const noParams = async () => ({});
		const ticketWithActions = async () => ({ ticketId: byId((await t.ctl.state('actions'))[0].ticket_id) });
		// [resource, Get parameters for a Get Many row, Get Many parameters]
		const cases = [
			['ticket', (row) => ({ ticketId: byId(row.id) }), noParams],
			['asset', (row) => ({ assetId: byId(row.id) }), noParams],
			['client', (row) => ({ clientId: byId(row.id) }), noParams],
			['site', (row) => ({ siteId: byId(row.id) }), noParams],
			['user', (row) => ({ userId: byId(row.id) }), noParams],
			['agent', (row) => ({ agentId: byId(row.id) }), noParams],
			['contract', (row) => ({ contractId: byId(row.id) }), noParams],
			['kbArticle', (row) => ({ articleId: byId(row.id) }), noParams],
			['action', (row) => ({ ticketId: byId(row.ticket_id), actionId: String(row.id) }), ticketWithActions],
		];
		for (const [resource, getParams, manyParams] of cases) {
			it(`${resource}: Get Many rows have the keys a Get has, absent fields as null`, async () => {
				const many = await t.run({
					resource,
					operation: 'getAll',
					returnAll: false,
					limit: 3,
					...(await manyParams()),
				});
				assert.equal(many.error, undefined, many.error?.message);
				assert.ok(many.items.length > 0);
				const row = many.items[0].json;
				const one = await t.run({ resource, operation: 'get', ...getParams(row) });
				assert.equal(one.error, undefined, one.error?.message);
				const single = one.items[0].json;
				assert.deepEqual(Object.keys(row), Object.keys(single));
				for (const [key, value] of Object.entries(row)) assert.notEqual(value, undefined, key);
			});
		}

		it('ticket: what the list leaves out comes as null; the single read fills it', async () => {
			const tickets = await t.ctl.state('tickets');
			const assigned = tickets.find((x) => x.agent_id);
			const many = await t.run({
				resource: 'ticket',
				operation: 'getAll',
				returnAll: true,
				filters: { agentId: String(assigned.agent_id) },
			});
			const row = many.items.find((item) => item.json.id === assigned.id).json;
			assert.equal(row.agent_name, null);
			assert.equal(row.datecreated, null);
			assert.equal(row.customfields, null);
			assert.deepEqual(row.custom_fields, {});
			assert.equal(typeof row.category_1, 'string');
			const one = (await t.run({ resource: 'ticket', operation: 'get', ticketId: byId(assigned.id) })).items[0].json;
			assert.ok(one.agent_name);
			assert.ok(Array.isArray(one.customfields));
		});
	});

	describe('asset type key fields (a row pointing at a field)', () => {
		it('simulator: keyfield_id is a row id; the row names the field that key_field follows', async () => {
			const { json: type } = await api(t.sim, 'GET', '/AssetType/2');
			const row = type.fields.find((r) => r.id === type.keyfield_id);
			assert.ok(row, 'keyfield_id points at a row of fields[]');
			assert.notEqual(row.field_id, row.id);
			assert.equal(row.field_name, 'Hostname');
			assert.equal(row.keyfield_id, '1');
			assert.equal(type.keyfield_name, 'Hostname');
		});

		it("Create If Missing writes the hostname under the key row's field_id; a later run finds it", async () => {
			const params = {
				resource: 'asset',
				operation: 'findByHostname',
				hostname: 'ACME-LT-901',
				clientId: byId(1),
				createIfMissing: true,
				assetTypeId: 'Laptop',
			};
			const first = await t.run(params);
			assert.equal(first.error, undefined, first.error?.message);
			const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
			assert.deepEqual(post.body[0].fields, [{ id: 6, value: 'ACME-LT-901' }]);
			const created = first.items[0].json;
			assert.equal(created.created, true);
			assert.equal(created.asset.key_field, 'ACME-LT-901', 'the Hostname key field holds it');
			const stored = await t.ctl.state('assets', created.asset.id);
			assert.equal(stored.fields.find((f) => f.name === 'Hostname').value, 'ACME-LT-901');

			const second = await t.run(params);
			assert.deepEqual([second.items[0].json.found, second.items[0].json.asset.id], [true, created.asset.id]);
		});

		it("finds an asset by the type's key field when neither tag nor key_field holds the hostname", async () => {
			// A tenant whose list rows leave key_field empty: only the key field's row identifies the machine.
			const asset = t.sim.store.coll('assets').insert({
				inventory_number: 'TAG-77',
				key_field: '',
				key_field2: '',
				key_field3: '',
				assettype_id: 2,
				client_id: 1,
				site_id: 1,
				status_id: 1,
				inactive: false,
				username: '',
				notes: 'HOST ACME-LT-902',
				warranty_end: null,
				fields: [{ id: 6, name: 'Device', value: 'ACME-LT-902', display: 'ACME-LT-902' }],
				customfields: [],
			});
			const res = await t.run({
				resource: 'asset',
				operation: 'findByHostname',
				hostname: 'acme-lt-902',
				clientId: byId(1),
				createIfMissing: true,
				assetTypeId: 'Laptop',
			});
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual([res.items[0].json.found, res.items[0].json.asset.id], [true, asset.id]);
			assert.equal((await t.ctl.apiRequests()).filter((r) => r.method === 'POST').length, 0, 'no duplicate');
		});
	});

	describe('third-party ids (list rows do not carry them)', () => {
		const op = (extra) => ({
			resource: 'ticket',
			operation: 'createOrAddNote',
			clientId: 2,
			note: 'Seen again',
			matchBy: 'thirdPartyId',
			...extra,
		});

		it('reads the ticket when its row lacks the id, and adds the note instead of opening a duplicate', async () => {
			const first = await t.run(op({ summary: 'Disk failing', matchValue: 'RMM-5501' }));
			assert.equal(first.items[0].json.created, true);
			const ticketId = first.items[0].json.ticket.id;
			await t.ctl.clearRequests();

			const second = await t.run(op({ summary: 'Disk failing (again)', matchValue: 'RMM-5501' }));
			assert.equal(second.error, undefined, second.error?.message);
			assert.equal(second.items[0].json.created, false);
			assert.equal(second.items[0].json.ticket.id, ticketId);
			const requests = await t.ctl.apiRequests();
			assert.ok(
				requests.some((r) => r.method === 'GET' && r.path === `/api/Tickets/${ticketId}`),
				'the ticket itself was read',
			);
			assert.deepEqual(
				requests.filter((r) => r.method === 'POST').map((r) => r.path),
				['/api/Actions'],
			);
			const open = (await t.ctl.state('tickets')).filter((x) => x.third_party_id_string === 'RMM-5501');
			assert.equal(open.length, 1, 'one ticket for the id');
		});

		it('another id still gets its own ticket; each ticket is read at most once per execution', async () => {
			await t.ctl.clearRequests();
			const res = await t.run(op({ summary: '={{ $json.alert }}', matchValue: '={{ $json.alert }}' }), [
				{ json: { alert: 'RMM-5502' } },
				{ json: { alert: 'RMM-5503' } },
			]);
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(
				res.items.map((i) => i.json.created),
				[true, true],
			);
			const reads = (await t.ctl.apiRequests())
				.filter((r) => r.method === 'GET' && /^\/api\/Tickets\/\d+$/.test(r.path))
				.map((r) => r.path);
			assert.ok(reads.length > 0);
			assert.deepEqual(reads, [...new Set(reads)], 'no ticket read twice');
		});
	});
});
