// Report → Run SQL Query, issue 21 item 2: the check reads comments as SQL Server does (a `--` comment ends at
// CR, LF or CRLF), comments are never sent (Halo refuses `--`, EVIDENCE 11.8), the word "drop" is refused with
// a clear message, every T-SQL statement keyword is refused, and numbers split from words as in SQL Server.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { DROP_ERROR, LINE_COMMENT_ERROR, runReportSql } from '../../simulator/reports/engine.mjs';
import { haloSuite } from './support.mjs';

const runSql = (sql) => ({ resource: 'report', operation: 'runSql', sql });
const reportCalls = async (ctl) => (await ctl.apiRequests()).filter((r) => /\/api\/Report/i.test(r.path));

describe('report SQL guard', () => {
	const t = haloSuite({ sim: { ticketCount: 50 } });

	const refusedBeforeSending = async (sql, message, items) => {
		const res = await t.run(runSql(sql), items);
		assert.ok(res.error, `${JSON.stringify(sql)} must be refused`);
		assert.match(res.error.message, /^SQL Query: /);
		assert.match(res.error.message, message, JSON.stringify(sql));
		assert.match(res.error.message, /\[item 0\]$/);
		assert.deepEqual(await reportCalls(t.ctl), [], `nothing is sent for ${JSON.stringify(sql)}`);
	};

	describe('a -- comment ends at CR, LF or CRLF, as in SQL Server', () => {
		const breakout = ') r DELETE FROM FAULTS SELECT * FROM (SELECT 1 AS b';
		for (const [name, lineEnd] of [
			['CR', '\r'],
			['CRLF', '\r\n'],
			['LF', '\n'],
		]) {
			it(`a comment ended by ${name} cannot hide a ")" that closes Halo's derived table`, async () => {
				await refusedBeforeSending(`SELECT 1 AS a --x${lineEnd}${breakout}`, /"\)" has no matching "\("/);
			});
		}

		it('item data put in by an expression is read the same way', async () => {
			await refusedBeforeSending('=SELECT 1 AS a --{{ $json.note }}', /"\)" has no matching "\("/, [
				{ json: { note: `x\r${breakout}` } },
			]);
		});
	});

	it('comments are cut before sending (Halo refuses --), whatever ends their line; -- inside strings and names stays', async () => {
		const sql =
			"SELECT faultid, 'a--b' AS [c--d] -- first\rFROM FAULTS /* outer /* nested */ -- still outer */ -- second\r\nWHERE faultid = 1001 -- last";
		const res = await t.run(runSql(sql));
		assert.equal(res.error, undefined, res.error?.message);
		const [call] = await reportCalls(t.ctl);
		assert.equal(call.body[0].sql, "SELECT faultid, 'a--b' AS [c--d] \rFROM FAULTS   \r\nWHERE faultid = 1001");
		assert.deepEqual(
			res.items.map((item) => item.json),
			[{ faultid: 1001, 'c--d': 'a--b' }],
		);
	});

	for (const sql of [
		"SELECT faultid FROM FAULTS WHERE symptom <> 'drop table'",
		'SELECT [Drop] FROM FAULTS',
		"SELECT faultid AS drop_ FROM FAULTS WHERE 1 = 1 /* fine here */ AND symptom LIKE '%DROP%'",
	]) {
		it(`refuses the word "drop" with a message that says why: ${JSON.stringify(sql)}`, async () => {
			await refusedBeforeSending(sql, /contains the word "drop", which Halo refuses anywhere in a report query/);
		});
	}

	const statements = [
		'DISABLE TRIGGER t ON FAULTS',
		'ENABLE TRIGGER t ON FAULTS',
		'CHECKPOINT',
		'RECEIVE TOP (1) * FROM q',
		'SEND ON CONVERSATION @h',
		'END CONVERSATION @h',
		'BEGIN TRAN',
		'COMMIT',
		'ROLLBACK',
		'SAVE TRANSACTION s',
		'WRITETEXT FAULTS.symptom @p 0x0',
		'UPDATETEXT FAULTS.symptom @p 0 0',
		'READTEXT FAULTS.symptom @p 0 1',
		"SETUSER 'sa'",
		'REVERT',
		"RAISERROR ('x', 16, 1)",
		"THROW 50000, 'x', 1",
		'PRINT 1',
		'OPEN c',
		'FETCH NEXT FROM c',
		'DEALLOCATE c',
	];
	for (const statement of statements) {
		it(`refuses a T-SQL statement keyword: ${statement}`, async () => {
			const word = statement.split(' ')[0].replace(/^END$/, 'CONVERSATION');
			await refusedBeforeSending(`SELECT 1 AS a ${statement}`, new RegExp(`contains "${word}"`));
		});
	}

	it('splits numbers from words as SQL Server does: 1e1DELETE is a number, then DELETE', async () => {
		await refusedBeforeSending('SELECT 1e1DELETE FROM FAULTS', /contains "DELETE"/);
		await refusedBeforeSending('SELECT .5e3UPDATE FAULTS SET symptom = 1', /contains "UPDATE"/);
	});

	it('refuses a GO alone on its line (a batch separator)', async () => {
		await refusedBeforeSending('SELECT 1 AS a\r\nGO\r\nSELECT 2 AS b', /line with only "GO"/);
		await refusedBeforeSending('SELECT 1 AS a\n  go 2\n', /line with only "GO"/);
	});

	// The node's check passes these on; the simulator's SQL engine runs most of them, not all (PIVOT, OPENJSON).
	for (const sql of [
		'WITH x AS (SELECT faultid FROM FAULTS) SELECT COUNT(*) AS n FROM x',
		'SELECT faultid FROM FAULTS WHERE faultid < 1003 UNION SELECT faultid FROM FAULTS WHERE faultid = 1010',
		'SELECT TOP 3 faultid, ROW_NUMBER() OVER (ORDER BY faultid) AS n FROM FAULTS ORDER BY faultid',
		'SELECT * FROM (SELECT status, faultid FROM FAULTS) s PIVOT (COUNT(faultid) FOR status IN ([1], [2])) p',
		"SELECT value FROM OPENJSON('[1, 2]')",
		'SELECT faultid AS [Delete], dateoccured AS into_date FROM FAULTS',
		'SELECT 1 AS go',
		'SELECT CASE WHEN faultid > 1 THEN 1 ELSE 0 END AS big FROM FAULTS ORDER BY faultid OFFSET 0 ROWS FETCH NEXT 2 ROWS ONLY',
		'SELECT dropped_at, 0x1DE AS b FROM FAULTS',
	]) {
		it(`sends what was accepted before: ${JSON.stringify(sql)}`, async () => {
			const res = await t.run(runSql(sql));
			assert.doesNotMatch(res.error?.message ?? '', /^SQL Query:/, 'not refused by the node');
			const [call] = await reportCalls(t.ctl);
			assert.equal(call?.body[0].sql, sql, 'sent unchanged');
		});
	}

	it('the simulator refuses -- comments and the word drop as Halo does (EVIDENCE 11.8)', () => {
		const run = (sql) => runReportSql(t.sim, sql).loadError;
		assert.equal(run('SELECT faultid FROM FAULTS -- x'), LINE_COMMENT_ERROR);
		assert.equal(run("SELECT faultid FROM FAULTS WHERE symptom <> 'drop'"), DROP_ERROR);
		assert.equal(run("SELECT faultid AS [a--b] FROM FAULTS WHERE symptom <> '--' /* -- */"), '');
	});
});
