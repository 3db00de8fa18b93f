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
    const e = { seq: ++this.seq, at: new Date().toISOString(), method, path, query, body, status: null, tokenRequest };
    this.entries.push(e);
    if (this.entries.length > this.maxEntries) this.entries.shift();
    const c = this.counters;
    c.total++;
    c.byPath[path] = (c.byPath[path] || 0) + 1;
    const route = `${method} ${path.replace(/\/(\d+|[0-9a-f]{8}-[0-9a-f-]{27})(?=\/|$)/gi, '/{id}')}`;
    c.byRoute[route] = (c.byRoute[route] || 0) + 1;
    if (tokenRequest) c.tokenRequests++;
    else if ((method === 'POST' || method === 'DELETE') && /^\/(halo\/)?api\//i.test(path)) c.writes++;
    e._started = Date.now();
    return e;
  }

  finish(e, status) {
    e.status = status;
    e.durationMs = Date.now() - e._started;
    delete e._started;
    this.counters.byStatus[status] = (this.counters.byStatus[status] || 0) + 1;
    if (status === 429) this.counters.status429++;
  }

  /** Attach a spec-check result to a log entry and keep the findings. */
  recordSpec(e, check) {
    if (check.violations.length) {
      e.specViolation = check.violations.join('; ');
      this.violations.push({ seq: e.seq, at: e.at, method: e.method, path: e.path, query: e.query, operation: check.key || null, violations: check.violations });
    }
    if (check.warnings.length) {
      e.specWarnings = check.warnings;
      this.warnings.push({ seq: e.seq, at: e.at, method: e.method, path: e.path, operation: check.key || null, warnings: check.warnings });
    }
  }

  list() {
    return this.entries.map(({ _started, ...e }) => e);
  }

  stats() {
    return structuredClone(this.counters);
  }
}
