// Halo answers an unknown id with 404 and an empty body (EVIDENCE 11.4). The node's error then names the kind of
// record and the id the request was about ("Ticket 999999 was not found in Halo"), for every operation: get, update,
// delete, and the reads inside other operations (Link Asset, an Update that reads the record first).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const MISSING = 999999;

describe('a record Halo does not have', () => {
	const t = haloSuite({ sim: { ticketCount: 5 } });

	/** Runs one operation and returns its error: message, HTTP code, and what Halo was asked. */
	async function failure(parameters) {
		const res = await t.run(parameters);
		assert.ok(res.error, `${parameters.resource} → ${parameters.operation} should fail`);
		const sent = (await t.ctl.apiRequests()).at(-1);
		assert.equal(sent.status, 404, 'Halo answered 404');
		return { message: res.error.message, httpCode: String(res.error.httpCode), description: res.error.description };
	}

	const cases = [
		['ticket get', { resource: 'ticket', operation: 'get', ticketId: byId(MISSING) }, `Ticket ${MISSING}`],
		[
			'ticket update (the POST names the id)',
			{ resource: 'ticket', operation: 'update', ticketId: byId(MISSING), updateFields: { category_2: 'x' } },
			`Ticket ${MISSING}`,
		],
		['ticket delete', { resource: 'ticket', operation: 'delete', ticketId: byId(MISSING) }, `Ticket ${MISSING}`],
		[
			'link asset (reads the ticket first)',
			{ resource: 'ticket', operation: 'linkAsset', ticketId: byId(MISSING), assetBy: 'id', assetId: '3' },
			`Ticket ${MISSING}`,
		],
		[
			'action get',
			{ resource: 'action', operation: 'get', ticketId: byId(1001), actionId: String(MISSING) },
			`Action ${MISSING}`,
		],
		[
			'asset update (reads the asset first)',
			{ resource: 'asset', operation: 'update', assetId: byId(MISSING), updateFields: { notes: 'x' } },
			`Asset ${MISSING}`,
		],
		['client delete', { resource: 'client', operation: 'delete', clientId: byId(MISSING) }, `Client ${MISSING}`],
		['agent get', { resource: 'agent', operation: 'get', agentId: byId(MISSING) }, `Agent ${MISSING}`],
		[
			'attachment delete',
			{ resource: 'attachment', operation: 'delete', attachmentId: String(MISSING) },
			`Attachment ${MISSING}`,
		],
		['report run saved', { resource: 'report', operation: 'runSaved', reportId: MISSING }, `Report ${MISSING}`],
		[
			'find by hostname, create if missing (reads the asset type)',
			{
				resource: 'asset',
				operation: 'findByHostname',
				hostname: 'ACME-NEW-1',
				clientId: byId(1),
				createIfMissing: true,
				assetTypeId: String(MISSING),
			},
			`Asset type ${MISSING}`,
		],
	];

	for (const [name, parameters, record] of cases) {
		it(`${name}: "${record} was not found in Halo"`, async () => {
			const error = await failure(parameters);
			assert.equal(
				error.message,
				`${record} was not found in Halo. Check the ID, or look the record up with a search; the API agent may also lack access to it.`,
			);
			assert.equal(error.httpCode, '404');
			assert.match(error.description, / → HTTP 404\n/, 'the request line stays in the details');
		});
	}

	it("keeps Halo's own words when its 404 has a body", async () => {
		await t.ctl.fault({
			match: { method: 'GET', path: `/api/Tickets/${MISSING}` },
			kind: 'status',
			status: 404,
			body: { Message: 'No ticket with that ID' },
		});
		const error = await failure({ resource: 'ticket', operation: 'get', ticketId: byId(MISSING) });
		assert.equal(
			error.message,
			'Halo: No ticket with that ID. Check the ID, or look the record up with a search; the API agent may also lack access to it.',
		);
	});
});
