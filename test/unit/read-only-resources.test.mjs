// The node's read-only resources: Agent (/Agent, incl. /Agent/me), Team (/Team), Contract (/ClientContract,
// active only by default) and Knowledge Base Article (/KBArticle, keyword search for runbooks).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const PAGE = (size) => ({ pageinate: 'true', page_size: String(size), page_no: '1' });
const calls = async (t) => (await t.ctl.apiRequests()).map((r) => [r.method, r.path, r.query]);
const ids = (res) => res.items.map((i) => i.json.id);

describe('read-only resources', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });

	describe('agent', () => {
		const agent = (operation, extra = {}) => ({ resource: 'agent', operation, ...extra });

		it('get reads one agent with details; simplified keeps the useful fields', async () => {
			const res = await t.run(agent('get', { agentId: byId(9) }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [['GET', '/api/Agent/9', { includedetails: 'true' }]]);
			const out = res.items[0].json;
			assert.equal(out.name, 'Marcus Chen');
			assert.equal(out.email, 'marcus.chen@demo-msp.example');
			assert.equal(out.team, 'Escalations');
			assert.deepEqual(
				out.teams.map((x) => x.name),
				['Escalations', 'Service Desk'],
			);
			assert.equal(out.initials, undefined, 'simplified');
			const raw = await t.run(agent('get', { agentId: byId(9), simplify: false }));
			assert.equal(raw.items[0].json.initials, 'MC');
		});

		it('"Me" reads the agent the API application logs in as', async () => {
			const res = await t.run(agent('get', { agentTarget: 'me' }));
			assert.equal(res.error, undefined, res.error?.message);
			// Halo's /Agent/me is the token's claims (EVIDENCE 11.1): the agent is read by the id a claim holds
			assert.deepEqual(await calls(t), [
				['GET', '/api/Agent/me', {}],
				['GET', '/api/Agent/1', { includedetails: 'true' }],
			]);
			assert.equal(res.items[0].json.id, 1);
			assert.equal(res.items[0].json.name, 'n8n API Agent');
			assert.equal(res.items[0].json.isapiagent, true);
		});

		it('"Me" on many items asks Halo who the login agent is once per run (/Agent/me is 2 MB on production)', async () => {
			const res = await t.run(agent('get', { agentTarget: 'me' }), [{ json: {} }, { json: {} }, { json: {} }]);
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(
				res.items.map((i) => i.json.id),
				[1, 1, 1],
			);
			assert.deepEqual(await calls(t), [
				['GET', '/api/Agent/me', {}],
				['GET', '/api/Agent/1', { includedetails: 'true' }],
				['GET', '/api/Agent/1', { includedetails: 'true' }],
				['GET', '/api/Agent/1', { includedetails: 'true' }],
			]);
		});

		it("surfaces Halo's 404 text; continueOnFail keeps the good items; a bad id names the item", async () => {
			const res = await t.run(
				agent('get', { agentId: byId('={{ $json.id }}') }),
				[{ json: { id: 2 } }, { json: { id: 999 } }, { json: { id: '2.5' } }],
				{ continueOnFail: true },
			);
			assert.deepEqual(
				res.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 1 }, { item: 2 }],
			);
			assert.equal(res.items[0].json.name, 'Sarah Mitchell');
			assert.match(
				res.items[1].json.error,
				/^Agent 999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
			assert.match(
				res.items[2].json.error,
				/^Agent: must be a Halo ID \(a positive whole number\), but "2.5" is not a positive whole number \[item 2\]$/,
			);
			const failed = await t.run(agent('get', { agentId: byId(999) }));
			assert.equal(String(failed.error.httpCode), '404');
			assert.match(
				failed.error.message,
				/^Agent 999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
		});

		it('get many: enabled, human agents by default, no paging or count parameters', async () => {
			const res = await t.run(agent('getAll', { returnAll: true }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [['GET', '/api/Agent', {}]]);
			assert.deepEqual(ids(res), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
		});

		it('get many: team (by id or by name), search, disabled and API agents, limit applied locally', async () => {
			const team = await t.run(agent('getAll', { returnAll: true, filters: { teamId: '3' } }));
			const teamByName = await t.run(agent('getAll', { returnAll: true, filters: { teamId: 'escalations' } }));
			const search = await t.run(agent('getAll', { returnAll: true, filters: { search: 'priya' } }));
			const everyone = await t.run(
				agent('getAll', { returnAll: true, filters: { includeDisabled: true, includeApiAgents: true } }),
			);
			const limited = await t.run(agent('getAll', { limit: 2 }));
			assert.deepEqual(await calls(t), [
				['GET', '/api/Agent', { team_id: '3' }],
				['GET', '/api/Team', {}],
				['GET', '/api/Agent', { team_id: '4' }],
				['GET', '/api/Agent', { search: 'priya' }],
				['GET', '/api/Agent', { includedisabled: 'true', includeapiagents: 'true' }],
				['GET', '/api/Agent', {}],
			]);
			assert.deepEqual(
				team.items.map((i) => i.json.name),
				['Tom Becker', 'Aisha Khan'],
			);
			assert.deepEqual(ids(teamByName), [9, 10]);
			assert.deepEqual(
				search.items.map((i) => i.json.email),
				['priya.sharma@demo-msp.example'],
			);
			assert.deepEqual(ids(everyone), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
			assert.equal(everyone.items.find((i) => i.json.id === 11).json.isdisabled, true);
			assert.deepEqual(ids(limited), [2, 3]);
			assert.deepEqual(
				limited.items.map((i) => i.pairedItem),
				[{ item: 0 }, { item: 0 }],
			);
		});

		it('get many: an unknown team name is an error naming the filter and item', async () => {
			const res = await t.run(agent('getAll', { filters: { teamId: 'Night Shift' } }));
			assert.match(
				res.error.message,
				/^Filters → Team: Halo has no team named "Night Shift" \(known: .*NOC.*\) \[item 0\]$/,
			);
		});
	});

	describe('team', () => {
		const team = (extra = {}) => ({ resource: 'team', operation: 'getAll', returnAll: true, ...extra });

		it('lists the teams (one bare array); simplified and raw', async () => {
			const res = await t.run(team());
			const raw = await t.run(team({ simplify: false, limit: 1, returnAll: false }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [
				['GET', '/api/Team', {}],
				['GET', '/api/Team', {}],
			]);
			assert.deepEqual(
				res.items.map((i) => i.json),
				[
					{ id: 1, name: 'Service Desk', department_id: 1, department_name: 'Support', inactive: false },
					{ id: 2, name: 'Projects', department_id: 1, department_name: 'Support', inactive: false },
					{ id: 3, name: 'NOC', department_id: 1, department_name: 'Support', inactive: false },
					{ id: 4, name: 'Escalations', department_id: 1, department_name: 'Support', inactive: false },
				],
			);
			assert.equal(raw.items.length, 1);
			assert.equal(raw.items[0].json.forrequests, true);
		});

		it('filters: inactive, department and what the team works on', async () => {
			const projects = await t.run(team({ filters: { type: 'prjs' } }));
			const department = await t.run(team({ filters: { departmentId: '2' } }));
			const all = await t.run(team({ filters: { includeInactive: true } }));
			assert.deepEqual(
				(await calls(t)).map(([, , q]) => q),
				[{ type: 'prjs' }, { department_id: '2' }, { includedisabled: 'true' }],
			);
			assert.deepEqual(
				projects.items.map((i) => i.json.name),
				['Projects'],
			);
			assert.deepEqual(department.items, []);
			assert.equal(all.items.length, 4);
			const bad = await t.run(team({ filters: { departmentId: 'Support' } }));
			assert.match(bad.error.message, /^Filters → Department ID: must be a Halo ID .*"Support".*\[item 0\]$/);
		});
	});

	describe('contract', () => {
		const contract = (operation, extra = {}) => ({ resource: 'contract', operation, ...extra });

		it('get reads one contract with details', async () => {
			const res = await t.run(contract('get', { contractId: byId(1) }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [['GET', '/api/ClientContract/1', { includedetails: 'true' }]]);
			const out = res.items[0].json;
			assert.equal(out.client_name, 'Acme Logistics Ltd');
			assert.match(out.ref, /^ACME-MSA-\d{4}$/);
			assert.equal(out.expired, false);
			assert.equal(out.billingperiod, undefined, 'simplified');
			const raw = await t.run(contract('get', { contractId: byId(1), simplify: false }));
			assert.equal(raw.items[0].json.billingperiod, 1);
		});

		it("get surfaces Halo's 404 text and names the item for a bad id", async () => {
			const missing = await t.run(contract('get', { contractId: byId(99999) }));
			assert.match(
				missing.error.message,
				/^Contract 99999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
			const bad = await t.run(contract('get', { contractId: byId('={{ $json.id }}') }), [{ json: { id: 'ACME-MSA' } }]);
			assert.match(bad.error.message, /^Contract: must be a Halo ID .*"ACME-MSA".*\[item 0\]$/);
		});

		it('get many: active only by default (expired and inactive left out)', async () => {
			const active = await t.run(contract('getAll', { filters: { clientId: '1' } }));
			const all = await t.run(contract('getAll', { activeOnly: false, filters: { clientId: 1 } }));
			assert.deepEqual(await calls(t), [
				['GET', '/api/ClientContract', { client_id: '1', ...PAGE(100) }],
				['GET', '/api/ClientContract', { client_id: '1', includeinactive: 'true', ...PAGE(50) }],
			]);
			assert.deepEqual(
				active.items.map((i) => [i.json.id, i.json.expired]),
				[[1, false]],
			);
			assert.deepEqual(
				all.items.map((i) => [i.json.id, i.json.expired]),
				[
					[1, false],
					[2, true],
				],
			);
			const greystone = await t.run(contract('getAll', { activeOnly: false, filters: { clientId: 7, search: 'GSP' } }));
			assert.ok(greystone.items.some((i) => i.json.inactive === true));
		});

		it('get many: active only also holds when Halo lists expired or inactive contracts; Limit counts active ones', async () => {
			const past = new Date(Date.now() - 5 * 86400e3).toISOString();
			const future = new Date(Date.now() + 50 * 86400e3).toISOString();
			const rows = [
				{ id: 101, ref: 'OLD-FLAGGED', client_id: 2, expired: true, inactive: false, end_date: future },
				{ id: 102, ref: 'SWITCHED-OFF', client_id: 2, inactive: true, end_date: future },
				{ id: 103, ref: 'ENDED', client_id: 2, end_date: past },
				{ id: 104, ref: 'RUNNING', client_id: 2, expired: false, inactive: false, end_date: future },
				{ id: 105, ref: 'NO-END-DATE', client_id: 2, end_date: '1900-01-01T00:00:00' },
			];
			await t.ctl.fault({
				match: { method: 'GET', path: '/api/ClientContract' },
				kind: 'status',
				status: 200,
				times: 2,
				body: { record_count: rows.length, contracts: rows },
			});
			const res = await t.run(contract('getAll', { returnAll: true, filters: { clientId: 2 } }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(
				res.items.map((i) => i.json.ref),
				['RUNNING', 'NO-END-DATE'],
			);
			const limited = await t.run(contract('getAll', { limit: 1, simplify: false, filters: { clientId: 2 } }));
			assert.deepEqual(
				limited.items.map((i) => i.json.id),
				[104],
			);
		});
	});

	describe('knowledge base article', () => {
		const kb = (operation, extra = {}) => ({ resource: 'kbArticle', operation, ...extra });

		it('get many searches title, body and tags (runbook lookup)', async () => {
			const vpn = await t.run(kb('getAll', { search: 'vpn' }));
			const password = await t.run(kb('getAll', { search: ' password ', limit: 2 }));
			assert.deepEqual(await calls(t), [
				['GET', '/api/KBArticle', { search: 'vpn', ...PAGE(50) }],
				['GET', '/api/KBArticle', { search: 'password', ...PAGE(2) }],
			]);
			assert.deepEqual(
				vpn.items.map((i) => i.json.name),
				['Connecting to the VPN'],
			);
			assert.match(vpn.items[0].json.description, /VPN client/);
			assert.equal(vpn.items[0].json.tag_string, 'vpn,remote,mfa');
			assert.equal(vpn.items[0].json.tags, undefined, 'simplified keeps the tag string');
			assert.deepEqual(
				password.items.map((i) => i.json.name),
				['How to reset your password', 'Outlook keeps asking for a password'],
			);
		});

		it('get many leaves archived (inactive) articles out unless asked; empty search lists all', async () => {
			const active = await t.run(kb('getAll', { search: 'windows' }));
			const all = await t.run(kb('getAll', { search: 'windows', options: { includeInactive: true } }));
			const everything = await t.run(kb('getAll', { returnAll: true }));
			assert.deepEqual(
				(await calls(t)).map(([, , q]) => q),
				[{ search: 'windows', ...PAGE(50) }, { search: 'windows', includeinactive: 'true', ...PAGE(50) }, PAGE(100)],
			);
			assert.deepEqual(
				active.items.map((i) => i.json.name),
				['How to reset your password'],
			);
			assert.deepEqual(
				all.items.map((i) => [i.json.name, i.json.inactive]),
				[
					['How to reset your password', false],
					['Archived: Windows 7 upgrade FAQ', true],
				],
			);
			assert.equal(everything.items.length, 14);
		});

		it("get reads one article; Halo's 404 text surfaces", async () => {
			const res = await t.run(kb('get', { articleId: byId(2), simplify: false }));
			assert.equal(res.error, undefined, res.error?.message);
			assert.deepEqual(await calls(t), [['GET', '/api/KBArticle/2', { includedetails: 'true' }]]);
			assert.equal(res.items[0].json.name, 'Connecting to the VPN');
			assert.ok(Array.isArray(res.items[0].json.tags));
			const missing = await t.run(kb('get', { articleId: byId(999) }));
			assert.match(
				missing.error.message,
				/^Article 999 was not found in Halo\. Check the ID, or look the record up with a search;/,
			);
		});
	});
});
