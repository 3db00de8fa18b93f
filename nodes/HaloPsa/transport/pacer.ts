import { sleep } from 'n8n-workflow';

import { cached, perProcessCache } from '../helpers/cache';

/*
 * Per-credential request pacing. Hosted Halo counts requests per tenant in a rolling window
 * (300 per 5 minutes), across every workflow that uses the same application, so the state is kept
 * per n8n process, keyed by API URL + client id. Holds timestamps only.
 *
 * A booking counts from when its answer came back, not from when it was sent: Halo counts a request
 * when it arrives, which is later than the send, so a slot freed at send time + window would be
 * freed a little before Halo frees it, and the first request at the window's edge would get a 429.
 *
 * Several n8n processes (queue-mode workers, a main instance) cannot see each other's requests without
 * a shared store, and the package has no runtime dependency to reach one. So each process paces to its
 * share of the budget (the credential's "Processes Sharing the Budget"), and a 429 that arrives although
 * this process kept to its share tells it that the tenant is busier than configured: it then paces to
 * what it actually got through in the window (never less than half its limit at once), and creeps back
 * up by a tenth of its share per quiet window.
 */

export interface Booking {
	/** The time the window counts this request from; Infinity while in flight (it cannot age out before its answer). */
	countsFrom: number;
}

interface PaceState {
	bookings: Booking[];
	pausedUntil: number;
	/** Limit learned from a 429 (below this process's share), and when; absent while none applies. */
	learned?: { limit: number; at: number };
	/** The window the latest slot was taken with (the caller's; tests scale it down). */
	windowMs: number;
}

/** Waits are re-evaluated at least this often, so a limit that creeps back up is noticed. */
const MAX_SINGLE_WAIT_MS = 5_000;
/** While every booking is in flight nothing can age out yet: look again after this long. */
const IN_FLIGHT_RECHECK_MS = 50;

// Per process (Halo's window spans executions); bound: 1000 credentials, each holding at most its share of
// bookings. The one used least recently goes first; only a process pacing more than 1000
// Halo applications at once would forget bookings still in a window.
const states = perProcessCache<PaceState>(1000);

function stateFor(key: string): PaceState {
	return cached(states, key, () => ({ bookings: [], pausedUntil: 0, windowMs: 0 }));
}

/** This process's part of the tenant's budget: `budget` split over `processes`, at least 1 (0 = pacing off). */
export function shareOfBudget(budget: number, processes: number): number {
	if (!(budget > 0)) return 0;
	const sharing = Number.isFinite(processes) && processes >= 1 ? Math.floor(processes) : 1;
	return Math.max(1, Math.floor(budget / sharing));
}

/** The limit in force now: the share, or lower while a 429 taught that the tenant is busier. */
function currentLimit(state: PaceState, share: number, now: number): number {
	const learned = state.learned;
	if (!learned || share <= 0) return share;
	const quietWindows = state.windowMs > 0 ? Math.floor((now - learned.at) / state.windowMs) : 0;
	const limit = learned.limit + quietWindows * Math.max(1, Math.ceil(share / 10));
	if (limit >= share) {
		state.learned = undefined;
		return share;
	}
	return limit;
}

/**
 * Waits until one more request fits this process's share of the budget (`shareOfBudget`), then books it.
 * Call `settle` on the booking when the answer (or failure) comes back. A share of 0 books nothing (pacing off).
 */
export async function takeSlot(
	key: string,
	share: number,
	windowMs: number,
): Promise<{ waited: number; booking: Booking }> {
	const state = stateFor(key);
	state.windowMs = windowMs;
	let waited = 0;
	for (;;) {
		const now = Date.now();
		const limit = currentLimit(state, share, now);
		let wait = Math.max(0, state.pausedUntil - now);
		if (wait === 0 && limit > 0 && state.bookings.length >= limit) {
			state.bookings = state.bookings.filter((booking) => booking.countsFrom > now - windowMs);
			if (state.bookings.length >= limit) {
				// The booking that must age out before one more fits under the limit.
				const ages = state.bookings.map((booking) => booking.countsFrom).sort((a, b) => a - b);
				const freeing = ages[state.bookings.length - limit];
				// All in flight: wait for one to come back (it is settled then), checking again shortly.
				wait = Number.isFinite(freeing) ? freeing + windowMs - now + 1 : IN_FLIGHT_RECHECK_MS;
			}
		}
		if (wait === 0) {
			const booking: Booking = { countsFrom: Infinity };
			if (share > 0) state.bookings.push(booking);
			return { waited, booking };
		}
		const slept = Math.min(wait, MAX_SINGLE_WAIT_MS);
		await sleep(slept);
		waited += slept;
	}
}

/** The request's answer is in: from now on it ages out of the window like Halo's count of it. */
export function settle(booking: Booking): void {
	booking.countsFrom = Date.now();
}

/** After a 429 every request on the same credential waits, not just the one that was refused. */
export function pauseUntil(key: string, until: number): void {
	// A pause that never ends (NaN, Infinity) would stop every later request on the credential.
	if (!Number.isFinite(until)) return;
	const state = stateFor(key);
	state.pausedUntil = Math.max(state.pausedUntil, until);
}

/**
 * Halo answered 429 to `refused` although this process paced to `share`: other processes (or other
 * integrations) use the same tenant. From now on pace to what got through in the window — the requests
 * Halo accepted from this process while the tenant filled up — but never below half the limit in force,
 * so one stray 429 cannot starve the process. Returns the new limit (for the node's retry notes).
 */
export function learnFromRefusal(key: string, share: number, refused: Booking): number {
	if (share <= 0) return share;
	const state = stateFor(key);
	const now = Date.now();
	const limit = currentLimit(state, share, now);
	const accepted = state.bookings.filter(
		(booking) => booking !== refused && booking.countsFrom > now - state.windowMs,
	).length;
	const learned = Math.max(1, Math.floor(limit / 2), Math.min(limit, accepted));
	if (learned < share) state.learned = { limit: learned, at: now };
	return learned;
}
