// Appointment resource (Halo /Appointment, a list that ignores paging): Get Many by date range (one request, no
// paging parameters, Limit applied to the reply, Return All refused without a range), create, get, update, delete.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const appointment = (operation, extra = {}) => ({ resource: 'appointment', operation, ...extra });
const DAY = 86_400_000;

describe('appointment', () => {
	const t = haloSuite({ sim: { ticketCount: 40 } });
	let all;
	let today;
	before(async () => {
		all = await t.ctl.state('appointments');
		today = new Date(new Date().toISOString().slice(0, 10)).getTime();
	});
	const overlapping = (start, end, pred = () => true) =>
		all.filter((a) => Date.parse(a.end_date) > start && Date.parse(a.start_date) < end && pred(a));

	describe('get many', () => {
		it('a date range and agents: one request with the range, no paging parameters; the overlapping rows, simplified', async () => {
			const start = today - 7 * DAY;
			const end = today;
			const res = await t.run(
				appointment('getAll', {
					startDate: new Date(start).toISOString(),
					endDate: new Date(end).toISOString(),
					returnAll: true,
					filters: { agentIds: ['2', '3'] },
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.query]),
				[
					[
						'GET',
						'/api/Appointment',
						{ start_date: new Date(start).toISOString(), end_date: new Date(end).toISOString(), agents: '2,3' },
					],
				],
			);
			const expected = overlapping(start, end, (a) => [2, 3].includes(a.agent_id));
			assert.ok(expected.length > 5, `${expected.length} seeded appointments in the week`);
			assert.deepEqual(res.items.map((i) => i.json.id).sort(), expected.map((a) => a.id).sort());
			const first = res.items[0].json;
			assert.deepEqual(Object.keys(first).slice(0, 5), ['id', 'subject', 'start_date', 'end_date', 'allday']);
			assert.ok(['Sarah Mitchell', "James O'Connor"].includes(first.agent_name));
			// Halo's list rows have no client_id (production sweep): Simplify shows it as null, never missing
			assert.equal(first.client_id, null);
		});

		it('Limit: one request, the first rows of the reply only', async () => {
			const res = await t.run(
				appointment('getAll', {
					startDate: new Date(today - 30 * DAY).toISOString(),
					endDate: new Date(today).toISOString(),
					limit: 3,
					simplify: false,
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			assert.equal(res.items.length, 3);
			assert.equal((await t.ctl.apiRequests()).length, 1);
			assert.ok('_candelete' in res.items[0].json || 'agent_name' in res.items[0].json, 'full rows');
		});

		it('Limit without a range is allowed: one request, Limit rows', async () => {
			const res = await t.run(appointment('getAll', { limit: 2 }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.equal(res.items.length, 2);
			assert.deepEqual(
				(await t.ctl.apiRequests()).map((r) => [r.path, r.query]),
				[['/api/Appointment', {}]],
			);
		});

		it('Return All without a range fails before anything is sent, saying what narrows the list', async () => {
			for (const parameters of [{}, { startDate: new Date(today).toISOString() }]) {
				const res = await t.run(appointment('getAll', { returnAll: true, ...parameters }));
				assert.match(
					res.error?.message ?? '',
					/^Return All: Halo sends appointments in one reply, all of them \(it ignores paging\), so Return All needs a date range \(both Start and End\) or a ticket \(Filters → Ticket ID\).*\[item 0\]$/,
				);
			}
			assert.deepEqual(await t.ctl.apiRequests(), []);
		});

		it("Return All with a ticket instead of a range: the ticket's appointments", async () => {
			const ticketId = all.find((a) => a.ticket_id).ticket_id;
			const res = await t.run(appointment('getAll', { returnAll: true, filters: { ticketId: String(ticketId) } }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(
				res.items.map((i) => i.json.id).sort(),
				all
					.filter((a) => a.ticket_id === ticketId)
					.map((a) => a.id)
					.sort(),
			);
			assert.deepEqual((await t.ctl.apiRequests())[0].query, { ticket_id: String(ticketId) });
		});

		it('bad input fails before sending: End before Start, a date that is not one, an unknown agent name', async () => {
			const cases = [
				[{ startDate: '2026-03-02T00:00:00Z', endDate: '2026-03-01T00:00:00Z' }, /^End: is before Start \[item 0\]$/],
				[{ startDate: 'next tuesday' }, /^Start: "next tuesday" is not a date \[item 0\]$/],
				[{ filters: { agentIds: ['Nobody Atall'] } }, /Nobody Atall/],
			];
			for (const [parameters, message] of cases) {
				const res = await t.run(appointment('getAll', parameters));
				assert.match(res.error?.message ?? '', message);
			}
			assert.deepEqual(
				(await t.ctl.apiRequests()).filter((r) => /appointment/i.test(r.path)),
				[],
			);
		});
	});

	describe('create, get, update, delete', () => {
		it('create sends subject, start, end and the chosen fields; outputs the saved appointment', async () => {
			const res = await t.run(
				appointment('create', {
					subject: 'Install new switch',
					startDate: '2026-12-08T09:00:00Z',
					endDate: '2026-12-08T11:30:00Z',
					additionalFields: { agent_id: '5', client_id: '1', appointment_type_id: '1', note: 'Bring console cable' },
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.deepEqual(
				requests.map((r) => [r.method, r.path, r.body]),
				[
					[
						'POST',
						'/api/Appointment',
						[
							{
								subject: 'Install new switch',
								start_date: '2026-12-08T09:00:00.000Z',
								end_date: '2026-12-08T11:30:00.000Z',
								agent_id: 5,
								client_id: 1,
								appointment_type_id: 1,
								note: 'Bring console cable',
							},
						],
					],
				],
			);
			const out = res.items[0].json;
			assert.equal(out.agent_name, 'Tom Becker');
			assert.equal(out.client_name, 'Acme Logistics Ltd');
			assert.equal(out.appointment_type_name, 'On-site visit');
			assert.equal((await t.ctl.state('appointments', out.id)).subject, 'Install new switch');
		});

		it('create: the agent and client may be given by name; Halo receives their IDs', async () => {
			const res = await t.run(
				appointment('create', {
					subject: 'Swap the firewall',
					startDate: '2026-12-09T09:00:00Z',
					endDate: '2026-12-09T10:00:00Z',
					additionalFields: { agent_id: 'tom becker', client_id: 'Acme Logistics Ltd' },
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
			assert.equal(post.body[0].agent_id, 5);
			assert.equal(post.body[0].client_id, 1);
		});

		it('create: bad input fails before sending (no subject, End before Start, an agent ID that is not a whole number)', async () => {
			const base = { subject: 'Visit', startDate: '2026-12-08T09:00:00Z', endDate: '2026-12-08T10:00:00Z' };
			const cases = [
				[{ subject: ' ' }, /^Subject: is required and cannot be empty \[item 0\]$/],
				[{ endDate: '2026-12-08T08:00:00Z' }, /^End: is before Start \[item 0\]$/],
				[{ startDate: 'soon' }, /^Start: "soon" is not a date \[item 0\]$/],
				[{ additionalFields: { agent_id: '12.5' } }, /^Agent: must be a Halo ID/],
			];
			for (const [parameters, message] of cases) {
				const res = await t.run(appointment('create', { ...base, ...parameters }));
				assert.match(res.error?.message ?? '', message);
			}
			assert.deepEqual(await t.ctl.apiRequests(), []);
		});

		it('get reads one appointment by ID; an unknown ID is "not found"', async () => {
			const seeded = all.find((a) => a.ticket_id);
			const res = await t.run(appointment('get', { appointmentId: byId(seeded.id) }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.equal(res.items[0].json.id, seeded.id);
			assert.equal(res.items[0].json.ticket_id, seeded.ticket_id);
			assert.ok(res.items[0].json.client_id > 0, 'the single record has client_id');
			const missing = await t.run(appointment('get', { appointmentId: byId(99999) }));
			assert.match(missing.error.message, /^Appointment 99999 was not found in Halo\. Check the ID/);
		});

		it('update sends the id and only the fields set; Batch Size 2 sends both items in one request', async () => {
			const [a, b] = all.slice(0, 2);
			const items = [{ json: { id: a.id } }, { json: { id: b.id } }];
			const res = await t.run(
				appointment('update', {
					appointmentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					updateFields: { subject: 'Moved', end_date: '2027-01-01T10:00:00Z', start_date: '2027-01-01T09:00:00Z' },
					batchSize: 2,
				}),
				items,
			);
			assert.equal(res.error, undefined, res.error?.message);
			const requests = await t.ctl.apiRequests();
			assert.equal(requests.length, 1);
			assert.deepEqual(requests[0].query, { returnall: 'true' });
			assert.deepEqual(
				requests[0].body.map((r) => [r.id, r.subject]),
				[
					[a.id, 'Moved'],
					[b.id, 'Moved'],
				],
			);
			assert.deepEqual(
				res.items.map((i) => [i.json.id, i.json.subject]),
				[
					[a.id, 'Moved'],
					[b.id, 'Moved'],
				],
			);
			const cleared = await t.run(appointment('update', { appointmentId: byId(a.id), updateFields: { subject: '' } }));
			assert.match(cleared.error.message, /^Subject: cannot be set to empty \[item 0\]$/);
		});

		it('delete removes the appointment', async () => {
			const target = all[all.length - 1];
			const res = await t.run(appointment('delete', { appointmentId: byId(target.id) }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(res.items[0].json, { id: target.id, deleted: true });
			assert.deepEqual(
				(await t.ctl.apiRequests()).map((r) => [r.method, r.path]),
				[['DELETE', `/api/Appointment/${target.id}`]],
			);
			assert.equal(
				(await t.ctl.state('appointments')).find((x) => x.id === target.id),
				undefined,
			);
		});
	});
});
