import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { cached, perProcessCache } from '../HaloPsa/helpers/cache';

/**
 * The replay window of one trigger. A captured delivery keeps a valid signature forever, and the signature
 * covers the body's `timestamp`, so a delivery is accepted only while its timestamp is within the window
 * (and not from the future), and only once: by its id, or by a hash of its body when it carries none.
 * Kept in memory for this n8n process (immediate) and in the workflow's static data (survives restarts).
 */
interface Window {
	/** delivery key → its timestamp (or, without one, when it arrived), ms */
	recent: Map<string, number>;
	/** the newest timestamp dropped to keep the window bounded: nothing at or before it can be told apart */
	horizon: number;
}

/** How far ahead of n8n's clock Halo's may run. */
export const FUTURE_SKEW_MS = 5 * 60_000;
const MAX_REMEMBERED = 1000;
// Per process, one window per trigger (workflow + node); bound: 1000 triggers, each MAX_REMEMBERED keys.
const windowByTrigger = perProcessCache<Window>(1000);

export type ReplayVerdict = 'fresh' | 'duplicate' | 'stale' | 'future';

export interface DeliveryMark {
	key: string;
	/** the delivery's own timestamp, ms; undefined when it carries none */
	at?: number;
}

/** A delivery's timestamp in ms: Halo writes UTC with seven decimals and no zone is read as UTC. */
export function timestampMs(text: string | undefined): number | undefined {
	if (!text) return undefined;
	const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text}Z`;
	const ms = Date.parse(zoned.replace(/(\.\d{3})\d+/, '$1'));
	return Number.isFinite(ms) ? ms : undefined;
}

/** What identifies a delivery's event: its id, else the hash of the exact body (and its place in a batch). */
export function replayKey(deliveryId: string | undefined, body: Buffer | string, index: number): string {
	if (deliveryId !== undefined) return `id:${deliveryId}`;
	return `body:${createHash('sha256').update(body).digest('base64')}#${index}`;
}

function windowFor(scope: string, stored: IDataObject, windowMs: number, now: number): Window {
	const window = cached(windowByTrigger, scope, () => ({ recent: new Map<string, number>(), horizon: 0 }));
	// Merged on every delivery: another n8n process (a webhook process, a second main) may have recorded
	// deliveries in the static data since this process last looked.
	for (const [key, at] of Object.entries((stored.recentDeliveries as Record<string, number>) ?? {})) {
		if (!window.recent.has(key)) window.recent.set(key, Number(at));
	}
	window.horizon = Math.max(window.horizon, Number(stored.replayHorizon ?? 0) || 0);
	for (const [key, at] of window.recent) if (now - at > windowMs) window.recent.delete(key);
	return window;
}

function save(window: Window, stored: IDataObject): void {
	stored.recentDeliveries = Object.fromEntries(window.recent);
	stored.replayHorizon = window.horizon;
}

/**
 * Checks one request's events and, when none is stale or from the future, claims the fresh ones at once
 * (no await in between), so a second copy arriving while the first is still being read is a duplicate.
 */
export function claimDeliveries(
	scope: string,
	stored: IDataObject,
	marks: DeliveryMark[],
	windowMs: number,
	now = Date.now(),
): ReplayVerdict[] {
	const window = windowFor(scope, stored, windowMs, now);
	const verdicts = marks.map(({ key, at }): ReplayVerdict => {
		if (window.recent.has(key)) return 'duplicate';
		if (at === undefined) return 'fresh';
		if (at - now > FUTURE_SKEW_MS) return 'future';
		return now - at > windowMs || at <= window.horizon ? 'stale' : 'fresh';
	});
	if (verdicts.some((verdict) => verdict === 'stale' || verdict === 'future')) return verdicts;
	marks.forEach(({ key, at }, index) => {
		if (verdicts[index] === 'fresh') window.recent.set(key, at ?? now);
	});
	while (window.recent.size > MAX_REMEMBERED) {
		let oldest: [string, number] | undefined;
		for (const entry of window.recent) if (!oldest || entry[1] < oldest[1]) oldest = entry;
		window.recent.delete(oldest![0]);
		window.horizon = Math.max(window.horizon, oldest![1]);
	}
	save(window, stored);
	return verdicts;
}

/** Gives a claim back (its record could not be read), so Halo re-sending the delivery is processed. */
export function releaseDelivery(scope: string, stored: IDataObject, key: string, windowMs: number): void {
	const window = windowFor(scope, stored, windowMs, Date.now());
	window.recent.delete(key);
	save(window, stored);
}

/** Forgets the in-memory window of a workflow's trigger (on deactivation). */
export function forgetDeliveries(scope: string): void {
	windowByTrigger.delete(scope);
}
