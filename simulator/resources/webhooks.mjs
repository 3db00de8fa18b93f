// Webhooks (schema Webhook). Bare array, uuid ids. `events` [UnameNotification] become records of the
// notifications collection (deleting a webhook does NOT delete them). basic_password is never
// returned: it reads back as "" (and an empty password on update keeps the stored one).
import { defineResource, writeRecords } from '../collection.mjs';
import * as F from '../filters.mjs';
import { eventInfo, AUTH_TYPES, PAYLOAD_TYPES, BATCH_METHODS } from '../webhook-events.mjs';
import { requireText, has } from '../util.mjs';
import notifications from './notifications.mjs';

function eventsOf(sim, webhookId) {
  return sim.store
    .coll('notifications')
    .all()
    .filter((n) => n.webhook_id === webhookId)
    .map((n) => ({ id: n.id, name: n.name, eventno: n.eventno, type: n.type, conditions: n.conditions, webhook_id: n.webhook_id }));
}

export default defineResource({
  name: 'Webhook',
  collection: 'webhooks',
  entity: 'Webhook',
  schema: 'Webhook',
  idType: 'uuid',
  notFound: 'message',
  defaultOrder: 'name',
  readOnly: ['last_status'],
  transient: ['events'],
  filters: { type: F.eq('type') },
  defaults: () => ({
    name: '',
    url: '',
    type: 0,
    method: 0,
    content_type: 'application/json',
    authentication_type: AUTH_TYPES.NONE,
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
    const errors = { ...requireText(el, 'name', 'Name', existing), ...requireText(el, 'url', 'URL', existing) };
    if (typeof el.url === 'string' && el.url && !/^https?:\/\/[^\s]+$/i.test(el.url)) errors.url = 'The URL field is not a valid fully-qualified http or https URL.';
    if (el.authentication_type !== undefined && !Object.values(AUTH_TYPES).includes(el.authentication_type)) {
      errors.authentication_type = 'Only authentication_type 0 (none) and 1 (basic) are supported by the simulator.';
    }
    const authType = el.authentication_type ?? existing?.authentication_type;
    if (authType === AUTH_TYPES.BASIC && !(el.basic_username ?? existing?.basic_username)) errors.basic_username = 'The Username field is required for basic authentication.';
    if (el.payload_type !== undefined && !Object.values(PAYLOAD_TYPES).includes(el.payload_type)) errors.payload_type = 'payload_type must be 0 (small), 1 (full) or 2 (event information only).';
    if (el.batch_method !== undefined && !Object.values(BATCH_METHODS).includes(el.batch_method)) errors.batch_method = 'batch_method must be 0..3.';
    if (has(el, 'events')) {
      if (!Array.isArray(el.events)) errors.events = 'The events field must be an array.';
      else el.events.forEach((e, i) => {
        if (!e || !(Number.isInteger(e.eventno) && e.eventno > 0)) errors[`events[${i}].eventno`] = `Event ${e?.eventno} is not a known event.`;
      });
    }
    return errors;
  },
  beforeSave(rec, el, { before }) {
    if (before && (el.basic_password === '' || el.basic_password === null) && rec.authentication_type === AUTH_TYPES.BASIC) {
      rec.basic_password = before.basic_password;
    }
  },
  afterSave(before, rec, el, ctx) {
    if (!Array.isArray(el.events)) return;
    const items = el.events.map((e) => {
      const own = e.id && ctx.sim.store.coll('notifications').get(e.id)?.webhook_id === rec.id;
      return { ...e, id: own ? e.id : 0, webhook_id: rec.id };
    });
    writeRecords(notifications, ctx.sim, items, ctx);
  },
  transform(out, rec, { sim }, mode) {
    out.events = eventsOf(sim, rec.id);
    if (mode !== 'state') out.basic_password = '';
  },
});
