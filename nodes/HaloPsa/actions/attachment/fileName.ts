/**
 * The file name of a download, from Halo's Content-Disposition, reduced to a safe base name: the name is
 * Halo's (or whoever wrote the attachment's), and flows write it to disk or pass it to other systems.
 */

/** Path separators, and characters Windows refuses in a name (":" also opens an NTFS stream). */
const UNSAFE = /[<>:"|?*]/g;
/** Control and invisible format characters (CR, LF, NUL, bidi overrides), and Unicode line breaks. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const MAX_LENGTH = 200;

/**
 * The last path segment without control characters, Windows-reserved characters or surrounding blanks,
 * at most MAX_LENGTH characters (the extension kept); undefined when nothing usable is left ("", ".", "..").
 */
export function safeBaseName(raw: string | undefined): string | undefined {
	if (raw === undefined) return undefined;
	const base = raw.replace(INVISIBLE, '').split(/[/\\]/).pop()!.replace(UNSAFE, '_').trim();
	if (/^\.*$/.test(base)) return undefined;
	if (base.length <= MAX_LENGTH) return base;
	const extension = /\.[^.]{1,20}$/.exec(base)?.[0] ?? '';
	return base.slice(0, MAX_LENGTH - extension.length) + extension;
}

/**
 * The file name from Content-Disposition: the RFC 5987 `filename*` (charset'language'percent-encoded)
 * when it decodes to a usable name, else the plain `filename`. A malformed `filename*` must not fail the download.
 */
export function fileNameFrom(disposition: unknown): string | undefined {
	const text = String(disposition ?? '');
	const extended = /filename\*\s*=\s*"?([^";]+)"?/i.exec(text)?.[1]?.trim();
	const decoded = safeBaseName(extended === undefined ? undefined : decodeExtendedValue(extended));
	if (decoded) return decoded;
	const plain = /(?:^|;)\s*filename\s*=\s*(?:"([^"]*)"|([^;]*))/i.exec(text);
	return safeBaseName(plain?.[1] ?? plain?.[2]);
}

function decodeExtendedValue(value: string): string | undefined {
	const parts = /^([\w!#$%&+^`{}~-]*)'[^']*'(.*)$/.exec(value);
	const charset = (parts?.[1] || 'utf-8').toLowerCase();
	const encoded = parts ? parts[2] : value;
	if (!/^(?:[^%]|%[0-9a-f]{2})*$/i.test(encoded)) return undefined;
	const bytes = Buffer.from(
		encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
		'latin1',
	);
	try {
		return new TextDecoder(charset, { fatal: true }).decode(bytes).trim() || undefined;
	} catch {
		return undefined;
	}
}
