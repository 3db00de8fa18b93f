// Report values: Halo sends every value as text and describes the columns in available_columns (EVIDENCE
// 11.9); the node types them (numbers, booleans, ISO dates), keeps text as text, and can keep Halo's strings.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloApi } from './halo-api.mjs';
import { haloSuite } from './support.mjs';

const runSql = (sql, extra = {}) => ({ resource: 'report', operation: 'runSql', sql, ...extra });
const column = (id, name, data_type, data_type_group) => ({ id, name, data_type, data_type_group });

describe('report value types', () => {
	const t = haloSuite({ sim: { ticketCount: 40 } });

	const mockReply = (body) =>
		t.ctl.fault({ match: { method: 'POST', path: '/api/Report' }, kind: 'status', status: 200, body });

	it('simulator: row values are text; available_columns items are {id, name, data_type, data_type_group}', async () => {
		const res = await t.run(runSql('SELECT TOP 2 faultid, symptom, dateoccured FROM FAULTS', { keepText: true }));
		assert.equal(res.error, undefined, res.error?.message);
		for (const { json } of res.items) {
			assert.equal(typeof json.faultid, 'string');
			assert.match(json.faultid, /^\d+$/);
			assert.match(json.dateoccured, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/, 'no zone');
		}
		const { json: reply } = await haloApi(t.sim, 'POST', '/Report', [
			{ sql: 'SELECT TOP 1 faultid, symptom FROM FAULTS', _loadreportonly: true },
		]);
		assert.deepEqual(
			reply.available_columns.map((c) => Object.keys(c).sort()),
			[
				['data_type', 'data_type_group', 'id', 'name'],
				['data_type', 'data_type_group', 'id', 'name'],
			],
		);
		assert.deepEqual(
			reply.available_columns.map((c) => c.name),
			['faultid', 'symptom'],
		);
	});

	it('Run SQL Query types numbers and dates from the columns; text stays text, leading zeros kept', async () => {
		const sql = "SELECT TOP 3 f.faultid, f.symptom, f.timetaken, f.dateoccured, '007' AS code FROM FAULTS f";
		const res = await t.run(runSql(sql));
		assert.equal(res.error, undefined, res.error?.message);
		const tickets = await t.ctl.state('tickets');
		for (const { json } of res.items) {
			const ticket = tickets.find((x) => x.id === json.faultid);
			assert.ok(ticket, `faultid ${JSON.stringify(json.faultid)} is the ticket id as a number`);
			assert.equal(json.symptom, ticket.summary);
			assert.equal(json.timetaken, ticket.timetaken);
			assert.equal(json.dateoccured, new Date(ticket.dateoccurred).toISOString());
			assert.equal(json.code, '007');
		}
		const text = await t.run(runSql(sql, { keepText: true }));
		assert.equal(typeof text.items[0].json.faultid, 'string', "Keep Values as Text: Halo's strings");
		assert.equal(text.items[0].json.code, '007');
	});

	it('Run Saved Report types its values too', async () => {
		const res = await t.run({ resource: 'report', operation: 'runSaved', reportId: 2 });
		assert.equal(res.error, undefined, res.error?.message);
		assert.ok(res.items.length > 0);
		for (const { json } of res.items) {
			assert.equal(typeof json['Ticket ID'], 'number');
			assert.equal(typeof json['Client ID'], 'number');
			assert.equal(typeof json.Summary, 'string');
		}
	});

	it('reads the column words loosely: SQL Server names with sizes, .NET names, groups; unknown kinds are kept', async () => {
		// [column, data_type, data_type_group, as Halo sends it, as the node outputs it]
		const cases = [
			['Code', 'nvarchar(20)', 'text', '007', '007'],
			['Count', 'System.Int32', '', '0042', 42],
			['Price', 'decimal(18,2)', 'numeric', '12.50', 12.5],
			['Big', 'bigint', 'numeric', '9007199254740993', '9007199254740993'],
			['Active', 'bit', 'boolean', 'True', true],
			['Closed', 'BIT', '', '0', false],
			['Opened', 'datetime', 'date', '2026-03-01T08:30:00', '2026-03-01T08:30:00.000Z'],
			['Day', 'date', 'date', '2026-03-01', '2026-03-01'],
			['Local', 'datetime', 'date', '01/03/2026 08:30', '01/03/2026 08:30'],
			['Ratio', '', 'Numeric', '1.5', 1.5],
			['Guid', 'uniqueidentifier', 'numeric', '00012', '00012'],
			['Missing', 'int', 'numeric', null, null],
		];
		await mockReply({
			report: { loaded: true, load_error: '', rows: [Object.fromEntries(cases.map((c) => [c[0], c[3]]))] },
			available_columns: cases.map(([name, type, group], index) => column(index + 1, name, type, group)),
		});
		const res = await t.run(runSql('SELECT 1 AS x'));
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(res.items[0].json, Object.fromEntries(cases.map((c) => [c[0], c[4]])));
	});

	it('tolerates a reply without available_columns and values that are already typed', async () => {
		await mockReply({ report: { rows: [{ id: 7, code: '007', when: '2026-03-01T08:30:00' }] } });
		const bare = await t.run(runSql('SELECT 1 AS x'));
		assert.deepEqual(bare.items[0].json, { id: 7, code: '007', when: '2026-03-01T08:30:00' });

		await mockReply({
			report: { rows: [{ id: 7, ok: 1, price: 2.5, code: '007' }] },
			available_columns: [
				column(1, 'id', 'int', 'numeric'),
				column(2, 'ok', 'bit', 'boolean'),
				column(3, 'price', 'money', 'numeric'),
				column(4, 'code', 'varchar', 'text'),
			],
		});
		const typed = await t.run(runSql('SELECT 1 AS x', { output: 'oneItem' }));
		assert.deepEqual(typed.items[0].json, { rows: [{ id: 7, ok: true, price: 2.5, code: '007' }], rowCount: 1 });
	});
});
