// Ticket → Get Context: one item with the ticket, its client, site, end user, linked assets, active contracts
// and latest actions, read in at most 4 Halo requests.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite, simToken } from './support.mjs';

const context = (ticketId, options) => ({
	resource: 'ticket',
	operation: 'getContext',
	ticketId: { mode: 'id', value: String(ticketId) },
	...(options && { options }),
});

describe('Ticket → Get Context', () => {
	const t = haloSuite({ sim: { anchor: '2026-11-02T00:00:00Z' } });
	const halo = async (method, route, body) => {
		const reply = await fetch(`${t.sim.url}/api${route}`, {
			method,
			headers: { authorization: `Bearer ${await simToken(t.sim)}`, 'content-type': 'application/json' },
			body: body && JSON.stringify(body),
		});
		assert.ok(reply.ok, `${method} ${route}: ${reply.status}`);
		return await reply.json();
	};
	/** A ticket with an end user, a linked asset and a client with an active contract. */
	const richTicket = async () => {
		const { contracts } = await halo('GET', '/ClientContract');
		const tickets = (await halo('GET', '/Tickets?pageinate=true&page_size=100&page_no=1')).tickets;
		for (const row of tickets) {
			if (!contracts.some((contract) => contract.client_id === row.client_id) || !row.user_id) continue;
			const ticket = await halo('GET', `/Tickets/${row.id}?includedetails=true`);
			if (ticket.assets?.length) return ticket;
		}
		throw new Error('the seed has no ticket with a user, an asset and a client contract');
	};

	it('answers one item from at most 4 GETs: ticket, actions, contracts, end user', async () => {
		const ticket = await richTicket();
		// A private HTML note, newest of all, so the latest actions start with it.
		await halo('POST', '/Actions', [
			{
				ticket_id: ticket.id,
				outcome_id: 7,
				hiddenfromuser: true,
				note: '<p>Called the user.</p><p>Printer needs a <b>new drum</b> &amp; toner.</p>',
				datetime: '2026-11-01T23:00:00Z',
			},
		]);
		await t.ctl.clearRequests();

		const res = await t.run(context(ticket.id));
		assert.equal(res.error, undefined, res.error?.message);
		const requests = await t.ctl.apiRequests();
		assert.ok(requests.length <= 4, `${requests.length} requests`);
		assert.deepEqual(requests.map((r) => `${r.method} ${r.path}`).sort(), [
			`GET /api/Actions`,
			`GET /api/ClientContract`,
			`GET /api/Tickets/${ticket.id}`,
			`GET /api/Users/${ticket.user_id}`,
		]);
		const query = (path) => requests.find((r) => r.path === path).query;
		assert.equal(query(`/api/Tickets/${ticket.id}`).includedetails, 'true');
		assert.equal(query('/api/Actions').ticket_id, String(ticket.id));
		assert.equal(query('/api/Actions').excludesys, 'true');
		assert.equal(query('/api/ClientContract').client_id, String(ticket.client_id));

		assert.equal(res.items.length, 1);
		const { json } = res.items[0];
		assert.deepEqual(Object.keys(json), [
			'ticket',
			'client',
			'site',
			'end_user',
			'assets',
			'active_contracts',
			'latest_actions',
		]);
		assert.equal(json.ticket.id, ticket.id);
		assert.equal(json.ticket.summary, ticket.summary);
		assert.equal(json.ticket.status_name, ticket.status_name);
		assert.equal(json.ticket.client_id, undefined, 'the client is its own part');
		assert.deepEqual(json.client, { id: ticket.client_id, name: ticket.client_name });
		assert.deepEqual(json.site, { id: ticket.site_id, name: ticket.site_name });

		const user = await halo('GET', `/Users/${ticket.user_id}`);
		assert.deepEqual(json.end_user, {
			id: user.id,
			name: user.name,
			email: user.emailaddress,
			phone: user.phonenumber,
			mobile: user.mobilenumber ?? null,
			site: user.site_name ?? null,
			title: user.title ?? null,
			important_contact: user.isimportantcontact ?? null,
		});
		assert.deepEqual(
			json.assets.map((asset) => asset.id),
			ticket.assets.map((asset) => asset.id),
		);
		assert.equal(json.assets[0].inventory_number, ticket.assets[0].inventory_number);

		const { contracts } = await halo('GET', `/ClientContract?client_id=${ticket.client_id}`);
		assert.deepEqual(
			json.active_contracts.map((contract) => contract.ref),
			contracts.map((contract) => contract.ref),
		);

		assert.ok(json.latest_actions.length >= 1 && json.latest_actions.length <= 5);
		const [newest] = json.latest_actions;
		assert.equal(newest.private, true);
		assert.equal(newest.note, 'Called the user.\n\nPrinter needs a new drum & toner.');
		const times = json.latest_actions.map((action) => Date.parse(action.datetime));
		assert.deepEqual(
			times,
			[...times].sort((a, b) => b - a),
			'newest first',
		);
	});

	it('Latest Actions 0 reads no actions; a ticket without client or user reads only the ticket', async () => {
		const created = await halo('POST', '/Tickets', [{ summary: 'Walk-in: screen flickers' }]);
		await t.ctl.clearRequests();
		const res = await t.run(context(created.id, { latestActions: 0 }));
		assert.equal(res.error, undefined, res.error?.message);
		assert.deepEqual(
			(await t.ctl.apiRequests()).map((r) => `${r.method} ${r.path}`),
			[`GET /api/Tickets/${created.id}`],
		);
		const { json } = res.items[0];
		assert.equal(json.end_user, null);
		assert.deepEqual(json.assets, []);
		assert.deepEqual(json.active_contracts, []);
		assert.deepEqual(json.latest_actions, []);
	});

	it('an unknown ticket fails naming it', async () => {
		const res = await t.run(context(999999));
		assert.match(res.error?.message ?? '', /Ticket 999999/);
	});

	it('as a tool: the same parts, compact, notes capped', async () => {
		const ticket = await richTicket();
		const res = await t.engine.runNode({ type: 'haloPsaTool', typeVersion: 1, parameters: context(ticket.id) });
		assert.equal(res.error, undefined, res.error?.message);
		assert.equal(res.items.length, 1);
		const { json } = res.items[0];
		assert.equal(json.ticket.id, ticket.id);
		assert.equal(json.ticket.customfields, undefined);
		assert.equal(json.client.id, ticket.client_id);
		for (const action of json.latest_actions) assert.ok(!action.note || action.note.length <= 260);
		const text = JSON.stringify(json);
		assert.ok(text.length < 2500, `${text.length} characters`);
	});
});
