import type { IDataObject } from 'n8n-workflow';

import { ANY_EVENT, eventOf } from './events';

/** Constant-time comparison: the time taken does not reveal how much of a guess was right. */
export function safeEqual(given: string, expected: string): boolean {
	const a = Buffer.from(given, 'utf8');
	const b = Buffer.from(expected, 'utf8');
	let diff = a.length ^ b.length;
	for (let i = 0; i < b.length; i++) diff |= (a[i % Math.max(a.length, 1)] ?? 0) ^ b[i];
	return diff === 0;
}

/** Checks an `Authorization: Basic …` header against the expected user and password. */
export function basicAuthMatches(header: unknown, user: string, password: string): boolean {
	if (!user || !password || typeof header !== 'string') return false;
	const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
	if (!match) return false;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	// Compare the whole "user:password" so neither half short-circuits.
	return safeEqual(decoded, `${user}:${password}`);
}

/**
 * The events of one delivery. Halo sends one JSON object per event, or an array of them when the
 * webhook batches (batched shape not documented: both are accepted).
 */
export function deliveryEvents(body: unknown): IDataObject[] | undefined {
	if (Array.isArray(body)) {
		return body.every((entry) => entry && typeof entry === 'object' && !Array.isArray(entry)) ? (body as IDataObject[]) : undefined;
	}
	if (body && typeof body === 'object') return [body as IDataObject];
	return undefined;
}

export function eventSelected(event: IDataObject, selected: string[], customNumbers: number[]): boolean {
	if (selected.includes(ANY_EVENT)) return true;
	const known = eventOf(event.event);
	if (known) return selected.includes(known.value) || customNumbers.includes(known.eventno);
	// An event this package has no name for: only a custom event number subscription can have asked for it.
	return customNumbers.length > 0;
}

/**
 * Remembers delivery ids for a while, so a delivery Halo re-sends does not start a second execution.
 * Kept in memory for this n8n process (immediate) and in the workflow's static data (survives restarts).
 */
const recentByWorkflow = new Map<string, Map<string, number>>();
const MAX_REMEMBERED = 1000;

export function isDuplicate(scope: string, stored: IDataObject, deliveryId: string, windowMs: number, now = Date.now()): boolean {
	let recent = recentByWorkflow.get(scope);
	if (!recent) {
		recent = new Map(Object.entries((stored.recentDeliveries as Record<string, number>) ?? {}));
		recentByWorkflow.set(scope, recent);
	}
	for (const [id, seenAt] of recent) if (now - seenAt > windowMs) recent.delete(id);
	if (recent.has(deliveryId)) return true;
	recent.set(deliveryId, now);
	while (recent.size > MAX_REMEMBERED) recent.delete(recent.keys().next().value as string);
	stored.recentDeliveries = Object.fromEntries(recent);
	return false;
}
