// Report resource (Halo /Report): ad-hoc SQL in one request, saved reports, SQL refused before sending,
// load_error, the 50,000-row limit and no repeat of a heavy query after a gateway error.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const runSql = (sql, extra = {}) => ({ resource: 'report', operation: 'runSql', sql, ...extra });
const reportCalls = async (ctl) => (await ctl.apiRequests()).filter((r) => /\/api\/Report/i.test(r.path));

describe('report', () => {
	const t = haloSuite({ sim: { ticketCount: 300 } });

	describe('Run SQL Query', () => {
		it('sends one POST /Report with _loadreportonly and outputs one item per row (TOP, WHERE, JOIN, ORDER BY)', async () => {
			const sql =
				'SELECT TOP 5 f.Faultid, f.Symptom, a.Aareadesc AS [Client] FROM FAULTS f JOIN AREA a ON a.Aarea = f.Areaint WHERE f.Requesttypenew = 5 ORDER BY f.Faultid DESC';
			const res = await t.run(runSql(sql));
			assert.equal(res.error, undefined, res.error?.message);
			const calls = await t.ctl.apiRequests();
			assert.equal(calls.length, 1);
			assert.equal(calls[0].method, 'POST');
			assert.equal(calls[0].path, '/api/Report');
			assert.deepEqual(calls[0].body, [{ sql, _loadreportonly: true }]);
			const tickets = await t.ctl.state('tickets');
			const clients = await t.ctl.state('clients');
			const expected = tickets
				.filter((x) => x.tickettype_id === 5)
				.sort((a, b) => b.id - a.id)
				.slice(0, 5);
			assert.deepEqual(
				res.items.map((i) => i.json),
				expected.map((x) => ({
					faultid: x.id,
					symptom: x.summary,
					Client: clients.find((c) => c.id === x.client_id).name,
				})),
			);
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				expected.map(() => ({ item: 0 })),
			);
			const saved = await t.ctl.state('reports');
			assert.equal(saved.length, 3, 'nothing saved in Halo');
		});

		it('One Item with All Rows: a single item {rows, rowCount}; WITH … SELECT and ;-terminated text', async () => {
			const res = await t.run(
				runSql(
					';WITH open_tickets AS (SELECT faultid FROM FAULTS WHERE status <> 9) SELECT COUNT(*) AS n FROM open_tickets;  -- done',
					{ output: 'oneItem' },
				),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const open = (await t.ctl.state('tickets')).filter((x) => x.status_id !== 9).length;
			assert.deepEqual(
				res.items.map((i) => i.json),
				[{ rows: [{ n: open }], rowCount: 1 }],
			);
			const [call] = await reportCalls(t.ctl);
			assert.equal(
				call.body[0].sql,
				'WITH open_tickets AS (SELECT faultid FROM FAULTS WHERE status <> 9) SELECT COUNT(*) AS n FROM open_tickets',
			);
		});

		const refused = [
			['DELETE FROM FAULTS', /starts with "DELETE"/],
			['SELECT 1; DELETE FROM FAULTS', /";" separates several statements/],
			['SELECT faultid INTO #copy FROM FAULTS', /contains "INTO"/],
			["WITH x AS (SELECT 1 AS a) UPDATE FAULTS SET symptom = 'x'", /contains "UPDATE"/],
			['SELECT faultid FROM FAULTS /* unclosed', /comment is not closed/],
			["SELECT 'it''s open", /string'? is not closed/],
			['SELECT faultid FROM FAULTS ORDER BY faultid', /ORDER BY without TOP or OFFSET.*derived table/],
			['   -- only a comment\n;', /is empty/],
		];
		for (const [sql, message] of refused) {
			it(`refuses before sending: ${JSON.stringify(sql)}`, async () => {
				const res = await t.run(runSql(sql));
				assert.ok(res.error, 'the node must fail');
				assert.match(res.error.message, /^SQL Query: /);
				assert.match(res.error.message, message);
				assert.match(res.error.message, /\[item 0\]$/);
				assert.deepEqual(await reportCalls(t.ctl), [], 'nothing is sent');
			});
		}

		it('accepts keywords inside strings, [names], comments and window functions, and ORDER BY with TOP or OFFSET', async () => {
			for (const sql of [
				"SELECT faultid, 'DELETE; INSERT INTO x' AS [Update Note] FROM FAULTS WHERE symptom <> 'truncate table' -- delete\n",
				'SELECT TOP 3 faultid FROM FAULTS ORDER BY faultid',
				'SELECT faultid FROM FAULTS ORDER BY faultid OFFSET 0 ROWS FETCH NEXT 2 ROWS ONLY',
				'SELECT faultid FROM FAULTS WHERE faultid IN (SELECT TOP 2 faultid FROM FAULTS ORDER BY faultid)',
			]) {
				const res = await t.run(runSql(sql));
				assert.equal(res.error, undefined, `${sql}: ${res.error?.message}`);
				assert.ok(res.items.length > 0, sql);
			}
		});

		it("turns Halo's load_error (HTTP 200) into a node error with Halo's text", async () => {
			const res = await t.run(runSql('SELECT no_such_column FROM FAULTS'));
			assert.ok(res.error);
			assert.match(res.error.message, /^Halo could not run the SQL query: .*no_such_column/);
			// with Continue On Fail the item carries the message
			const cont = await t.run(runSql('SELECT no_such_column FROM FAULTS'), [{ json: {} }], { continueOnFail: true });
			assert.match(cont.items[0].json.error, /no_such_column/);
		});

		it("explains Halo's ORDER BY refusal when the node could not see it (rows from a mock reply)", async () => {
			await t.ctl.fault({
				match: { method: 'POST', path: '/api/Report' },
				kind: 'status',
				status: 200,
				body: [
					{
						report: {
							rows: [],
							load_error:
								'The ORDER BY clause is invalid in views, inline functions, derived tables, subqueries, and common table expressions, unless TOP, OFFSET or FOR XML is also specified.',
						},
					},
				],
			});
			const res = await t.run(runSql('SELECT faultid FROM FAULTS'));
			assert.match(res.error.message, /ORDER BY clause is invalid.*Add TOP/);
		});

		it('exactly 50,000 rows: a warning on the items and an execution hint', async () => {
			const sql = 'SELECT TOP 60000 a.faultid FROM FAULTS a CROSS JOIN FAULTS b';
			const res = await t.run(runSql(sql, { output: 'oneItem' }));
			assert.equal(res.error, undefined, res.error?.message);
			const [item] = res.items;
			assert.equal(item.json.rowCount, 50_000);
			assert.match(item.json.warning, /exactly 50,000 rows/);
			const hints = Object.values(res.runData)
				.flat()
				.flatMap((run) => run.hints ?? []);
			assert.ok(
				hints.some((hint) => /exactly 50,000 rows/.test(hint.message)),
				JSON.stringify(hints),
			);
			const perRow = await t.run(runSql('SELECT TOP 50000 a.faultid FROM FAULTS a CROSS JOIN FAULTS b'));
			assert.equal(perRow.items.length, 50_000);
			assert.match(perRow.items[49_999].json.warning, /limit/);
			const fewer = await t.run(runSql('SELECT TOP 49999 a.faultid FROM FAULTS a CROSS JOIN FAULTS b'));
			assert.equal(fewer.items[0].json.warning, undefined);
		});

		it('a gateway 504 is not retried (the query would run again) and says why', async () => {
			await t.ctl.fault({
				match: { method: 'POST', path: '/api/Report' },
				kind: 'status',
				status: 504,
				body: 'Gateway Timeout',
			});
			const res = await t.run(runSql('SELECT TOP 1 faultid FROM FAULTS'));
			assert.ok(res.error);
			assert.match(res.error.description, /about 60 s.*not repeated/);
			assert.equal((await reportCalls(t.ctl)).length, 1);
		});

		it('accepts a one-element array reply and rows at the top level', async () => {
			await t.ctl.fault({
				match: { method: 'POST', path: '/api/Report' },
				kind: 'status',
				status: 200,
				body: [{ rows: [{ a: 1 }, { a: 2 }] }],
			});
			const res = await t.run(runSql('SELECT a FROM x'));
			assert.deepEqual(
				res.items.map((i) => i.json),
				[{ a: 1 }, { a: 2 }],
			);
		});
	});

	describe('Run Saved Report', () => {
		it('runs GET /Report/{id}?loadreport=true and outputs the rows', async () => {
			const res = await t.run({ resource: 'report', operation: 'runSaved', reportId: 2 });
			assert.equal(res.error, undefined, res.error?.message);
			const [call] = await t.ctl.apiRequests();
			assert.equal(call.method, 'GET');
			assert.equal(call.path, '/api/Report/2');
			assert.equal(String(call.query.loadreport), 'true');
			const alerts = (await t.ctl.state('tickets')).filter((x) => x.tickettype_id === 5);
			assert.equal(res.items.length, alerts.length);
			assert.deepEqual(Object.keys(res.items[0].json), ['Ticket ID', 'Summary', 'Client ID', 'Status', 'Alert ID']);
		});

		it("a saved report whose SQL fails: Halo's text; a 504 is not retried even though it is a GET", async () => {
			const broken = await t.run({ resource: 'report', operation: 'runSaved', reportId: 3 });
			assert.match(broken.error.message, /^Halo could not run the report 3: .*no_such_column/);
			await t.ctl.clearRequests();
			await t.ctl.fault({ match: { method: 'GET', path: '/api/Report/1' }, kind: 'status', status: 504 });
			const res = await t.run({ resource: 'report', operation: 'runSaved', reportId: 1 });
			assert.ok(res.error);
			assert.equal((await reportCalls(t.ctl)).length, 1);
		});

		it('lists saved reports in the dropdown', async () => {
			const options = await t.engine.loadOptions({
				type: 'haloPsa',
				method: 'getReports',
				parameters: { resource: 'report', operation: 'runSaved' },
			});
			assert.deepEqual(
				options.map((o) => [o.name, o.value]),
				[
					['Alert tickets with their RMM alert ID', 2],
					['Broken report', 3],
					['Open tickets per client', 1],
				],
			);
		});
	});
});
