// Request log, counters and spec-check findings.

export class RequestLog {
	constructor({ maxEntries = 50000 } = {}) {
		this.maxEntries = maxEntries;
		this.clear();
	}

	clear() {
		this.entries = [];
		this.seq = 0;
		this.violations = [];
		this.warnings = [];
		this.counters = { total: 0, byPath: {}, byRoute: {}, byStatus: {}, tokenRequests: 0, status429: 0, writes: 0 };
	}

	start({ method, path, query, body, tokenRequest }) {
		const entry = {
			seq: ++this.seq,
			at: new Date().toISOString(),
			method,
			path,
			query,
			body,
			status: null,
			tokenRequest,
		};
		this.entries.push(entry);
		if (this.entries.length > this.maxEntries) this.entries.shift();
		const counters = this.counters;
		counters.total++;
		counters.byPath[path] = (counters.byPath[path] || 0) + 1;
		const route = `${method} ${path.replace(/\/(\d+|[0-9a-f]{8}-[0-9a-f-]{27})(?=\/|$)/gi, '/{id}')}`;
		counters.byRoute[route] = (counters.byRoute[route] || 0) + 1;
		if (tokenRequest) counters.tokenRequests++;
		else if ((method === 'POST' || method === 'DELETE') && /^\/(halo\/)?api\//i.test(path)) counters.writes++;
		entry._started = Date.now();
		return entry;
	}

	finish(entry, status) {
		entry.status = status;
		entry.durationMs = Date.now() - entry._started;
		delete entry._started;
		this.counters.byStatus[status] = (this.counters.byStatus[status] || 0) + 1;
		if (status === 429) this.counters.status429++;
	}

	/** Attach a spec-check result to a log entry and keep the findings. */
	recordSpec(entry, check) {
		if (check.violations.length) {
			entry.specViolation = check.violations.join('; ');
			this.violations.push({
				seq: entry.seq,
				at: entry.at,
				method: entry.method,
				path: entry.path,
				query: entry.query,
				operation: check.key || null,
				violations: check.violations,
			});
		}
		if (check.warnings.length) {
			entry.specWarnings = check.warnings;
			this.warnings.push({
				seq: entry.seq,
				at: entry.at,
				method: entry.method,
				path: entry.path,
				operation: check.key || null,
				warnings: check.warnings,
			});
		}
	}

	list() {
		return this.entries.map(({ _started, ...entry }) => entry);
	}

	stats() {
		return structuredClone(this.counters);
	}
}
