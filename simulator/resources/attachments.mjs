// Attachments (schema Attachment). POST body [{filename, data_base64: "data:<mime>;base64,…" | data: "<base64>",
// isimage, ticket_id?, action_id?, ...}] stores the bytes; the reply echoes them as plain base64 in `data`;
// GET /Attachment?ticket_id= → {record_count, attachments: [metadata]};
// GET /Attachment/{id} → the raw bytes with Content-Type and Content-Disposition.
// Sources of each behaviour: simulator/evidence/attachments.mjs (ids quoted below).
import { randomUUID } from 'node:crypto';

import { defineResource, findRecord } from '../collection.mjs';
import { findAction } from './actions.mjs';
import * as F from '../filters.mjs';
import { notFound } from '../errors.mjs';
import { checkRefs, iso } from '../util.mjs';

const MIME = {
	txt: 'text/plain',
	log: 'text/plain',
	csv: 'text/csv',
	html: 'text/html',
	htm: 'text/html',
	json: 'application/json',
	xml: 'application/xml',
	pdf: 'application/pdf',
	zip: 'application/zip',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	bmp: 'image/bmp',
	svg: 'image/svg+xml',
	webp: 'image/webp',
	eml: 'message/rfc822',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xls: 'application/vnd.ms-excel',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mimeOf(filename) {
	const ext = String(filename).split('.').pop().toLowerCase();
	return MIME[ext] || 'application/octet-stream';
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATA_URI = /^data:([^;,]*);base64,/;

/**
 * The file's base64 from either form, or null when it is not valid. evidence: attachments.data-uri
 * (production clients: `data_base64` holds a data URI) and attachments.plain-data (`data`: plain base64, the
 * spec's `byte`). A bare base64 string in `data_base64` is refused: no source shows Halo taking it.
 */
function base64Of(el) {
	let text;
	if (el.data_base64 !== undefined && el.data_base64 !== null) {
		if (typeof el.data_base64 !== 'string' || !DATA_URI.test(el.data_base64)) return null;
		text = el.data_base64.replace(DATA_URI, '');
	} else {
		if (typeof el.data !== 'string') return null;
		text = el.data;
	}
	return BASE64.test(text) && text.length % 4 === 0 ? text : null;
}

const def = defineResource({
	name: 'Attachment',
	collection: 'attachments',
	entity: 'Attachment',
	schema: 'Attachment',
	wrapper: 'attachments',
	readOnly: ['filesize', 'datecreated', 'content_type', 'download_url'],
	transient: ['data', 'data_base64', 'file'],
	filters: {
		// evidence: attachments.list
		ticket_id: F.eq('ticket_id'),
		action_id: F.eq('action_id'),
		type: F.eq('type'),
	},
	routes: [
		{
			// evidence: attachments.download-bytes
			method: 'GET',
			sub: '{id}',
			handler(sim, req) {
				const rec = findRecord(def, sim, req.params.id);
				if (!rec) throw notFound();
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
	// evidence: attachments.reply-shape (the recorded reply's fields; ticket_id 0 when none was given)
	defaults: ({ now, agentId }) => ({
		ticket_id: 0,
		action_id: 0,
		filename: '',
		filesize: 0,
		isimage: false,
		note: '',
		desc: '',
		type: 0,
		unique_id: 0,
		guid: randomUUID(),
		agent_id: agentId ?? 1,
		user_id: -1,
		showforusers: false,
		content_type: '',
		datecreated: iso(now),
	}),
	validate(el, { sim, existing }) {
		const errors = checkRefs(sim, el, { ticket_id: ['tickets', 'Ticket'] });
		// evidence: actions.ids-per-ticket — an action is named by its ticket and its number there
		if (el.action_id && !findAction(sim, el.ticket_id ?? existing?.ticket_id, el.action_id))
			errors.action_id = `Action ${el.action_id} does not exist on ticket ${el.ticket_id ?? existing?.ticket_id}.`;
		if (!existing) {
			// evidence: attachments.ticket-optional (no ticket_id: stored unlinked, linked later from a ticket)
			if (!el.filename) errors.filename = 'The filename field is required.'; // assumption
			if (el.data === undefined && el.data_base64 === undefined) errors.data = 'The data field is required.'; // assumption
		}
		if ((el.data !== undefined || el.data_base64 !== undefined) && base64Of(el) === null) {
			errors[el.data_base64 !== undefined ? 'data_base64' : 'data'] =
				el.data_base64 !== undefined
					? 'The data_base64 field must be a data URI (data:<type>;base64,<data>).'
					: 'The data field is not a valid Base-64 string.';
		}
		return errors;
	},
	beforeSave(rec, el) {
		if (el.isimage === undefined && /\.(png|jpe?g|gif|bmp|webp|svg)$/i.test(rec.filename)) rec.isimage = true;
		const uri = typeof el.data_base64 === 'string' ? DATA_URI.exec(el.data_base64) : null;
		rec.content_type = uri?.[1] || mimeOf(rec.filename);
	},
	transform(out, rec, { sim }, mode) {
		// evidence: attachments.reply-echoes-data (a write's reply carries the file back as plain base64)
		if (mode === 'get') out.data = (sim.store.blobs.get(rec.id) ?? Buffer.alloc(0)).toString('base64');
	},
	afterSave(before, rec, el, { sim }) {
		if (!rec.unique_id) rec.unique_id = rec.id; // assumption: any stable number
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
