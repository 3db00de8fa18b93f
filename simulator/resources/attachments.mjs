// Attachments (schema Attachment). POST body [{ticket_id, action_id?, filename, data (base64), ...}]
// stores the bytes; GET /Attachment?ticket_id= → {record_count, attachments: [metadata]};
// GET /Attachment/{id} → the raw bytes with Content-Type and Content-Disposition.
import { defineResource, findRecord } from '../collection.mjs';
import * as F from '../filters.mjs';
import { notFound } from '../errors.mjs';
import { checkRefs, iso } from '../util.mjs';

const MIME = {
  txt: 'text/plain', log: 'text/plain', csv: 'text/csv', html: 'text/html', htm: 'text/html', json: 'application/json',
  xml: 'application/xml', pdf: 'application/pdf', zip: 'application/zip', png: 'image/png', jpg: 'image/jpeg',
  jpeg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp', svg: 'image/svg+xml', webp: 'image/webp', eml: 'message/rfc822',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mimeOf(filename) {
  const ext = String(filename).split('.').pop().toLowerCase();
  return MIME[ext] || 'application/octet-stream';
}

function base64Of(el) {
  let s = el.data ?? el.data_base64;
  if (typeof s !== 'string') return null;
  s = s.replace(/^data:[^;,]*;base64,/, '').replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]*={0,2}$/.test(s) && s.length % 4 === 0 ? s : null;
}

const def = defineResource({
  name: 'Attachment',
  collection: 'attachments',
  entity: 'Attachment',
  schema: 'Attachment',
  wrapper: 'attachments',
  readOnly: ['filesize', 'datecreated', 'content_type', 'download_url'],
  transient: ['data', 'data_base64', 'file'],
  filters: { ticket_id: F.eq('ticket_id'), action_id: F.eq('action_id'), type: F.eq('type') },
  routes: [
    {
      method: 'GET',
      sub: '{id}',
      handler(sim, req) {
        const rec = findRecord(def, sim, req.params.id);
        if (!rec) throw notFound('Attachment', req.params.id);
        return {
          status: 200,
          raw: sim.store.blobs.get(rec.id) || Buffer.alloc(0),
          headers: {
            'Content-Type': mimeOf(rec.filename),
            'Content-Disposition': `attachment; filename="${rec.filename.replace(/"/g, '')}"`,
          },
        };
      },
    },
  ],
  defaults: ({ now }) => ({ ticket_id: null, action_id: 0, filename: '', filesize: 0, isimage: false, note: '', desc: '', type: 0, unique_id: 0, datecreated: iso(now) }),
  validate(el, { sim, existing }) {
    const errors = checkRefs(sim, el, { ticket_id: ['tickets', 'Ticket'], action_id: ['actions', 'Action'] });
    if (!existing) {
      if (!el.ticket_id) errors.ticket_id = 'The ticket_id field is required.';
      if (!el.filename) errors.filename = 'The filename field is required.';
      if (el.data === undefined && el.data_base64 === undefined) errors.data = 'The data field is required.';
    }
    if ((el.data !== undefined || el.data_base64 !== undefined) && base64Of(el) === null) errors.data = 'The data field is not a valid Base-64 string.';
    return errors;
  },
  beforeSave(rec, el) {
    if (el.isimage === undefined && /\.(png|jpe?g|gif|bmp|webp|svg)$/i.test(rec.filename)) rec.isimage = true;
    rec.content_type = mimeOf(rec.filename);
  },
  afterSave(before, rec, el, { sim }) {
    const b64 = base64Of(el);
    if (b64 !== null) {
      const buf = Buffer.from(b64, 'base64');
      sim.store.blobs.set(rec.id, buf);
      rec.filesize = buf.length;
    }
  },
  afterDelete(rec, q, { sim }) {
    sim.store.blobs.delete(rec.id);
  },
});
export default def;
