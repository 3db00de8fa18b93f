// Notifications (schema UnameNotification): the subscriptions of a webhook. Bare array; filter webhook_id.
// The only way to subscribe a webhook to an event (evidence: webhooks.subscription-rows).
import { randomUUID } from 'node:crypto';

import { defineResource, writeRecords, present } from '../collection.mjs';
import { HttpError } from '../errors.mjs';
import * as F from '../filters.mjs';
import { eventInfo } from '../webhook-codes.mjs';

// evidence: webhooks.numbers-as-strings
const NUMERIC = [
	'eventno',
	'type',
	'delivery_method',
	'agent_id',
	'filter_type',
	'restriction_type',
	'emailtemplate_id',
	'slack_id',
	'teams_id',
	'useworkinghours',
];
const asNumber = (v) => (typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v);

const def = defineResource({
	name: 'Notification',
	collection: 'notifications',
	entity: 'Notification',
	schema: 'UnameNotification',
	filters: {
		webhook_id: F.same('webhook_id'),
		type: F.eq('type'),
		agent_id: F.eq('agent_id'),
	},
	defaults: () => ({
		name: '',
		eventno: 0,
		type: 0,
		delivery_method: 0,
		webhook_id: null,
		agent_id: 0,
		filter_type: 0,
		restriction_type: 0,
		conditions: [],
	}),
	validate(el, { sim, existing }) {
		for (const k of NUMERIC) if (k in el) el[k] = asNumber(el[k]);
		const errors = {};
		if (!existing && el.eventno === undefined) errors.eventno = 'The eventno field is required.';
		// Halo has many more events than the simulator fires: any positive number may be subscribed (assumption).
		else if (el.eventno !== undefined && !(Number.isInteger(el.eventno) && el.eventno > 0))
			errors.eventno = `Event ${el.eventno} is not a known event.`;
		if (el.webhook_id && !sim.store.coll('webhooks').has(String(el.webhook_id).toLowerCase()))
			errors.webhook_id = `Webhook ${el.webhook_id} does not exist.`;
		if (el.conditions !== undefined && el.conditions !== null && !Array.isArray(el.conditions))
			errors.conditions = 'The conditions field must be an array.';
		return errors;
	},
	beforeSave(rec, el, { isNew }) {
		if (rec.webhook_id) rec.webhook_id = String(rec.webhook_id).toLowerCase();
		if (!rec.name) rec.name = eventInfo(rec.eventno)?.name ?? '';
		if (isNew || !rec.guid) rec.guid = randomUUID();
		if (!Array.isArray(rec.conditions)) rec.conditions = [];
	},
	mirror: (rec) => ({ condition_count: Array.isArray(rec.conditions) ? rec.conditions.length : 0 }),
});

/**
 * POST /Notification: a row that names an existing row's `guid` (and no id) updates that row, taking it over
 * for the new webhook (evidence: webhooks.guid-overwrites).
 */
function postNotifications(sim, req, ctx) {
	if (!Array.isArray(req.body)) throw new HttpError(400, { Message: 'The request is invalid.' });
	const coll = sim.store.coll('notifications');
	const elements = req.body.map((el) => {
		if (!el || typeof el !== 'object' || el.id || !el.guid) return el;
		const owner = coll.find((n) => String(n.guid).toLowerCase() === String(el.guid).toLowerCase());
		return owner ? { ...el, id: owner.id } : el;
	});
	const out = writeRecords(def, sim, elements, ctx).map((r) => present(def, r, { sim, query: req.query }, 'get'));
	return { status: 201, body: out.length === 1 ? out[0] : out };
}

def.routes = [{ method: 'POST', sub: null, handler: postNotifications }];

export default def;
