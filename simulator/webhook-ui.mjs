// "An agent in Halo's UI" makes a webhook with its triggers (POST /_sim/webhooks/ui): what an admin does in
// Configuration → Integrations → Webhooks. The UI stores the same Webhook and Notification records the API
// shows (assumption), so a client can read them back and copy them.
import { writeRecords, present } from './collection.mjs';
import { messageError } from './errors.mjs';
import webhooksDef from './resources/webhooks.mjs';
import notificationsDef from './resources/notifications.mjs';
import { AUTH_TYPES, NOTIFICATION_WEBHOOK_TYPE, DELIVERY_METHOD_WEBHOOK, eventInfo } from './webhook-codes.mjs';

const AUTH_BY_NAME = { none: AUTH_TYPES.NONE, basic: AUTH_TYPES.BASIC, signed: AUTH_TYPES.SIGNED };

/**
 * body: {name, url, authentication?: 'none'|'basic'|'signed', basic_username?, basic_password?,
 * authentication_header?, payload_type?, events: [{eventno, name?, conditions?}]}
 * → the webhook as stored (secret included) with `events` (the Notification rows made for it).
 */
export function webhookFromUi(sim, body) {
	const authentication = body.authentication ?? 'none';
	if (!(authentication in AUTH_BY_NAME))
		throw messageError(400, `authentication must be one of ${Object.keys(AUTH_BY_NAME).join(', ')}`);
	if (!Array.isArray(body.events) || body.events.length === 0)
		throw messageError(400, 'A webhook made in the UI needs at least one trigger (events: [{eventno}])');
	const ctx = { sim, agentId: 2, events: [], now: new Date() };
	const [webhook] = writeRecords(
		webhooksDef,
		sim,
		[
			{
				name: body.name ?? 'Made in Halo',
				url: body.url,
				type: 0,
				method: 0,
				content_type: 'application/json',
				authentication_type: AUTH_BY_NAME[authentication],
				basic_username: body.basic_username ?? '',
				basic_password: body.basic_password ?? '',
				authentication_header: body.authentication_header ?? (authentication === 'signed' ? 'Token' : ''),
				signature_prefix: body.signature_prefix ?? '',
				payload_type: body.payload_type ?? 0,
				active: true,
			},
		],
		ctx,
	);
	const rows = writeRecords(
		notificationsDef,
		sim,
		body.events.map((event) => ({
			webhook_id: webhook.id,
			type: NOTIFICATION_WEBHOOK_TYPE,
			delivery_method: DELIVERY_METHOD_WEBHOOK,
			eventno: event.eventno,
			name: event.name ?? eventInfo(event.eventno)?.name ?? `Event ${event.eventno}`,
			filter_type: 2,
			restriction_type: 0,
			conditions: event.conditions ?? [],
		})),
		ctx,
	);
	const shown = present(webhooksDef, webhook, { sim, query: {} }, 'state');
	return { ...shown, events: rows.map((row) => present(notificationsDef, row, { sim, query: {} }, 'state')) };
}
