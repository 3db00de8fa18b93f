// Timesheet resource: Get (an agent's day, GET /Timesheet/0?agent_id=&date=) and Get Many (time entries from
// /TimesheetEvent, a list that ignores paging: one request, date range required for Return All).
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const timesheet = (operation, extra = {}) => ({ resource: 'timesheet', operation, ...extra });
const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('timesheet', () => {
	const t = haloSuite({ sim: { ticketCount: 60 } });
	/** the seeded time entries: agent actions with time (an action's `id` is its number within its ticket) */
	let timed;
	before(async () => {
		timed = (await t.ctl.state('actions')).filter((a) => a.timetaken > 0 && a.who_agentid > 0);
	});
	const overlapping = (start, end, agents) =>
		timed.filter((a) => {
			const stop = Date.parse(a.datetime);
			return stop > start && stop - a.timetaken * HOUR < end && (!agents || agents.includes(a.who_agentid));
		});

	it("get: one request for the agent's day; target, logged and chargeable hours and the entries", async () => {
		const sample = timed.find((a) => Date.parse(a.datetime) - a.timetaken * HOUR > 0);
		const day = new Date(Date.parse(sample.datetime) - sample.timetaken * HOUR).toISOString().slice(0, 10);
		const res = await t.run(timesheet('get', { agentId: String(sample.who_agentid), date: `${day}T00:00:00` }));
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]),
			[['GET', '/api/Timesheet/0', { agent_id: String(sample.who_agentid), date: day }]],
		);
		const out = res.items[0].json;
		assert.equal(out.agent_id, sample.who_agentid);
		assert.ok(out.agent_name);
		assert.equal(out.date.slice(0, 10), day);
		const own = out.events.map((e) => [e.ticket_id, e.action_number]);
		assert.ok(
			own.some(([ticketId, number]) => ticketId === sample.ticket_id && number === sample.id),
			'the entry of the sampled action',
		);
		const logged = out.events.reduce((sum, e) => sum + e.timetaken, 0);
		assert.equal(out.actual_hours, Math.round(logged * 100) / 100);
		assert.deepEqual(Object.keys(out), [
			'id',
			'agent_id',
			'agent_name',
			'date',
			'start_time',
			'end_time',
			'target_hours',
			'work_hours',
			'actual_hours',
			'chargeable_hours',
			'unlogged_hours',
			'break_hours',
			'events',
		]);
	});

	it('get: bad input fails before sending (an agent ID that is not a whole number, a date that is not one)', async () => {
		const a = await t.run(timesheet('get', { agentId: '12.5', date: '2026-12-01' }));
		assert.match(a.error.message, /^Agent: must be a Halo ID .*\[item 0\]$/);
		const b = await t.run(timesheet('get', { agentId: '2', date: 'yesterday' }));
		assert.match(b.error.message, /^Date: "yesterday" is not a date \[item 0\]$/);
		assert.deepEqual(await t.ctl.apiRequests(), []);
	});

	it('get many: agents and a date range in one request without paging parameters; the entries that overlap it', async () => {
		const end = Date.parse(new Date().toISOString().slice(0, 10));
		const start = end - 90 * DAY;
		const res = await t.run(
			timesheet('getAll', {
				startDate: new Date(start).toISOString(),
				endDate: new Date(end).toISOString(),
				agentIds: ['2', '4'],
				returnAll: true,
			}),
		);
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]),
			[
				[
					'GET',
					'/api/TimesheetEvent',
					{ agents: '2,4', start_date: new Date(start).toISOString(), end_date: new Date(end).toISOString() },
				],
			],
		);
		const expected = overlapping(start, end, [2, 4]);
		assert.ok(expected.length > 3, `${expected.length} seeded entries`);
		assert.deepEqual(
			res.items.map((i) => `${i.json.ticket_id}/${i.json.action_number}`).sort(),
			expected.map((a) => `${a.ticket_id}/${a.id}`).sort(),
		);
		const row = res.items[0].json;
		// Halo shows id 0 on every time entry: kept as Halo sends it
		assert.equal(row.id, 0);
		assert.deepEqual(Object.keys(row).slice(0, 5), ['id', 'agent_id', 'start_date', 'end_date', 'timetaken']);
		assert.ok([2, 4].includes(row.agent_id));
	});

	it('get many: Return All without both ends of the range fails before sending; Limit keeps only that many', async () => {
		const res = await t.run(timesheet('getAll', { returnAll: true, endDate: new Date().toISOString() }));
		assert.match(
			res.error.message,
			/^Return All: Halo sends time entries in one reply, all of them \(it ignores paging\), so Return All needs a date range \(both Start and End\).*\[item 0\]$/,
		);
		assert.deepEqual(await t.ctl.apiRequests(), []);
		const limited = await t.run(timesheet('getAll', { limit: 4 }));
		assert.equal(limited.error, undefined, limited.error?.message);
		assert.equal(limited.items.length, 4);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => [r.path, r.query]),
			[['/api/TimesheetEvent', {}]],
		);
	});
});
