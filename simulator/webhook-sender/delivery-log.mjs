// Records a finished delivery attempt where Halo shows it: the webhook's last_status and a row of the
// WebhookEvent collection (the delivery log, resources/webhookevents.mjs).
import { randomUUID } from 'node:crypto';
import { maskedHeaders } from './signing.mjs';

/** `text` cut to `limit` characters, marked with an ellipsis. */
export const truncate = (text, limit = 4096) => (text.length > limit ? text.slice(0, limit) + '…' : text);

/**
 * `delivery`: the sender's record of the attempt; `first`: its first envelope. A delivery's first
 * WebhookEvent id equals its envelope id; a redelivery or a batch gets a new id.
 */
export function logDelivery(sim, webhook, delivery, first) {
	const live = sim.store.coll('webhooks').get(webhook.id);
	if (live) live.last_status = delivery.responseStatus ?? 0;
	sim.store.coll('webhookevents').insert({
		id: delivery.redelivery_of || delivery.batched ? randomUUID() : delivery.delivery_id,
		webhook_id: webhook.id,
		notification_id: first.notification_id,
		timestamp: delivery.at,
		status: delivery.status === 'delivered' ? 1 : 2,
		duration: delivery.durationMs / 1000,
		requestheaders: JSON.stringify(maskedHeaders(webhook, delivery.requestHeaders)),
		requestbody: truncate(delivery.bodyText, 65536),
		responsestatus: delivery.responseStatus ?? 0,
		responseheaders: JSON.stringify(delivery.responseHeaders || {}),
		responsebody: delivery.responseBody ?? '',
		entity_id: first.object_id,
		error: delivery.status !== 'delivered',
	});
}
