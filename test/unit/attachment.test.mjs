// Attachments: n8n binary data to Halo and back, byte for byte.
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';

import { assertNoSpecViolations, setup } from './support.mjs';

describe('Attachment', () => {
	let t;
	before(async () => {
		t = await setup();
	});
	after(async () => {
		await assertNoSpecViolations(t.ctl);
		await t.close();
	});
	beforeEach(async () => {
		await t.ctl.clearFaults();
		await t.ctl.clearRequests();
	});

	const binaryItem = (content, fileName, mimeType) => ({
		json: {},
		binary: { data: { data: content.toString('base64'), mimeType, fileName, fileSize: String(content.length) } },
	});

	for (const [name, content, fileName, mimeType] of [
		['a text log', Buffer.from('2026-11-23 10:01 backup failed: disk full\n'), 'backup.log', 'text/plain'],
		['a 5 MB binary file', randomBytes(5 * 1024 * 1024), 'capture.pdf', 'application/pdf'],
	]) {
		it(`uploads ${name} to a ticket and downloads identical bytes`, async () => {
			await t.ctl.clearRequests();
			const up = await t.run(
				{
					resource: 'attachment',
					operation: 'upload',
					ticketId: { mode: 'id', value: '1001' },
					binaryPropertyName: 'data',
					options: { note: 'from n8n' },
				},
				[binaryItem(content, fileName, mimeType)],
			);
			assert.equal(up.error, undefined, up.error?.message);
			const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
			assert.equal(post.path, '/api/Attachment');
			assert.equal(post.body.length, 1);
			const sent = post.body[0];
			assert.equal(sent.ticket_id, 1001);
			assert.equal(sent.filename, fileName);
			assert.equal(sent.showforusers, false, 'hidden from the end user by default');
			assert.equal(sent.note, 'from n8n');
			assert.equal(sent.isimage, false);
			assert.equal(sent.data, undefined, 'sent as production clients send it: data_base64, not data');
			const dataUri = `data:${mimeType};base64,${content.toString('base64')}`;
			// The simulator's log abbreviates long strings as "<N chars>".
			assert.ok(
				sent.data_base64 === dataUri || sent.data_base64 === `<${dataUri.length} chars>`,
				'the file as a data URI in data_base64',
			);
			const id = up.items[0].json.id;
			assert.ok(id > 0);
			assert.equal(up.items[0].json.data, undefined, 'no base64 in the output item (Halo echoes the file)');
			assert.equal(up.items[0].json.data_base64, undefined);
			assert.equal(up.items[0].json.filesize, content.length);

			const list = await t.run({
				resource: 'attachment',
				operation: 'getAll',
				ticketId: { mode: 'id', value: '1001' },
				returnAll: true,
			});
			assert.ok(list.items.some((i) => i.json.id === id && i.json.filename === fileName));

			const down = await t.run({
				resource: 'attachment',
				operation: 'download',
				attachmentId: String(id),
				binaryPropertyName: 'file',
			});
			assert.equal(down.error, undefined, down.error?.message);
			const [item] = down.items;
			assert.equal(item.binary.file.fileName, fileName);
			assert.equal(item.binary.file.mimeType, mimeType);
			const bytes = await t.engine.binaryBuffer(item.binary.file);
			assert.equal(bytes.equals(content), true, 'downloaded bytes are identical');

			const del = await t.run({ resource: 'attachment', operation: 'delete', attachmentId: String(id) });
			assert.deepEqual(del.items[0].json, { id, deleted: true });
		});
	}

	it('refuses a file over Max File Size before reading or sending it, naming the item and the field', async () => {
		await t.ctl.clearRequests();
		const big = binaryItem(randomBytes(1024 * 1024 + 1), 'dump.bin', 'application/octet-stream');
		const res = await t.run(
			{
				resource: 'attachment',
				operation: 'upload',
				ticketId: { mode: 'id', value: '1001' },
				binaryPropertyName: 'data',
				options: { maxSizeMb: 1 },
			},
			[{ json: {} }, big],
			{ continueOnFail: true },
		);
		assert.deepEqual(
			res.items.map((i) => i.pairedItem),
			[{ item: 0 }, { item: 1 }],
		);
		assert.match(res.items[0].json.error, /no binary field "data" \[item 0\]/);
		assert.match(
			res.items[1].json.error,
			/^Input Binary Field: "dump\.bin" is 1\.0 MB, more than Max File Size \(1 MB\); .* \[item 1\]$/,
		);
		assert.equal((await t.ctl.apiRequests()).filter((r) => r.method === 'POST').length, 0, 'nothing sent');
	});

	it('conformance: the recorded upload reply (EVIDENCE 5.3, file echoed as plain base64) becomes a clean output item', async () => {
		const content = Buffer.from('%PDF-1.4 recorded\n');
		// The shape of a reply recorded from a production tenant, values replaced.
		const recorded = {
			id: 4711,
			filename: 'report.pdf',
			filesize: content.length,
			desc: '',
			type: 0,
			unique_id: 90210,
			content_type: 'application/pdf',
			isimage: false,
			guid: '0f8fad5b-d9cb-469f-a165-70867728950e',
			agent_id: 1,
			user_id: -1,
			ticket_id: 1001,
			action_id: 0,
			showforusers: false,
			data: content.toString('base64'),
		};
		await t.ctl.fault({
			match: { method: 'POST', path: '/api/Attachment' },
			kind: 'status',
			status: 201,
			body: recorded,
			applyAfterHandling: true,
		});
		const res = await t.run(
			{
				resource: 'attachment',
				operation: 'upload',
				ticketId: { mode: 'id', value: '1001' },
				binaryPropertyName: 'data',
			},
			[binaryItem(content, 'report.pdf', 'application/pdf')],
		);
		assert.equal(res.error, undefined, res.error?.message);
		const { data, ...expected } = recorded;
		assert.ok(data);
		assert.deepEqual(res.items[0].json, expected, 'every recorded field but the echoed file');
		const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
		assert.deepEqual(Object.keys(post.body[0]).sort(), [
			'data_base64',
			'filename',
			'isimage',
			'showforusers',
			'ticket_id',
		]);
	});

	it('an image is flagged isimage and sent with its MIME type in the data URI', async () => {
		const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
		const res = await t.run(
			{
				resource: 'attachment',
				operation: 'upload',
				ticketId: { mode: 'id', value: '1001' },
				binaryPropertyName: 'data',
				options: { hidden: false },
			},
			[binaryItem(png, 'screen.png', 'image/png')],
		);
		assert.equal(res.error, undefined, res.error?.message);
		const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
		assert.equal(post.body[0].data_base64, `data:image/png;base64,${png.toString('base64')}`);
		assert.equal(post.body[0].isimage, true);
		assert.equal(post.body[0].showforusers, true);
		const stored = await t.ctl.state('attachments', res.items[0].json.id);
		assert.equal(stored.content_type, 'image/png');
	});

	it('names the item and field when the binary field is missing', async () => {
		const res = await t.run(
			{
				resource: 'attachment',
				operation: 'upload',
				ticketId: { mode: 'id', value: '1001' },
				binaryPropertyName: 'report',
			},
			[{ json: {} }],
		);
		assert.match(res.error.message, /Input Binary Field: the input item has no binary field "report" \[item 0\]/);
	});
});

