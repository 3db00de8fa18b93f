// Issue 21 (trust under faults, round 3), items 7, 10 and 12 (upload): downloads keep only a safe base name
// and stop at Max File Size; Create or Add Note keeps its key and never caches a ticket without an id; custom
// field labels shared by two fields are refused; an empty upload is refused before anything is sent.
import { strict as assert } from 'node:assert';
import http from 'node:http';
import { describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const download = (options = {}) => ({
	resource: 'attachment',
	operation: 'download',
	attachmentId: '7',
	binaryPropertyName: 'data',
	options,
});

/** A stand-in for Halo between n8n and the simulator that sends every reply without Content-Length (chunked). */
async function chunkedProxy(target) {
	const server = http.createServer((req, res) => {
		const upstream = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (reply) => {
			const headers = { ...reply.headers };
			delete headers['content-length'];
			res.writeHead(reply.statusCode, headers);
			reply.pipe(res);
		});
		req.pipe(upstream);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

describe('hardening (issue 21, ops)', () => {
	const t = haloSuite({ sim: { ticketCount: 40 } });
	const serve = (body, headers = {}) =>
		t.ctl.fault({
			match: { method: 'GET', path: '/api/Attachment/7' },
			kind: 'status',
			status: 200,
			body,
			contentType: 'application/octet-stream',
			headers,
		});

	describe('7. Download trusts nothing in the file name and stops at Max File Size', () => {
		for (const [disposition, expected] of [
			['attachment; filename="../../../../home/node/.n8n"', '.n8n'],
			['attachment; filename="..\\\\..\\\\Windows\\\\win.ini"', 'win.ini'],
			["attachment; filename*=UTF-8''bad%0D%0Aname%00%E2%80%AE.txt", 'badname.txt'],
			['attachment; filename="C:report?.txt"', 'C_report_.txt'],
			['attachment; filename="../.."', 'attachment-7'],
		]) {
			it(`keeps a safe base name, never a directory: ${disposition}`, async () => {
				await serve('hello', { 'Content-Disposition': disposition });
				const res = await t.run(download());
				assert.equal(res.error, undefined, res.error?.message);
				const [item] = res.items;
				assert.equal(item.json.filename, expected);
				assert.equal(item.binary.data.fileName, expected);
				assert.equal(item.binary.data.directory, undefined, 'no directory from Halo');
				assert.equal(item.json.filesize, 5);
				assert.equal((await t.engine.binaryBuffer(item.binary.data)).toString(), 'hello');
			});
		}

		it('refuses a file larger than Max File Size by its Content-Length, naming the option and the item', async () => {
			await serve('x'.repeat(1024 * 1024 + 1), { 'Content-Disposition': 'attachment; filename="dump.bin"' });
			const res = await t.run(download({ maxSizeMb: 1 }));
			assert.match(
				res.error?.message ?? '',
				/^Max File Size \(MB\): "dump\.bin" is 1\.0 MB, more than Max File Size \(1 MB\); raise the option to download it \[item 0\]$/,
			);
		});

		it('refuses a file that grows past Max File Size while it is read (no Content-Length)', async () => {
			const proxy = await chunkedProxy(t.sim.url);
			try {
				t.engine.setCredentials('haloPsaApi', { ...t.credentialData, haloUrl: proxy.url });
				await serve('x'.repeat(1024 * 1024 + 1), { 'Content-Disposition': 'attachment; filename="dump.bin"' });
				const res = await t.run(download({ maxSizeMb: 1 }));
				assert.match(
					res.error?.message ?? '',
					/^Max File Size \(MB\): "dump\.bin" is more than Max File Size \(1 MB\); .*\[item 0\]$/,
				);
				await serve('small', { 'Content-Disposition': 'attachment; filename="ok.txt"' });
				const small = await t.run(download({ maxSizeMb: 1 }));
				assert.equal(small.error, undefined, small.error?.message);
				assert.equal(small.items[0].json.filesize, 5);
			} finally {
				t.engine.setCredentials('haloPsaApi', { ...t.credentialData });
				proxy.close();
			}
		});
	});

	describe('12. Upload', () => {
		it('refuses a 0-byte file before anything is sent', async () => {
			const res = await t.run(
				{
					resource: 'attachment',
					operation: 'upload',
					ticketId: { mode: 'id', value: '1001' },
					binaryPropertyName: 'data',
				},
				[{ json: {}, binary: { data: { data: '', mimeType: 'text/plain', fileName: 'empty.txt', fileSize: '0' } } }],
			);
			assert.match(res.error?.message ?? '', /^Input Binary Field: "empty\.txt" is empty \(0 bytes\).*\[item 0\]$/);
			assert.deepEqual(
				(await t.ctl.apiRequests()).filter((r) => r.method === 'POST'),
				[],
				'nothing sent',
			);
		});
	});

	describe('10. Create or Add Note', () => {
		const op = (extra) => ({
			resource: 'ticket',
			operation: 'createOrAddNote',
			clientId: 1,
			note: 'Seen by the RMM',
			...extra,
		});
		const ticketPosts = async () =>
			(await t.ctl.apiRequests()).filter((r) => r.method === 'POST' && r.path === '/api/Tickets');

		for (const [name, extra, json, field] of [
			['summary', { summary: 'Disk full on SRV-9' }, { summary: 'Something else' }, 'summary'],
			['client', { summary: 'Disk full on SRV-9' }, { client_id: 2 }, 'client_id'],
			[
				'third-party ID',
				{ summary: 'Disk full on SRV-9', matchBy: 'thirdPartyId', matchValue: 'RMM-1' },
				{ third_party_id_string: 'RMM-2' },
				'third_party_id_string',
			],
			[
				'custom-field key',
				{ summary: 'Disk full on SRV-9', matchBy: 'customField', matchField: 'CFRMMAlertID', matchValue: 'RMM-1' },
				{ customfields: [{ id: 150, value: 'RMM-2' }] },
				'CFRMMAlertID',
			],
		]) {
			it(`refuses Additional Fields (JSON) that change the ${name} the ticket is matched by`, async () => {
				const res = await t.run(op({ ...extra, additionalJson: JSON.stringify(json) }));
				assert.match(
					res.error?.message ?? '',
					new RegExp(`^Additional Fields \\(JSON\\): must not change "${field}".*\\[item 0\\]$`),
				);
				assert.deepEqual(await ticketPosts(), [], 'no ticket was logged');
			});
		}

		it('accepts the key repeated with the same value in Additional Fields (JSON)', async () => {
			const res = await t.run(
				op({
					summary: 'Printer offline in hall',
					additionalJson: JSON.stringify({ summary: 'Printer offline in hall', client_id: '1', urgency: 2 }),
				}),
			);
			assert.equal(res.error, undefined, res.error?.message);
			const [post] = await ticketPosts();
			assert.equal(post.body[0].summary, 'Printer offline in hall');
			assert.equal(post.body[0].client_id, 1);
		});

		it('a custom-field label shared by two fields fails with both listed instead of picking the first', async () => {
			const fields = t.sim.store.coll('fieldinfo');
			fields.insert({ id: 160, name: 'CFSerialA', label: 'Serial', typeid: 1, usage: 1, type: 0, inputtype: 0 });
			fields.insert({ id: 161, name: 'CFSerialB', label: 'Serial', typeid: 1, usage: 1, type: 0, inputtype: 0 });
			try {
				const res = await t.run(
					op({ summary: 'Serial check', matchBy: 'customField', matchField: 'serial', matchValue: 'SN-1' }),
				);
				assert.match(
					res.error?.message ?? '',
					/^Custom Field: "serial" is the label of 2 ticket custom fields \(CFSerialA, CFSerialB\).*\[item 0\]$/,
				);
				assert.deepEqual(await ticketPosts(), []);
				const byName = await t.run(
					op({ summary: 'Serial check', matchBy: 'customField', matchField: 'CFSerialB', matchValue: 'SN-1' }),
				);
				assert.equal(byName.error, undefined, byName.error?.message);
				assert.deepEqual((await ticketPosts())[0].body[0].customfields, [{ id: 161, value: 'SN-1' }]);
			} finally {
				fields.delete(160);
				fields.delete(161);
			}
		});

		it('a create reply without an id is an error, and the next item does not add its note to a ticket without an id', async () => {
			await t.ctl.fault({
				match: { method: 'POST', path: '/api/Tickets' },
				kind: 'status',
				status: 201,
				body: {},
				applyAfterHandling: true,
			});
			const res = await t.run(op({ summary: 'UPS on battery' }), [{ json: {} }, { json: {} }], {
				continueOnFail: true,
			});
			assert.match(res.items[0].json.error, /Halo's reply to creating the ticket has no ticket ID.*\[item 0\]/);
			// The ticket was logged in Halo; the second item finds it there instead of using a cached copy without an id.
			const [logged] = (await t.ctl.state('tickets')).filter((x) => x.summary === 'UPS on battery');
			assert.equal(res.items[1].json.created, false, JSON.stringify(res.items[1].json));
			assert.equal(res.items[1].json.ticket.id, logged.id);
			const notes = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST' && r.path === '/api/Actions');
			assert.deepEqual(
				notes.map((r) => r.body[0].ticket_id),
				[logged.id],
			);
		});
	});
});
