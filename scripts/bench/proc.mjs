// What the queue-mode benchmarks read about the n8n processes they started, from Linux's /proc.
import { readFileSync } from 'node:fs';

/** CPU seconds (user + system) used so far by the given processes (ticks of 10 ms); gone processes count 0. */
export function cpuSeconds(pids) {
	return pids.reduce((sum, pid) => {
		try {
			const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			return sum + (Number(fields[11]) + Number(fields[12])) / 100;
		} catch {
			return sum;
		}
	}, 0);
}

/** Resident memory of the given processes together (MB); gone processes count 0. */
export function rssMB(pids) {
	return pids.reduce((sum, pid) => {
		try {
			return sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
		} catch {
			return sum;
		}
	}, 0);
}

/** Samples rssMB(pids()) every `everyMs` until stop(), which returns the peak (MB). */
export function peakRss(pids, everyMs = 250) {
	let peak = rssMB(pids());
	const timer = setInterval(() => (peak = Math.max(peak, rssMB(pids()))), everyMs);
	return {
		stop() {
			clearInterval(timer);
			return Math.max(peak, rssMB(pids()));
		},
	};
}
