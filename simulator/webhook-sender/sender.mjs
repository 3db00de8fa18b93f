// Outbound webhook sender: turns ticket/action events into deliveries to every webhook subscribed to the
// event number. Async (never delays the API reply), no retries, optional batching; keeps every attempt
// for the control API and can redeliver one. Parts: subscriptions.mjs (who gets an event),
// envelope.mjs (what is sent), signing.mjs (headers), delivery-log.mjs (the WebhookEvent record).
import { randomUUID } from 'node:crypto';
import { eventInfo, BATCH_METHODS } from '../webhook-codes.mjs';
import { subscriptionsTo } from './subscriptions.mjs';
import { buildEnvelope } from './envelope.mjs';
import { deliveryHeaders } from './signing.mjs';
import { logDelivery, truncate } from './delivery-log.mjs';

export class WebhookSender {
	constructor(sim, opts = {}) {
		this.sim = sim;
		this.opts = { enabled: true, timeoutMs: 10000, userAgent: 'HaloPSA-Webhook (simulator)', ...opts };
		this.deliveries = [];
		this.batches = new Map();
		this.inflight = 0; // open batches + requests not yet answered
		this.waiters = [];
	}

	/** events: [{eventno, ticketId, actionId?}]; agentId: who made the change. */
	emit(events, agentId) {
		for (const event of events) {
			const info = eventInfo(event.eventno);
			if (!info) continue; // an event with no evidenced number (e.g. reassigned) sends nothing
			for (const { webhook, row } of subscriptionsTo(this.sim.store, event.eventno)) {
				const envelope = buildEnvelope(this.sim, webhook, row, event, info, agentId);
				if (!envelope) continue;
				if (webhook.batch_method > BATCH_METHODS.NONE) this.enqueue(webhook, info, envelope);
				else this.send(webhook, [envelope], false);
			}
		}
	}

	/** Adds an envelope to the webhook's open batch for its group; a batch is sent after its delay or at its limit. */
	enqueue(webhook, info, envelope) {
		const group =
			webhook.batch_method === BATCH_METHODS.SAME_EVENT
				? info.eventno
				: webhook.batch_method === BATCH_METHODS.SAME_TYPE
					? info.entity
					: '*';
		const key = `${webhook.id}|${group}`;
		let batch = this.batches.get(key);
		if (!batch) {
			batch = { webhook, envelopes: [] };
			this.batches.set(key, batch);
			this.inflight++;
			const delay = Math.max(
				0,
				Number(webhook.batch_delay_seconds || 0) * 1000 * (this.sim.config.webhookBatchDelayScale ?? 1),
			);
			batch.timer = setTimeout(() => this.flush(key), delay);
		}
		batch.envelopes.push(envelope);
		if (webhook.batch_limit > 0 && batch.envelopes.length >= webhook.batch_limit) this.flush(key);
	}

	flush(key) {
		const batch = this.batches.get(key);
		if (!batch) return;
		this.batches.delete(key);
		clearTimeout(batch.timer);
		this.send(batch.webhook, batch.envelopes, true);
		this.done();
	}

	send(webhook, envelopes, batched, redeliveryOf) {
		const body = batched ? envelopes : envelopes[0];
		const bodyText = JSON.stringify(body);
		const delivery = {
			delivery_id: batched || redeliveryOf ? randomUUID() : envelopes[0].id,
			redelivery_of: redeliveryOf || null,
			webhook_id: webhook.id,
			url: webhook.url,
			batched,
			envelope_ids: envelopes.map((envelope) => envelope.id),
			events: envelopes.map((envelope) => envelope.eventno),
			object_ids: envelopes.map((envelope) => envelope.object_id),
			body,
			bodyText,
			requestHeaders: deliveryHeaders(webhook, bodyText, this.opts.userAgent),
			at: new Date().toISOString(),
			status: 'pending',
			answeredAt: null,
			responseStatus: null,
			responseBody: null,
			error: null,
			durationMs: null,
		};
		this.deliveries.push(delivery);
		delivery.promise = this.post(webhook, delivery, envelopes[0]);
		return delivery;
	}

	async post(webhook, delivery, first) {
		this.inflight++;
		const started = Date.now();
		try {
			if (!this.opts.enabled) {
				delivery.status = 'disabled';
				return delivery;
			}
			const res = await fetch(delivery.url, {
				method: 'POST',
				headers: delivery.requestHeaders,
				body: delivery.bodyText,
				signal: AbortSignal.timeout(this.opts.timeoutMs),
			});
			// when the receiver's answer arrived (ms): compared with when the receiver held the delivery
			delivery.answeredAt = Date.now();
			delivery.responseStatus = res.status;
			delivery.responseHeaders = Object.fromEntries(res.headers.entries());
			delivery.responseBody = truncate(await res.text());
			delivery.status = res.ok ? 'delivered' : 'failed';
		} catch (error) {
			delivery.status = 'failed';
			delivery.error =
				[error?.message, error?.cause?.code || error?.cause?.message].filter(Boolean).join(': ') || String(error);
		} finally {
			delivery.durationMs = Date.now() - started;
			logDelivery(this.sim, webhook, delivery, first);
			this.done();
		}
		return delivery;
	}

	done() {
		this.inflight--;
		if (this.inflight === 0) for (const waiter of this.waiters.splice(0)) waiter();
	}

	/** Re-send a previous delivery (same body, same envelope ids). Resolves when the receiver answered. */
	async redeliver(deliveryId) {
		const previous = this.deliveries.find((delivery) => delivery.delivery_id === deliveryId);
		if (!previous) return null;
		const webhook = this.sim.store.coll('webhooks').get(previous.webhook_id) || {
			id: previous.webhook_id,
			url: previous.url,
			authentication_type: 0,
		};
		const envelopes = previous.batched ? previous.body : [previous.body];
		const again = this.send({ ...webhook, url: previous.url }, envelopes, previous.batched, previous.delivery_id);
		await again.promise;
		return again;
	}

	/** Resolves when nothing is queued or in flight (or after timeoutMs). */
	idle(timeoutMs = 5000) {
		if (this.inflight === 0) return Promise.resolve(true);
		return new Promise((resolve) => {
			const timer = setTimeout(() => resolve(false), timeoutMs);
			this.waiters.push(() => {
				clearTimeout(timer);
				resolve(true);
			});
		});
	}

	list() {
		return this.deliveries.map(({ promise, bodyText, ...delivery }) => delivery);
	}

	reset() {
		for (const batch of this.batches.values()) clearTimeout(batch.timer);
		this.inflight -= this.batches.size;
		this.batches.clear();
		this.deliveries = [];
		if (this.inflight <= 0) {
			this.inflight = 0;
			for (const waiter of this.waiters.splice(0)) waiter();
		}
	}
}
