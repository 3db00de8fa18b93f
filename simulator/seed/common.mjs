// What every seeding file shares: the seeded PRNG, the anchor date and fast ISO dates.

function hashSeed(str) {
	let h = 2166136261;
	for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** mulberry32 */
export function makeRng(seed) {
	let a = hashSeed(String(seed));
	const next = () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (arr) => arr[Math.floor(next() * arr.length)],
		chance: (p) => next() < p,
		weighted: (pairs) => {
			let r = next() * pairs.reduce((s, [, w]) => s + w, 0);
			for (const [v, w] of pairs) if ((r -= w) < 0) return v;
			return pairs[pairs.length - 1][0];
		},
		uuid: () => {
			const h = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
			return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
		},
	};
}

export function defaultAnchor() {
	const d = new Date();
	return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

// Fast ISO formatting (seeding 20k tickets formats ~250k dates): cache the day part, build the time part.
const dayCache = new Map();
const p2 = (n) => (n < 10 ? '0' + n : '' + n);
export function iso(ms) {
	const day = Math.floor(ms / 86400000);
	let d = dayCache.get(day);
	if (d === undefined) {
		d = new Date(day * 86400000).toISOString().slice(0, 11);
		dayCache.set(day, d);
	}
	let r = ms - day * 86400000;
	const h = Math.floor(r / 3600000);
	r -= h * 3600000;
	const m = Math.floor(r / 60000);
	r -= m * 60000;
	const sec = Math.floor(r / 1000);
	const milli = r - sec * 1000;
	return `${d}${p2(h)}:${p2(m)}:${p2(sec)}.${milli < 10 ? '00' + milli : milli < 100 ? '0' + milli : milli}Z`;
}
export const HOUR = 3600e3;
export const DAY = 24 * HOUR;
