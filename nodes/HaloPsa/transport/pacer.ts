import { sleep } from 'n8n-workflow';

/**
 * Per-credential request pacing. Hosted Halo counts requests per tenant in a rolling window
 * (300 per 5 minutes), across every workflow that uses the same application, so the state lives
 * for the lifetime of the n8n process, keyed by API URL + client id. Holds timestamps only.
 *
 * A booking counts from when its answer came back, not from when it was sent: Halo counts a request
 * when it arrives, which is later than the send, so a slot freed at send time + window would be
 * freed a little before Halo frees it, and the first request at the window's edge would get a 429.
 */
export interface Booking {
	/** The time the window counts this request from; Infinity while in flight (it cannot age out before its answer). */
	countsFrom: number;
}

interface PaceState {
	bookings: Booking[];
	pausedUntil: number;
}

const states = new Map<string, PaceState>();

function stateFor(key: string): PaceState {
	let state = states.get(key);
	if (!state) {
		state = { bookings: [], pausedUntil: 0 };
		states.set(key, state);
	}
	return state;
}

/**
 * Waits until one more request fits the budget, then books it. Call `settle` on the booking when the
 * answer (or failure) comes back. A budget of 0 books nothing (pacing off).
 */
export async function takeSlot(key: string, budget: number, windowMs: number): Promise<{ waited: number; booking: Booking }> {
	const state = stateFor(key);
	let waited = 0;
	for (;;) {
		const now = Date.now();
		let wait = Math.max(0, state.pausedUntil - now);
		if (wait === 0 && budget > 0 && state.bookings.length >= budget) {
			state.bookings = state.bookings.filter((booking) => booking.countsFrom > now - windowMs);
			if (state.bookings.length >= budget) {
				const oldest = Math.min(...state.bookings.map((booking) => booking.countsFrom));
				// All in flight: wait for one to come back (it is settled then), checking again shortly.
				wait = Number.isFinite(oldest) ? oldest + windowMs - now + 1 : IN_FLIGHT_RECHECK_MS;
			}
		}
		if (wait === 0) {
			const booking: Booking = { countsFrom: Infinity };
			if (budget > 0) state.bookings.push(booking);
			return { waited, booking };
		}
		await sleep(wait);
		waited += wait;
	}
}

const IN_FLIGHT_RECHECK_MS = 50;

/** The request's answer is in: from now on it ages out of the window like Halo's count of it. */
export function settle(booking: Booking): void {
	booking.countsFrom = Date.now();
}

/** After a 429 every request on the same credential waits, not just the one that was refused. */
export function pauseUntil(key: string, until: number): void {
	const state = stateFor(key);
	state.pausedUntil = Math.max(state.pausedUntil, until);
}
