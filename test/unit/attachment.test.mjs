// Attachments: n8n binary data to Halo and back, byte for byte.
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';

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
        { resource: 'attachment', operation: 'upload', ticketId: { mode: 'id', value: '1001' }, binaryPropertyName: 'data', options: { note: 'from n8n' } },
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
      const base64 = content.toString('base64');
      // The simulator's log abbreviates long strings as "<N chars>".
      assert.ok(sent.data === base64 || sent.data === `<${base64.length} chars>`, 'the file, base64-encoded, in data');
      const id = up.items[0].json.id;
      assert.ok(id > 0);
      assert.equal(up.items[0].json.data, undefined, 'no base64 in the output item');

      const list = await t.run({ resource: 'attachment', operation: 'getAll', ticketId: { mode: 'id', value: '1001' }, returnAll: true });
      assert.ok(list.items.some((i) => i.json.id === id && i.json.filename === fileName));

      const down = await t.run({ resource: 'attachment', operation: 'download', attachmentId: String(id), binaryPropertyName: 'file' });
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

  it('names the item and field when the binary field is missing', async () => {
    const res = await t.run(
      { resource: 'attachment', operation: 'upload', ticketId: { mode: 'id', value: '1001' }, binaryPropertyName: 'report' },
      [{ json: {} }],
    );
    assert.match(res.error.message, /Input Binary Field: the input item has no binary field "report" \[item 0\]/);
  });
});
