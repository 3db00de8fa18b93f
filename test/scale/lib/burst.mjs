// A burst of Halo webhook deliveries for the queue-mode tier, sent by the simulator's own sender (its envelopes,
// signing and delivery log: one home for what Halo sends), to the load balancer or straight to one `n8n webhook`
// process. Kinds of delivery:
//   genuine       a new event for a ticket no other delivery carries, through the balancer
//   forged        the same shape, signed with a wrong secret
//   early-other   a genuine delivery sent straight to one webhook process, and 0–50 ms later the same body to the
//                 OTHER process (while the first is usually still unanswered)
//   late-same / late-other   an answered delivery sent again later, to the process that answered it / the other
import { subscriptionsTo } from '../../../simulator/webhook-sender/subscriptions.mjs';
import { buildEnvelope } from '../../../simulator/webhook-sender/envelope.mjs';
import { eventInfo } from '../../../simulator/webhook-codes.mjs';
import { sleep } from '../../e2e/lib/n8n.mjs';
import { SERVED_BY_HEADER } from './balancer.mjs';

export const RESEND_KINDS = ['early-other', 'late-same', 'late-other'];

/**
 * `sim`: test/e2e/lib/sim.mjs's simulator; `eventno`: the event the trigger subscribed to; `processes`: the
 * webhook processes (`{baseUrl}`), in the balancer's order (webhook-0, webhook-1).
 */
export function burstSender(sim, { eventno, processes }) {
	const [{ webhook, row }] = subscriptionsTo(sim.store, eventno);
	const info = eventInfo(eventno);
	const sender = sim.sim.webhookSender;
	const pathOf = (url) => url.slice(url.indexOf('/webhook/'));
	/** Every delivery sent: `{kind, ticketId, envelopeId, delivery, sentAt}` (delivery: the simulator's record). */
	const sent = [];
	const answered = [];

	function post(kind, envelope, { url = webhook.url, secret, redeliveryOf, ticketId } = {}) {
		const target = { ...webhook, url, ...(secret ? { basic_password: secret } : {}) };
		const delivery = sender.send(target, [envelope], false, redeliveryOf);
		const record = { kind, ticketId, envelopeId: envelope.id, delivery, sentAt: Date.now() };
		sent.push(record);
		return delivery.promise.then(() => {
			if (kind === 'genuine' && delivery.responseStatus === 200) answered.push(record);
			return record;
		});
	}
	const envelopeFor = (ticketId) => buildEnvelope(sim.sim, webhook, row, { eventno, ticketId }, info, 2);
	const processUrl = (index) => `${processes[index].baseUrl}${pathOf(webhook.url)}`;
	const servedBy = (record) => Number(/webhook-(\d)/.exec(record.delivery.responseHeaders?.[SERVED_BY_HEADER])?.[1]);

	return {
		sent,
		genuine: (ticketId) => post('genuine', envelopeFor(ticketId), { ticketId }),
		forged: (ticketId) => post('forged', envelopeFor(ticketId), { ticketId, secret: 'not-the-webhook-secret' }),
		/** A new delivery straight to process `first`, and after `delayMs` the same body to the other one. */
		async earlyOther(ticketId, first, delayMs) {
			const envelope = envelopeFor(ticketId);
			const original = post('genuine', envelope, { ticketId, url: processUrl(first) });
			await sleep(delayMs);
			const copy = post('early-other', envelope, {
				ticketId,
				url: processUrl(1 - first),
				redeliveryOf: envelope.id,
			});
			return Promise.all([original, copy]);
		},
		/** A delivery from the simulator's log (`GET /webhooks/deliveries`) sent again, straight to process `index`. */
		resend: (delivery, index) =>
			post('resend', delivery.body, { url: processUrl(index), redeliveryOf: delivery.delivery_id }),
		/** Which webhook process answered a delivery from the simulator's log (by the balancer's header). */
		servedBy: (delivery) => servedBy({ delivery }),
		/** An answered genuine delivery from `back` answers ago, again, to the process that answered it or the other. */
		async late(kind, back) {
			const record = answered.at(-1 - back);
			const index = record && servedBy(record);
			if (!record || Number.isNaN(index)) return null;
			const body = record.delivery.body;
			return post(kind, body, {
				ticketId: record.ticketId,
				url: processUrl(kind === 'late-same' ? index : 1 - index),
				redeliveryOf: record.delivery.delivery_id,
			});
		},
	};
}

/**
 * The plan of one phase: one genuine delivery for each of `tickets`, with 5 % forged deliveries (for tickets
 * taken from `spareTickets`, which it shortens) and 10 % re-sends cycling through RESEND_KINDS. Each step is a
 * function taking the sender.
 */
export function phasePlan({ tickets, spareTickets, seed = 0 }) {
	const steps = [];
	let resends = 0;
	for (let i = 0; i < tickets.length; i++) {
		const ticketId = tickets[i];
		const n = seed + i;
		if (n % 10 === 9) {
			const kind = RESEND_KINDS[resends % RESEND_KINDS.length];
			const first = resends % 2;
			resends++;
			// the early copies carry a new ticket of their own; late ones re-send one answered 20–60 answers ago
			if (kind === 'early-other') steps.push((s) => s.earlyOther(ticketId, first, (n * 7) % 51));
			else {
				steps.push((s) => s.genuine(ticketId));
				steps.push((s) => s.late(kind, 20 + (n % 41)));
			}
		} else steps.push((s) => s.genuine(ticketId));
		if (n % 20 === 19) {
			const forgedTicket = spareTickets.shift();
			steps.push((s) => s.forged(forgedTicket));
		}
	}
	return steps;
}

/** Runs `steps` with at most `inFlight` at once, as fast as they are answered. Resolves with the seconds taken. */
export async function asFastAsPossible(sender, steps, inFlight) {
	const started = Date.now();
	let next = 0;
	await Promise.all(
		Array.from({ length: inFlight }, async () => {
			while (next < steps.length) await steps[next++](sender);
		}),
	);
	return (Date.now() - started) / 1000;
}

/** Starts one step every 1000/`perSecond` ms (not waiting for answers), then waits for all. Resolves with seconds. */
export async function atFixedRate(sender, steps, perSecond) {
	const started = Date.now();
	const running = [];
	for (let i = 0; i < steps.length; i++) {
		const due = started + (i * 1000) / perSecond;
		if (due > Date.now()) await sleep(due - Date.now());
		running.push(steps[i](sender));
	}
	await Promise.all(running);
	return (Date.now() - started) / 1000;
}

/** Median and 95th percentile of numbers. */
export function percentiles(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { p50: at(0.5), p95: at(0.95) };
}
