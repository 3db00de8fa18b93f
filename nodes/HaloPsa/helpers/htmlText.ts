/**
 * Halo's long texts (ticket details, action notes) are often HTML mail. An AI agent reads them as text: this
 * turns HTML into plain text (block tags become line breaks, list items "- ", entities decoded, scripts,
 * styles and comments dropped). Text without tags or entities comes back unchanged.
 */

const LOOKS_LIKE_HTML = /<\/?[a-z][^>]*>|<!--|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;

/** Elements whose content is never text a reader sees. An unclosed one runs to the end. */
const HIDDEN = /<(script|style|head|title|template|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>/g;
const BREAK = /<br\b[^>]*>/gi;
const LIST_ITEM = /<li\b[^>]*>/gi;
const CELL = /<\/?(?:td|th)\b[^>]*>/gi;
const BLOCK =
	/<\/?(?:p|div|h[1-6]|ul|ol|dl|dt|dd|tr|table|thead|tbody|tfoot|blockquote|pre|hr|section|article|header|footer|address|nav|aside|figure|figcaption|form|fieldset|center|body|html)\b[^>]*>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	bull: '•',
	middot: '·',
	copy: '©',
	reg: '®',
	trade: '™',
	euro: '€',
	pound: '£',
	deg: '°',
	times: '×',
	laquo: '«',
	raquo: '»',
	zwnj: '',
	zwj: '',
	shy: '',
};

function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z][a-z0-9]*));/gi, (whole, dec, hex, name) => {
		if (name !== undefined) return NAMED[String(name).toLowerCase()] ?? whole;
		const code = dec !== undefined ? Number(dec) : parseInt(String(hex), 16);
		// Out-of-range and NUL code points are not characters: keep the entity as written.
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

export function looksLikeHtml(text: string): boolean {
	return LOOKS_LIKE_HTML.test(text);
}

export function htmlToText(html: string): string {
	if (!looksLikeHtml(html)) return html;
	const marked = html
		.replace(HIDDEN, '')
		.replace(COMMENT, '')
		// Source line breaks and runs of spaces are layout in HTML: the breaks that matter come from the tags.
		.replace(/\s+/g, ' ')
		.replace(BREAK, '\n')
		.replace(LIST_ITEM, '\n- ')
		.replace(CELL, ' ')
		.replace(BLOCK, '\n')
		.replace(TAG, '');
	return decodeEntities(marked)
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
