// Names where Halo wants ids (helpers/names.ts): a client, site, user, agent, team, status, ticket type,
// priority, outcome or asset type given by its exact name reaches Halo as its id; an ambiguous name fails
// listing the candidates, an unknown one listing the closest names, and nothing is written; 100 items
// naming the same client cost one lookup.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite, simToken } from './support.mjs';

const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });
const writes = (requests) => requests.filter((r) => r.method !== 'GET');
const gets = (requests, path) => requests.filter((r) => r.method === 'GET' && r.path === path);
const createTicket = (additionalFields) => ({
	resource: 'ticket',
	operation: 'create',
	summary: 'Printer offline',
	additionalFields,
});

describe('names where Halo wants ids', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });
	let acmeUser;
	let twins; // two new clients, each with a site called "Main" (Halo makes a new client's first site)
	let alexes; // two agents called "Alex Morgan"

	const post = async (path, body) => {
		const token = await simToken(t.sim);
		const reply = await fetch(`${t.sim.url}/api${path}`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify([body]),
		});
		assert.ok(reply.ok, `${path}: ${reply.status} ${await reply.clone().text()}`);
		return await reply.json();
	};

	before(async () => {
		acmeUser = (await t.ctl.state('users')).find((u) => u.client_id === 1 && !u.inactive && u.emailaddress);
		twins = [await post('/Client', { name: 'Twin Peaks North' }), await post('/Client', { name: 'Twin Peaks South' })];
		for (const twin of twins) twin.site = (await t.ctl.state('sites')).find((s) => s.client_id === twin.id);
		alexes = [
			await post('/Agent', { name: 'Alex Morgan', email: 'alex.morgan@demo-msp.example', team_id: 1 }),
			await post('/Agent', { name: 'Alex Morgan', email: 'a.morgan@demo-msp.example', team_id: 3 }),
		];
		await t.ctl.clearRequests();
	});

	it('sends the ids of names given for every looked-up field of a ticket', async () => {
		const res = await t.run(
			createTicket({
				client_id: 'acme logistics ltd',
				site_id: 'Distribution Centre',
				user_id: acmeUser.emailaddress.toUpperCase(),
				agent_id: 'Sarah Mitchell',
				team: 'noc',
				status_id: 'In Progress',
				tickettype_id: 'Service Request',
				priority_id: 'high',
			}),
		);
		assert.equal(res.error, undefined, res.error?.message);
		const sites = await t.ctl.state('sites');
		const [write] = writes(await t.ctl.apiRequests());
		assert.deepEqual(write.body, [
			{
				summary: 'Printer offline',
				client_id: 1,
				site_id: sites.find((s) => s.client_id === 1 && s.name === 'Distribution Centre').id,
				user_id: acmeUser.id,
				agent_id: 2,
				team: 'NOC',
				status_id: 2,
				tickettype_id: 3,
				priority_id: 2,
			},
		]);
	});

	it('a whole number stays an id and costs no lookup', async () => {
		const res = await t.run(createTicket({ client_id: '3', agent_id: 4 }));
		assert.equal(res.error, undefined, res.error?.message);
		const requests = await t.ctl.apiRequests();
		assert.deepEqual(
			requests.map((r) => r.method),
			['POST'],
		);
		assert.equal(requests[0].body[0].client_id, 3);
	});

	it('an ambiguous site name fails listing the candidates with their clients and ids; nothing is sent', async () => {
		const res = await t.run(createTicket({ site_id: 'main' }));
		const [north, south] = twins;
		assert.equal(
			res.error.message,
			`Site: "main" matches 2 sites: Main — Twin Peaks North (${north.site.id}), Main — Twin Peaks South (${south.site.id}) — give the ID [item 0]`,
		);
		assert.deepEqual(writes(await t.ctl.apiRequests()), []);
	});

	it("a site name is looked up within the item's client, given by name", async () => {
		const res = await t.run(createTicket({ client_id: 'Twin Peaks South', site_id: 'Main' }));
		assert.equal(res.error, undefined, res.error?.message);
		const requests = await t.ctl.apiRequests();
		assert.deepEqual(writes(requests)[0].body[0], {
			summary: 'Printer offline',
			client_id: twins[1].id,
			site_id: twins[1].site.id,
		});
		assert.equal(gets(requests, '/api/Site')[0].query.client_id, String(twins[1].id));
	});

	it('an ambiguous agent name lists both agents with their emails; the email picks one', async () => {
		const [first, second] = alexes;
		const ambiguous = await t.run(createTicket({ agent_id: 'Alex Morgan' }));
		assert.equal(
			ambiguous.error.message,
			`Agent: "Alex Morgan" matches 2 agents: Alex Morgan — alex.morgan@demo-msp.example (${first.id}), ` +
				`Alex Morgan — a.morgan@demo-msp.example (${second.id}) — give the ID [item 0]`,
		);
		assert.deepEqual(writes(await t.ctl.apiRequests()), []);
		const byEmail = await t.run(createTicket({ agent_id: 'A.Morgan@demo-msp.example' }));
		assert.equal(byEmail.error, undefined, byEmail.error?.message);
		assert.equal(writes(await t.ctl.apiRequests())[0].body[0].agent_id, second.id);
	});

	it('an unknown name lists the closest names; nothing is sent', async () => {
		const client = await t.run(createTicket({ client_id: 'Acme Logistic' }));
		assert.equal(
			client.error.message,
			'Client: Halo has no client named "Acme Logistic" (closest: Acme Logistics Ltd (1)) [item 0]',
		);
		const agent = await t.run(createTicket({ agent_id: 'Sara Mitchel' }));
		assert.match(
			agent.error.message,
			/^Agent: Halo has no agent named "Sara Mitchel" \(closest: Sarah Mitchell — sarah\.mitchell@demo-msp\.example \(2\)\) \[item 0\]$/,
		);
		const nothing = await t.run(createTicket({ client_id: 'Zzyzx Holdings' }));
		assert.equal(
			nothing.error.message,
			'Client: Halo has no client named "Zzyzx Holdings" (no client has a similar name: give its ID or its exact name) [item 0]',
		);
		assert.deepEqual(writes(await t.ctl.apiRequests()), []);
	});

	it('resource locators take a name By ID; list and URL modes are unchanged', async () => {
		const named = await t.run({ resource: 'client', operation: 'get', clientId: byId('Bluewater Dental Group') });
		assert.equal(named.error, undefined, named.error?.message);
		assert.equal(named.items[0].json.id, 2);
		const user = await t.run({ resource: 'user', operation: 'get', userId: byId(acmeUser.emailaddress) });
		assert.equal(user.items[0].json.id, acmeUser.id);
		const listed = await t.run({
			resource: 'client',
			operation: 'get',
			clientId: { __rl: true, mode: 'list', value: '3' },
		});
		assert.equal(listed.items[0].json.id, 3);
		const linked = await t.run({
			resource: 'client',
			operation: 'get',
			clientId: { __rl: true, mode: 'url', value: `${t.sim.url}/customers?clientid=4` },
		});
		assert.equal(linked.items[0].json.id, 4);
	});

	it('filters take names: tickets of a client and site named', async () => {
		const res = await t.run({
			resource: 'ticket',
			operation: 'getAll',
			limit: 5,
			filters: { clientId: 'Acme Logistics Ltd', siteId: 'Head Office', agentId: 'Sarah Mitchell' },
		});
		assert.equal(res.error, undefined, res.error?.message);
		const list = gets(await t.ctl.apiRequests(), '/api/Tickets')[0];
		const headOffice = (await t.ctl.state('sites')).find((s) => s.client_id === 1 && s.name === 'Head Office');
		assert.equal(list.query.client_id, '1');
		assert.equal(list.query.site_id, String(headOffice.id));
		assert.equal(list.query.agent_id, '2');
	});

	it('100 items naming the same client cost one client lookup', async () => {
		const items = Array.from({ length: 100 }, (_, index) => ({ json: { index } }));
		const res = await t.run(
			{
				resource: 'ticket',
				operation: 'getAll',
				limit: 1,
				filters: { clientId: '={{ "Northwind Accountancy LLP" }}' },
			},
			items,
		);
		assert.equal(res.error, undefined, res.error?.message);
		const requests = await t.ctl.apiRequests();
		assert.equal(gets(requests, '/api/Client').length, 1);
		assert.equal(gets(requests, '/api/Tickets').length, 100);
		assert.ok(gets(requests, '/api/Tickets').every((r) => r.query.client_id === '3'));
	});
});
