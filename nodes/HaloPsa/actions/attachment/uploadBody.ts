import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { inputError } from '../../helpers/validate';
import { MAX_FILE_SIZE_LABEL, MB, tooLarge } from './fields';

/** Bytes read per step from n8n's binary store (a multiple of 3, so most steps need no carry-over). */
const ENCODE_STEP = 3 * 64 * 1024;

/**
 * The file's size in bytes without reading it: n8n's `bytes` (n8n ≥ 1.x stores it with the binary), else
 * the binary-data service's metadata (filesystem/S3 mode), else the length of the inline base64.
 */
export async function binarySize(ctx: IExecuteFunctions, binary: IBinaryData): Promise<number> {
	const bytes = (binary as IBinaryData & { bytes?: unknown }).bytes;
	if (typeof bytes === 'number' && Number.isFinite(bytes)) return bytes;
	if (binary.id) return Number((await ctx.helpers.getBinaryMetadata(binary.id)).fileSize);
	const base64 = String(binary.data ?? '');
	const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
	return Math.max(0, Math.floor((base64.length * 3) / 4) - padding);
}

/** Refuses an empty file, or one over the limit, before a byte of it is read. */
export function checkSize(ctx: IExecuteFunctions, itemIndex: number, fileName: string, size: number, limitMb: number) {
	if (size === 0) {
		throw inputError(
			ctx,
			itemIndex,
			'Input Binary Field',
			`"${fileName}" is empty (0 bytes): there is no file to attach`,
		);
	}
	if (size > limitMb * MB) {
		throw inputError(
			ctx,
			itemIndex,
			'Input Binary Field',
			`${tooLarge(fileName, size, limitMb)}; raise ${MAX_FILE_SIZE_LABEL} if your Halo accepts larger files`,
		);
	}
}

const ALPHABET = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 'latin1');
const PAD = 0x3d; // '='

/**
 * Writes the base64 of `source[0..length)` into `target` at `offset` and returns the new offset. Done by
 * hand, byte by byte, because Node's encoder returns a string: tens of MB of short-lived strings grow the
 * V8 heap for good. `length` must be a multiple of 3 except for the file's last piece (which gets padding).
 */
function encodeBase64Into(source: Buffer, length: number, target: Buffer, offset: number): number {
	let at = offset;
	let i = 0;
	for (const whole = length - (length % 3); i < whole; i += 3) {
		const triple = (source[i] << 16) | (source[i + 1] << 8) | source[i + 2];
		target[at++] = ALPHABET[triple >>> 18];
		target[at++] = ALPHABET[(triple >>> 12) & 63];
		target[at++] = ALPHABET[(triple >>> 6) & 63];
		target[at++] = ALPHABET[triple & 63];
	}
	if (i < length) {
		const hasSecond = i + 1 < length;
		const pair = (source[i] << 16) | (hasSecond ? source[i + 1] << 8 : 0);
		target[at++] = ALPHABET[pair >>> 18];
		target[at++] = ALPHABET[(pair >>> 12) & 63];
		target[at++] = hasSecond ? ALPHABET[(pair >>> 6) & 63] : PAD;
		target[at++] = PAD;
	}
	return at;
}

/** The file's bytes as a sequence of chunks: streamed from n8n's binary store, or the inline buffer. */
async function* fileChunks(ctx: IExecuteFunctions, itemIndex: number, property: string, binary: IBinaryData) {
	if (binary.id) {
		for await (const chunk of await ctx.helpers.getBinaryStream(binary.id, ENCODE_STEP)) yield chunk as Buffer;
	} else {
		yield await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	}
}

/**
 * The request body `[{...record, data_base64: "data:<mime>;base64,<file>"}]` as one JSON Buffer, built
 * without an intermediate copy of the file: the base64 is written straight into a buffer of the exact
 * size, a step at a time, from a stream of the file (n8n's filesystem/S3 store) or the inline buffer. A JSON object body would hold the file three more
 * times (base64 string, JSON text, bytes on the wire).
 */
export async function uploadBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: string,
	binary: IBinaryData,
	size: number,
	record: IDataObject,
	mimeType: string,
): Promise<Buffer> {
	const fields = JSON.stringify(record);
	const head = Buffer.from(
		`[${fields.slice(0, -1)},"data_base64":${JSON.stringify(`data:${mimeType};base64,`).slice(0, -1)}`,
	);
	const tail = Buffer.from('"}]');
	const base64Length = 4 * Math.ceil(size / 3);
	const body = Buffer.allocUnsafe(head.length + base64Length + tail.length);
	let offset = head.copy(body, 0);
	const end = head.length + base64Length;
	let carry: Buffer = Buffer.alloc(0);
	let read = 0;
	for await (const chunk of fileChunks(ctx, itemIndex, property, binary)) {
		read += chunk.length;
		if (read > size) break;
		const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
		const whole = data.length - (data.length % 3);
		offset = encodeBase64Into(data, whole, body, offset);
		carry = data.subarray(whole);
	}
	if (read === size) offset = encodeBase64Into(carry, carry.length, body, offset);
	if (read !== size || offset !== end) {
		throw inputError(
			ctx,
			itemIndex,
			'Input Binary Field',
			`the stored file has ${read} bytes, but its metadata says ${size}; nothing was sent`,
		);
	}
	tail.copy(body, offset);
	return body;
}

const DATA_KEY = /"(?:data|data_base64)"\s*:\s*"/g;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Halo's upload reply echoes the whole file as base64 in `data` (EVIDENCE 5.3). The reply is read as a
 * stream and those values are dropped as they arrive (replaced by null), so the reply never becomes a
 * second copy of the file in memory. A base64 or data-URI value holds no quote or backslash, so it ends
 * at the next quote.
 */
export async function parseUploadReply(reply: unknown): Promise<unknown> {
	if (typeof reply === 'string') return reply.trim() === '' ? undefined : jsonParse(reply);
	let chunks: AsyncIterable<unknown> | Iterable<unknown>;
	if (reply instanceof ArrayBuffer) chunks = [Buffer.from(reply)];
	else if (Buffer.isBuffer(reply)) chunks = [reply];
	else if (reply && typeof (reply as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function')
		chunks = reply as AsyncIterable<unknown>;
	else return reply;
	let kept: Buffer = Buffer.alloc(0);
	let searchFrom = 0;
	let skipping = false;
	for await (const raw of chunks) {
		let chunk: Buffer = Buffer.isBuffer(raw) ? raw : Buffer.from(raw as string);
		while (chunk.length) {
			if (skipping) {
				const end = chunk.indexOf(QUOTE);
				if (end < 0) break; // the whole chunk is file content
				skipping = false;
				chunk = chunk.subarray(end + 1);
				continue;
			}
			kept = Buffer.concat([kept, chunk]);
			chunk = Buffer.alloc(0);
			DATA_KEY.lastIndex = 0;
			const text = kept.subarray(searchFrom).toString('latin1');
			let match: RegExpExecArray | null;
			let found = -1;
			while ((match = DATA_KEY.exec(text))) {
				const at = searchFrom + match.index;
				if (at > 0 && kept[at - 1] === BACKSLASH) continue; // the words inside another string
				found = at + match[0].length;
				break;
			}
			if (found < 0) {
				searchFrom = Math.max(searchFrom, kept.length - 40); // a key may be cut at the chunk's end
				continue;
			}
			chunk = kept.subarray(found);
			kept = Buffer.concat([kept.subarray(0, found - 1), Buffer.from('null')]);
			searchFrom = kept.length;
			skipping = true;
		}
	}
	const text = kept.toString('utf8').trim();
	return text === '' ? undefined : jsonParse(text);
}
