import { sleep } from 'n8n-workflow';

/**
 * Per-credential request pacing. Hosted Halo counts requests per tenant in a rolling window
 * (300 per 5 minutes), across every workflow that uses the same application, so the state lives
 * for the lifetime of the n8n process, keyed by API URL + client id. Holds timestamps only.
 */
interface PaceState {
	starts: number[];
	pausedUntil: number;
}

const states = new Map<string, PaceState>();

function stateFor(key: string): PaceState {
	let state = states.get(key);
	if (!state) {
		state = { starts: [], pausedUntil: 0 };
		states.set(key, state);
	}
	return state;
}

/** Waits until one more request fits the budget, then books it. Returns the milliseconds waited. */
export async function takeSlot(key: string, budget: number, windowMs: number): Promise<number> {
	const state = stateFor(key);
	let waited = 0;
	for (;;) {
		const now = Date.now();
		let wait = Math.max(0, state.pausedUntil - now);
		if (wait === 0 && budget > 0) {
			while (state.starts.length && state.starts[0] <= now - windowMs) state.starts.shift();
			if (state.starts.length >= budget) wait = state.starts[0] + windowMs - now + 1;
		}
		if (wait === 0) {
			if (budget > 0) state.starts.push(now);
			return waited;
		}
		await sleep(wait);
		waited += wait;
	}
}

/** After a 429 every request on the same credential waits, not just the one that was refused. */
export function pauseUntil(key: string, until: number): void {
	const state = stateFor(key);
	state.pausedUntil = Math.max(state.pausedUntil, until);
}
