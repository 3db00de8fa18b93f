// Ticket Create/Update: the Priority dropdown lists the priorities of the chosen ticket type's SLA.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

describe('priority dropdown', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });
	const load = (parameters) => t.engine.loadOptions({ type: 'haloPsa', method: 'getPriorities', parameters });

	it("Create with ticket type Change Request: only its SLA's priorities, with their times", async () => {
		const changeType = await t.ctl.state('tickettypes', 2);
		const options = await load({
			resource: 'ticket',
			operation: 'create',
			summary: 'x',
			additionalFields: { tickettype_id: 2 },
		});
		const expected = (await t.ctl.state('priorities')).filter((p) => p.slaid === changeType.default_sla);
		assert.ok(expected.length > 0);
		assert.deepEqual(
			options.map((o) => [o.name, o.value]),
			expected.map((p) => [p.name, p.priorityid]).sort((a, b) => a[0].localeCompare(b[0])),
		);
		assert.equal(options.find((o) => o.name === 'Normal Change').description, 'Fix within 72 h, respond within 8 h');
		const calls = await t.ctl.apiRequests();
		assert.deepEqual(
			calls.map((c) => c.path),
			['/api/TicketType/2', '/api/Priority'],
		);
		assert.equal(String(calls[1].query.slaid), String(changeType.default_sla));
	});

	it("Update with ticket type Incident: the Standard SLA's priorities, not the change ones", async () => {
		const options = await load({ resource: 'ticket', operation: 'update', updateFields: { tickettype_id: 1 } });
		assert.deepEqual(
			options.map((o) => o.name),
			['Critical', 'High', 'Low', 'Medium'],
		);
		assert.equal(options.find((o) => o.name === 'Critical').description, 'Fix within 4 h, respond within 0.5 h');
	});

	it('without a ticket type: every priority id once', async () => {
		const options = await load({ resource: 'ticket', operation: 'create', summary: 'x' });
		const ids = options.map((o) => o.value);
		assert.deepEqual([...new Set(ids)].sort(), [...ids].sort());
		assert.equal(
			(await t.ctl.apiRequests()).some((c) => /TicketType/.test(c.path)),
			false,
		);
	});
});
