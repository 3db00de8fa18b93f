// Webhooks (schema Webhook). Bare array, GUID ids. Subscriptions are Notification rows (resources/
// notifications.mjs); `events` sent here is dropped and only read back, joined from those rows.
// basic_password is never returned: it reads back as "" (and an empty password on update keeps the stored one).
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue } from '../paging.mjs';
import { AUTH_TYPES, PAYLOAD_TYPES, BATCH_METHODS } from '../webhook-codes.mjs';
import { requireText } from '../util.mjs';

/** The read-back view of a webhook's subscriptions (evidence: webhooks.events-read-back). */
function eventsOf(sim, webhookId) {
	return sim.store
		.coll('notifications')
		.all()
		.filter((n) => n.webhook_id === webhookId)
		.map((n) => ({
			id: n.id,
			name: n.name,
			eventno: n.eventno,
			type: n.type,
			delivery_method: n.delivery_method,
			webhook_id: n.webhook_id,
		}));
}

// Halo accepts the enum numbers as strings too (EVIDENCE 4.2 sends authentication_type "3").
const NUMERIC = ['type', 'method', 'authentication_type', 'payload_type', 'batch_method'];
const asNumber = (v) => (typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v);

export default defineResource({
	name: 'Webhook',
	collection: 'webhooks',
	entity: 'Webhook',
	schema: 'Webhook',
	idType: 'uuid',
	defaultOrder: 'name',
	readOnly: ['last_status'],
	// evidence: webhooks.events-dropped
	transient: ['events'],
	filters: { type: F.eq('type') },
	defaults: () => ({
		name: '',
		note: '',
		url: '',
		type: 0,
		method: 0,
		content_type: 'application/json',
		authentication_type: AUTH_TYPES.NONE,
		authentication_header: '',
		signature_prefix: '',
		basic_username: '',
		basic_password: '',
		active: true,
		disabled: false,
		payload_type: PAYLOAD_TYPES.SMALL,
		custom_payload: false,
		batch_method: BATCH_METHODS.NONE,
		batch_delay_seconds: 0,
		batch_limit: 0,
		log_retention_policy_days: 30,
		notify_on_failure: false,
		last_status: 0,
	}),
	validate(el, { existing }) {
		for (const k of NUMERIC) if (k in el) el[k] = asNumber(el[k]);
		const errors = { ...requireText(el, 'name', 'Name', existing) };
		const type = el.type ?? existing?.type ?? 0;
		// evidence: webhooks.outbound-needs-url
		const url = el.url ?? existing?.url;
		if (type === 0 && !(typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url)))
			errors.url = 'Please enter a valid URL';
		if (el.authentication_type !== undefined && !Object.values(AUTH_TYPES).includes(el.authentication_type)) {
			errors.authentication_type =
				'Only authentication_type 0 (none), 1 (basic) and 3 (signed token header) are modelled by the simulator.';
		}
		const authType = el.authentication_type ?? existing?.authentication_type;
		if (authType === AUTH_TYPES.BASIC && !(el.basic_username ?? existing?.basic_username))
			errors.basic_username = 'The Username field is required for basic authentication.';
		// assumption: a signed webhook needs the header name and a secret to sign with
		if (authType === AUTH_TYPES.SIGNED) {
			if (!(el.authentication_header ?? existing?.authentication_header))
				errors.authentication_header = 'The Header field is required for this authentication type.';
			if (!(el.basic_password || existing?.basic_password))
				errors.basic_password = 'The Secret field is required for this authentication type.';
		}
		if (el.payload_type !== undefined && !Object.values(PAYLOAD_TYPES).includes(el.payload_type))
			errors.payload_type = 'payload_type must be 0 (small), 1 (full) or 2 (event information only).';
		if (el.batch_method !== undefined && !Object.values(BATCH_METHODS).includes(el.batch_method))
			errors.batch_method = 'batch_method must be 0..3.';
		return errors;
	},
	beforeSave(rec, el, { before }) {
		if (
			before &&
			(el.basic_password === '' || el.basic_password === null) &&
			rec.authentication_type !== AUTH_TYPES.NONE
		) {
			rec.basic_password = before.basic_password;
		}
	},
	transform(out, rec, { sim, query }, mode) {
		// evidence: webhooks.events-read-back (the joined view comes with includedetails=true)
		if (mode === 'state' || (mode === 'get' && isTrue(query?.includedetails))) out.events = eventsOf(sim, rec.id);
		else delete out.events;
		if (mode !== 'state') out.basic_password = '';
	},
});
