// Halo's API as any client sees it (a token of its own), for tests of what the simulator models.

/** One request to the simulator's API with a fresh token: `{status, json}`. */
export async function haloApi(sim, method, path, body) {
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: sim.clientId,
		client_secret: sim.clientSecret,
		scope: 'all',
	});
	const { access_token: token } = await (
		await fetch(`${sim.url}/auth/token?tenant=${sim.tenant}`, { method: 'POST', body: form })
	).json();
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
