/**
 * The two scopes in which the nodes and the credential remember things, so that every cache says at its
 * declaration how long an entry lives and what bounds it:
 * - per run: keyed by n8n's context object. n8n makes a new one for every node run, dropdown and trigger
 *   call, so an entry lives as long as that run (a WeakMap holds it no longer).
 * - per process: shared by every run in this n8n process, keyed by a string, bounded by a number of
 *   entries; when full, the entry used least recently is dropped.
 */
export interface Cache<K, V> {
	get(key: K): V | undefined;
	set(key: K, value: V): void;
	delete(key: K): void;
}

/** Per run: one entry per n8n context object, gone with it. */
export function perRunCache<V>(): Cache<object, V> {
	return new WeakMap<object, V>();
}

/** Per process: at most `maxEntries` entries; reading or writing one makes it the last to be dropped. */
export function perProcessCache<V>(maxEntries: number): Cache<string, V> {
	return new RecentlyUsed<V>(maxEntries);
}

class RecentlyUsed<V> implements Cache<string, V> {
	// A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
	private readonly entries = new Map<string, V>();

	constructor(private readonly maxEntries: number) {}

	get(key: string): V | undefined {
		const value = this.entries.get(key);
		if (value !== undefined) this.set(key, value);
		return value;
	}

	set(key: string, value: V): void {
		this.entries.delete(key);
		this.entries.set(key, value);
		if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
	}

	delete(key: string): void {
		this.entries.delete(key);
	}
}

/** The entry for `key`, made by `create` the first time it is asked for. */
export function cached<K, V>(cache: Cache<K, V>, key: K, create: () => V): V {
	let value = cache.get(key);
	if (value === undefined) {
		value = create();
		cache.set(key, value);
	}
	return value;
}

/**
 * A shared answer: whoever asks for `key` while the first request is in flight, or after it succeeded,
 * gets the same promise; a failed one is dropped, so the next caller tries again.
 */
export async function cachedPromise<K, V>(cache: Cache<K, Promise<V>>, key: K, start: () => Promise<V>): Promise<V> {
	let pending = cache.get(key);
	if (!pending) {
		const started = start();
		pending = started;
		cache.set(key, started);
		started.catch(() => {
			if (cache.get(key) === started) cache.delete(key);
		});
	}
	return await pending;
}
