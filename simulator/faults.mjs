// Fault injection rules and the rolling-window rate limiter.

let nextFaultId = 1;
const KINDS = ['status', 'latency', 'reset', 'html', 'truncated', 'cutOff', 'lieRecordCount', 'expireTokens'];

export class Faults {
	constructor() {
		this.rules = [];
	}

	/**
	 * rule: {match: {method?, path?}, times? (1; -1 forever), after? (0), kind, status?, body?, contentType?,
	 *        headers?, delayMs?, extra?, applyAfterHandling?}. kind 'expireTokens' is applied by server.mjs (sim.auth.expireAll()).
	 */
	add(rule) {
		if (!rule || !KINDS.includes(rule.kind)) throw new Error(`fault kind must be one of ${KINDS.join(', ')}`);
		const fault = {
			id: nextFaultId++,
			match: rule.match || {},
			times: rule.times === undefined ? 1 : Number(rule.times),
			after: Number(rule.after || 0),
			kind: rule.kind,
			status: rule.status,
			body: rule.body,
			contentType: rule.contentType,
			headers: rule.headers || {},
			delayMs: Number(rule.delayMs || 0),
			extra: rule.extra === undefined ? 100 : Number(rule.extra),
			applyAfterHandling: !!rule.applyAfterHandling,
			seen: 0,
			fired: 0,
		};
		if (fault.match.path && fault.match.path.startsWith('^')) fault.regex = new RegExp(fault.match.path, 'i');
		this.rules.push(fault);
		return fault;
	}

	matches(fault, method, path) {
		if (fault.match.method && fault.match.method.toUpperCase() !== method) return false;
		if (fault.regex) return fault.regex.test(path);
		if (fault.match.path) return path.toLowerCase().startsWith(fault.match.path.toLowerCase());
		return true;
	}

	/** The rule to apply to this request (consumes one use), or null. */
	take(method, path) {
		for (const fault of this.rules) {
			if (!this.matches(fault, method, path)) continue;
			if (fault.times !== -1 && fault.fired >= fault.times) continue;
			fault.seen++;
			if (fault.seen <= fault.after) continue;
			fault.fired++;
			return fault;
		}
		return null;
	}

	list() {
		return this.rules.map(({ regex, ...fault }) => fault);
	}

	clear() {
		this.rules = [];
	}
}

export class RateLimiter {
	constructor() {
		this.hits = [];
	}

	/** @returns {{ok: true} | {ok: false, retryAfterSec: number}} — counts the request when ok */
	check(cfg, now = Date.now()) {
		if (!cfg) return { ok: true };
		const from = now - cfg.windowMs;
		while (this.hits.length && this.hits[0] <= from) this.hits.shift();
		if (this.hits.length >= cfg.limit) {
			const retryAfterSec = Math.max(1, Math.ceil((this.hits[0] + cfg.windowMs - now) / 1000));
			return { ok: false, retryAfterSec };
		}
		this.hits.push(now);
		return { ok: true };
	}

	reset() {
		this.hits = [];
	}
}
