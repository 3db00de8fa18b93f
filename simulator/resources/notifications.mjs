// Notifications (schema UnameNotification): the webhook triggers. Bare array; filter webhook_id.
// Created implicitly by POST /Webhook with `events`, or directly here.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { eventInfo } from '../webhook-events.mjs';

export default defineResource({
  name: 'Notification',
  collection: 'notifications',
  entity: 'Notification',
  schema: 'UnameNotification',
  notFound: 'message',
  filters: {
    webhook_id: F.same('webhook_id'),
    type: F.eq('type'),
    agent_id: F.eq('agent_id'),
  },
  defaults: () => ({ name: '', eventno: 0, type: 0, delivery_method: 0, webhook_id: null, agent_id: 0, conditions: [] }),
  validate(el, { sim, existing }) {
    const errors = {};
    if (!existing && el.eventno === undefined) errors.eventno = 'The eventno field is required.';
    // Halo has many more events than the simulator fires: any positive number may be subscribed.
    else if (el.eventno !== undefined && !(Number.isInteger(el.eventno) && el.eventno > 0)) errors.eventno = `Event ${el.eventno} is not a known event.`;
    if (el.webhook_id && !sim.store.coll('webhooks').has(el.webhook_id)) errors.webhook_id = `Webhook ${el.webhook_id} does not exist.`;
    return errors;
  },
  beforeSave(rec) {
    if (rec.webhook_id) rec.webhook_id = String(rec.webhook_id).toLowerCase();
    if (!rec.name) rec.name = eventInfo(rec.eventno)?.name ?? '';
  },
  mirror: (rec) => ({ condition_count: Array.isArray(rec.conditions) ? rec.conditions.length : 0 }),
});
