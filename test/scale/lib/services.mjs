// The scratch services under the queue-mode tier: PostgreSQL and Redis on free loopback ports, each
// listed in $SCALE_CLEANUP_LIST as it starts so scripts/scale.sh's trap stops it even if this process dies
// first; and `psql` for the counts a test reads straight from n8n's database.
//
// Environment (set by scripts/scale.sh):
//   SCALE_PG_BIN       folder holding initdb / pg_ctl / psql
//   SCALE_CLEANUP_LIST file every PostgreSQL data folder, Redis and haproxy pid file is appended to
import { execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort, sleep } from '../../e2e/lib/n8n.mjs';

export function required(name) {
	const value = process.env[name];
	if (!value) throw new Error(`${name} is not set: run this tier through \`npm run test:scale\` (scripts/scale.sh)`);
	return value;
}

export function noteForCleanup(kind, value) {
	const list = process.env.SCALE_CLEANUP_LIST;
	if (list) appendFileSync(list, `${kind} ${value}\n`);
}

/** Runs a command as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
function asPostgres(command, args) {
	const bin = path.join(required('SCALE_PG_BIN'), command);
	// cwd: a folder the postgres user may enter (the project folder may not be)
	const options = { stdio: 'pipe', cwd: os.tmpdir() };
	if (process.getuid?.() === 0) return execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], options);
	return execFileSync(bin, args, options);
}

/** A throw-away PostgreSQL cluster (trust auth, user `n8n`, no durability: it is deleted afterwards). */
export async function startPostgres() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'halopsa-scale-pg-'));
	if (process.getuid?.() === 0) {
		const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
		chownSync(dir, uid, gid);
	}
	const data = path.join(dir, 'data');
	const port = await freePort();
	asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'n8n', '--no-sync']);
	noteForCleanup('pg', data);
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
	asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
	return {
		port,
		dir,
		stop() {
			try {
				asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
			} catch {
				/* already stopped */
			}
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** A throw-away Redis (no persistence). */
export async function startRedis() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'halopsa-scale-redis-'));
	const port = await freePort();
	const pidFile = path.join(dir, 'redis.pid');
	execFileSync('redis-server', [
		'--port',
		String(port),
		'--bind',
		'127.0.0.1',
		'--daemonize',
		'yes',
		'--save',
		'',
		'--appendonly',
		'no',
		'--pidfile',
		pidFile,
		'--dir',
		dir,
		'--logfile',
		path.join(dir, 'redis.log'),
	]);
	noteForCleanup('redis', pidFile);
	// --daemonize returns before the server listens
	for (let i = 0; i < 100; i++) {
		try {
			if (
				execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'pipe' })
					.toString()
					.trim() === 'PONG'
			)
				break;
		} catch {
			/* not yet */
		}
		await sleep(100);
	}
	return {
		port,
		stop() {
			try {
				execFileSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { stdio: 'pipe' });
			} catch {
				/* already stopped */
			}
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/**
 * Rows of one SQL query on the scratch database (psql, tab-separated, no header), each an array of column
 * texts. For counts a test must read exactly and fast (thousands of executions), not through n8n's API.
 */
export function sql(pg, query) {
	const out = execFileSync(
		path.join(required('SCALE_PG_BIN'), 'psql'),
		['-h', '127.0.0.1', '-p', String(pg.port), '-U', 'n8n', '-d', 'postgres', '-AtF', '\t', '-c', query],
		{ stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024, cwd: os.tmpdir() },
	).toString();
	return out
		.split('\n')
		.filter((line) => line !== '')
		.map((line) => line.split('\t'));
}
