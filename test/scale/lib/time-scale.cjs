// Preloaded into every n8n process of the queue-mode tier (NODE_OPTIONS=--require): divides the
// package's 5-minute pacing window by HALOPSA_PACING_DIVISOR, the way scripts/bench/worker.mjs does
// in-process, so Halo's rolling window can be played in seconds against the simulator's window scaled
// the same way. Test-only; the installed package is not modified.
'use strict';
const Module = require('node:module');

const divisor = Number(process.env.HALOPSA_PACING_DIVISOR || 1);
const PACER = /[\\/]n8n-nodes-halopsa[\\/]dist[\\/]nodes[\\/]HaloPsa[\\/]transport[\\/]pacer\.js$/;
const wrapped = Symbol('halopsa-time-scaled');

if (divisor > 1) {
	const load = Module._load;
	Module._load = function (request, parent, ...rest) {
		const exported = load.call(this, request, parent, ...rest);
		if (exported && !exported[wrapped] && typeof exported.takeSlot === 'function' && /pacer$/.test(request)) {
			let file = '';
			try {
				file = Module._resolveFilename(request, parent);
			} catch {
				/* not a file path */
			}
			if (PACER.test(file)) {
				const takeSlot = exported.takeSlot;
				// request.js reads the export at call time, so replacing it is enough.
				exported.takeSlot = (key, budget, windowMs) => takeSlot(key, budget, windowMs / divisor);
				exported[wrapped] = true;
			}
		}
		return exported;
	};
}
