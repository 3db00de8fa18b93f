// Benchmark scenario 6: memory of an attachment upload. How much does a process's peak RSS grow while this
// node uploads one large file (Attachment → Upload), relative to the file's size? Printed by run.mjs,
// never asserted (memory depends on the machine, V8 and n8n's HTTP client).
//
// Each size runs in a fresh child process (this file, forked) so peak RSS (getrusage maxRSS) belongs to
// that upload alone. The file is written to disk and handed to n8n's binary-data service as a stream, as
// a real n8n 2.x stores binaries (filesystem mode): the item holds only a reference, and nothing the size
// of the file is in memory before the node runs. A 1 MB upload first warms the code paths, then GC, then
// the baseline RSS is read; growth = peak RSS − baseline.
//
//   node scripts/bench/upload-memory.mjs [--mb 40]      (standalone: starts its own simulator)
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '../..');
const MB = 1024 * 1024;

/** Writes `bytes` random bytes to a file in 1 MB chunks (never holds the file in memory). */
function writeRandomFile(file, bytes) {
	const fd = openSync(file, 'w');
	for (let left = bytes; left > 0; left -= MB) writeSync(fd, randomBytes(Math.min(MB, left)));
	closeSync(fd);
}

/** In the child: store the file as n8n does, upload it once, report RSS figures. */
async function measure({ sim, bytes }) {
	const { createEngine } = await import('../../test/harness/engine.mjs');
	const { oursCredential, OURS } = await import('./scenarios.mjs');
	const engine = await createEngine({ packageDir: ROOT, credentials: { haloPsaApi: oursCredential(sim) } });
	const coreRequire = createRequire(createRequire(import.meta.url).resolve('n8n-core'));
	const { Container } = coreRequire('@n8n/di');
	const { BinaryDataService } = coreRequire('n8n-core');
	const binaryData = Container.get(BinaryDataService);
	const dir = mkdtempSync(path.join(tmpdir(), 'halo-upload-bench-'));
	const stored = async (size, name) => {
		const file = path.join(dir, name);
		writeRandomFile(file, size);
		const location = { type: 'execution', workflowId: 'bench', executionId: 'bench' };
		return await binaryData.store(location, createReadStream(file), {
			fileName: name,
			mimeType: 'application/pdf',
			data: '',
		});
	};
	const upload = async (binary) => {
		const res = await engine.runNode({
			type: OURS.node,
			typeVersion: OURS.typeVersion,
			parameters: {
				resource: 'attachment',
				operation: 'upload',
				ticketId: { __rl: true, mode: 'id', value: '1001' },
				binaryPropertyName: 'data',
				options: { maxSizeMb: 100 },
			},
			items: [{ json: {}, binary: { data: binary } }],
		});
		if (res.error) throw new Error(`upload failed: ${res.error.message}`);
		return res.items[0].json;
	};
	try {
		await upload(await stored(MB, 'warm.pdf'));
		const big = await stored(bytes, 'big.pdf');
		globalThis.gc?.();
		await new Promise((resolve) => setTimeout(resolve, 50));
		globalThis.gc?.();
		const rssBefore = process.memoryUsage().rss;
		// getrusage's maxRSS is the peak of the whole process so far; the warm-up and set-up stay far below it.
		const peakBefore = process.resourceUsage().maxRSS * 1024;
		// Where the memory is, sampled every 2 ms: Buffers (off the V8 heap) and the V8 heap (strings, objects).
		let peakArrayBuffers = 0;
		let peakHeap = 0;
		const sampler = setInterval(() => {
			const usage = process.memoryUsage();
			peakArrayBuffers = Math.max(peakArrayBuffers, usage.arrayBuffers);
			peakHeap = Math.max(peakHeap, usage.heapUsed);
		}, 2);
		const heapBefore = process.memoryUsage();
		const out = await upload(big).finally(() => clearInterval(sampler));
		const peak = process.resourceUsage().maxRSS * 1024;
		return {
			bytes,
			filesize: out.filesize,
			rssBeforeMB: rssBefore / MB,
			peakBeforeMB: peakBefore / MB,
			peakMB: peak / MB,
			growthMB: (peak - rssBefore) / MB,
			growthPerFileSize: (peak - rssBefore) / bytes,
			buffersGrowthMB: (peakArrayBuffers - heapBefore.arrayBuffers) / MB,
			heapGrowthMB: (peakHeap - heapBefore.heapUsed) / MB,
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** In the parent: one child process per measurement. `sim`: {url, tenant, clientId, clientSecret}. */
export function runUploadMemory(sim, megabytes) {
	return new Promise((resolve, reject) => {
		const child = fork(SELF, ['--child'], {
			execArgv: ['--expose-gc'],
			env: { ...process.env, N8N_LOG_LEVEL: 'silent', HARNESS_BINARY_MODE: 'filesystem' },
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		let answer;
		child.on('message', (message) => {
			answer = message;
		});
		child.on('error', reject);
		child.on('exit', (code) => {
			if (answer?.ok) resolve(answer.result);
			else reject(new Error(`upload-memory child failed (exit ${code}): ${answer?.error ?? 'no answer'}`));
		});
		child.send({ sim, bytes: Math.round(megabytes * MB) });
	});
}

if (process.argv.includes('--child')) {
	process.once('message', (job) => {
		measure(job).then(
			(result) => process.send({ ok: true, result }, () => process.exit(0)),
			(error) => process.send({ ok: false, error: String(error?.stack ?? error) }, () => process.exit(1)),
		);
	});
} else if (process.argv[1] === SELF) {
	const i = process.argv.indexOf('--mb');
	const megabytes = i > 0 ? Number(process.argv[i + 1]) : 40;
	const { startSimulator } = await import('../../simulator/index.mjs');
	const simulator = await startSimulator({ port: 0, ticketCount: 20 });
	try {
		const r = await runUploadMemory(
			{
				url: simulator.url,
				tenant: simulator.tenant,
				clientId: simulator.clientId,
				clientSecret: simulator.clientSecret,
			},
			megabytes,
		);
		console.log(JSON.stringify(r, null, 2));
	} finally {
		await simulator.close();
	}
}