describe('Attachment upload in the simulator (both body forms)', () => {
	let t;
	let token;
	before(async () => {
		t = await setup();
		const form = new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: t.sim.clientId,
			client_secret: t.sim.clientSecret,
			scope: 'all',
		});
		const res = await fetch(`${t.sim.url}/auth/token?tenant=${t.sim.tenant}`, { method: 'POST', body: form });
		token = (await res.json()).access_token;
	});
	after(async () => {
		await t.close();
	});
	const post = async (element) => {
		const res = await fetch(`${t.sim.url}/api/Attachment`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
			body: JSON.stringify([element]),
		});
		return { status: res.status, body: await res.json() };
	};

	it('stores the same bytes from a data URI in data_base64 and from plain base64 in data; echoes plain base64', async () => {
		const bytes = randomBytes(3000);
		const uri = await post({
			ticket_id: 1001,
			filename: 'a.bin',
			isimage: false,
			data_base64: `data:application/octet-stream;base64,${bytes.toString('base64')}`,
		});
		const plain = await post({ ticket_id: 1001, filename: 'b.bin', data: bytes.toString('base64') });
		for (const reply of [uri, plain]) {
			assert.equal(reply.status, 201);
			assert.equal(reply.body.data, bytes.toString('base64'), 'plain base64, no data: prefix');
			assert.equal(reply.body.filesize, bytes.length);
			for (const key of [
				'id',
				'filename',
				'desc',
				'type',
				'unique_id',
				'content_type',
				'isimage',
				'guid',
				'agent_id',
				'user_id',
				'action_id',
				'showforusers',
			]) {
				assert.ok(key in reply.body, `reply has ${key}`);
			}
			assert.equal(reply.body.user_id, -1);
			assert.equal(reply.body.action_id, 0);
		}
		assert.equal(uri.body.content_type, 'application/octet-stream');
	});

	it('leaving out ticket_id stores the file unlinked (ticket_id 0); a bare base64 data_base64 is refused', async () => {
		const unlinked = await post({ filename: 'c.txt', data_base64: 'data:text/plain;base64,aGVsbG8=' });
		assert.equal(unlinked.status, 201);
		assert.equal(unlinked.body.ticket_id, 0);
		const bare = await post({ ticket_id: 1001, filename: 'd.txt', data_base64: 'aGVsbG8=' });
		assert.equal(bare.status, 400);
		assert.match(JSON.stringify(bare.body), /data_base64/);
	});
});
