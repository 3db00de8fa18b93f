// Which webhooks an event goes to: a Notification row subscribes a webhook to an event number
// (evidence: webhooks.subscription-rows); the webhook must be active and have a URL.
import { NOTIFICATION_WEBHOOK_TYPE, DELIVERY_METHOD_WEBHOOK } from '../webhook-codes.mjs';

/** `[{webhook, row}]`: each subscribed Notification row with its webhook, for one event number. */
export function subscriptionsTo(store, eventno) {
	const found = [];
	for (const row of store.coll('notifications').all()) {
		if (row.eventno !== eventno || !row.webhook_id) continue;
		// evidence: webhooks.row-sends-to-webhook
		if (row.type !== NOTIFICATION_WEBHOOK_TYPE || row.delivery_method !== DELIVERY_METHOD_WEBHOOK) continue;
		const webhook = store.coll('webhooks').get(row.webhook_id);
		if (!webhook || webhook.active === false || webhook.disabled === true || !webhook.url) continue;
		found.push({ webhook, row });
	}
	return found;
}
