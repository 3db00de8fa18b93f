// Halo's API as any client sees it (a token of its own), for tests of what the simulator models.
import { simToken } from './support.mjs';

/** One request to the simulator's API with a fresh token: `{status, json}`. */
export async function haloApi(sim, method, path, body) {
	const token = await simToken(sim);
	const res = await fetch(`${sim.url}/api${path}`, {
		method,
		headers: {
			Authorization: `Bearer ${token}`,
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: res.status, json: await res.json() };
}
