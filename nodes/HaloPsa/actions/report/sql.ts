/**
 * Checks a report query before it is sent. Halo runs the SQL inside a derived table with the API
 * agent's database rights, so only one read-only SELECT (or WITH … SELECT) is accepted here. The
 * check reads the text as SQL Server splits it: 'strings', [names] and "names" are skipped, so a keyword
 * inside them neither trips the check nor hides from it. Comments are cut out before the check and are
 * never sent: Halo refuses `--` comments (EVIDENCE 11.8), and what is checked is then exactly what Halo gets.
 */
import { CONTEXT_WORDS, HALO_REFUSED_WORD, REFUSED_WORDS } from './sqlWords';

interface Token {
	/** upper-cased for words, as written otherwise */
	text: string;
	word: boolean;
	/** parenthesis depth; 0 = the top-level statement */
	depth: number;
	start: number;
	end: number;
}

interface Lexed {
	tokens: Token[];
	/** where the comments are, in order */
	comments: Array<{ start: number; end: number; block: boolean }>;
}

export type SqlCheck = { sql: string } | { problem: string };

/** SQL Server ends a `--` comment at CR or LF (a lone CR too). */
const LINE_BREAK = /[\r\n]/g;
/** A number as SQL Server reads one: `1e1DELETE` is the float 1e1, then DELETE; `0x…` is binary. */
const NUMBER = /0x[0-9a-f]*|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d*)?/iy;
/** Names and keywords; `\w` is ASCII here, so any other character splits words (never merges them). */
const WORD = /[A-Za-z_@#][\w@#$]*/y;

/** The length of the match of a sticky pattern at `at`. */
function lengthAt(pattern: RegExp, text: string, at: number): number {
	pattern.lastIndex = at;
	return pattern.exec(text)?.[0].length ?? 0;
}

function closing(text: string, from: number, close: string, what: string): number {
	let at = from;
	for (;;) {
		const next = text.indexOf(close, at);
		if (next < 0) throw new Error(`${what} is not closed`);
		// A doubled closing character is an escaped one inside the string or name.
		if (text.startsWith(close, next + 1)) {
			at = next + 2;
			continue;
		}
		return next + close.length;
	}
}

/** Skips a block comment; SQL Server allows them nested. */
function blockCommentEnd(text: string, from: number): number {
	let depth = 1;
	let at = from + 2;
	while (depth > 0) {
		const open = text.indexOf('/*', at);
		const close = text.indexOf('*/', at);
		if (close < 0) throw new Error('a /* comment is not closed');
		if (open >= 0 && open < close) {
			depth++;
			at = open + 2;
		} else {
			depth--;
			at = close + 2;
		}
	}
	return at;
}

function lineCommentEnd(text: string, from: number): number {
	LINE_BREAK.lastIndex = from;
	return LINE_BREAK.exec(text)?.index ?? text.length;
}

function lex(text: string): Lexed {
	const tokens: Token[] = [];
	const comments: Lexed['comments'] = [];
	let depth = 0;
	let at = 0;
	const push = (kind: string, word: boolean, start: number, end: number) =>
		tokens.push({ text: kind, word, depth, start, end });
	while (at < text.length) {
		const char = text[at];
		const pair = text.slice(at, at + 2);
		const start = at;
		if (/\s/.test(char)) at++;
		else if (pair === '--' || pair === '/*') {
			at = pair === '--' ? lineCommentEnd(text, at) : blockCommentEnd(text, at);
			comments.push({ start, end: at, block: pair === '/*' });
		} else if (char === "'") {
			at = closing(text, at + 1, "'", "a 'string'");
			push('STRING', false, start, at);
		} else if (char === '[' || char === '"') {
			at = closing(text, at + 1, char === '[' ? ']' : '"', `a ${char === '[' ? '[name]' : '"name"'}`);
			push('NAME', false, start, at);
		} else if (/\d/.test(char) || (char === '.' && /\d/.test(text[at + 1] ?? ''))) {
			at += lengthAt(NUMBER, text, at);
			push('NUMBER', false, start, at);
		} else if (/[A-Za-z_@#]/.test(char)) {
			at += lengthAt(WORD, text, at);
			push(text.slice(start, at).toUpperCase(), true, start, at);
		} else {
			if (char === '(') depth++;
			if (char === ')') depth--;
			if (depth < 0) throw new Error('a ")" has no matching "("');
			tokens.push({ text: char, word: false, depth: char === '(' ? depth - 1 : depth, start, end: at + 1 });
			at++;
		}
	}
	if (depth > 0) throw new Error('a "(" is not closed');
	return { tokens, comments };
}

/** The text without its comments: a block comment becomes a space, a `--` comment nothing (its line break stays). */
function withoutComments(text: string, comments: Lexed['comments']): string {
	let kept = '';
	let from = 0;
	for (const comment of comments) {
		kept += text.slice(from, comment.start) + (comment.block ? ' ' : '');
		from = comment.end;
	}
	return kept + text.slice(from);
}

const ORDER_BY_HINT =
	'Halo runs the query inside a derived table, where SQL Server refuses a closing ORDER BY unless the SELECT also has TOP or OFFSET. Add TOP (e.g. SELECT TOP 50000 …) or "OFFSET 0 ROWS" after the ORDER BY, or sort the items in n8n.';

/** A `GO` matters only alone on its line (optionally with a count), where SQL tools split batches at it. */
function isBatchSeparator(text: string, token: Token): boolean {
	const lineStart = Math.max(text.lastIndexOf('\n', token.start), text.lastIndexOf('\r', token.start)) + 1;
	const lineEnd = lineCommentEnd(text, token.end);
	return /^\s*go(?:\s+\d+)?\s*$/i.test(text.slice(lineStart, lineEnd));
}

/** The first statement word outside its place in a SELECT (see CONTEXT_WORDS), if any. */
function misplacedWord(tokens: Token[]): Token | undefined {
	let openCases = 0;
	for (const [index, token] of tokens.entries()) {
		if (!token.word) continue;
		if (token.text === 'CASE') openCases++;
		if (token.text === 'END' && openCases-- === 0) return token;
		if (token.text === 'FETCH' && !['ROW', 'ROWS'].includes(tokens[index - 1]?.text)) return token;
	}
	return undefined;
}

/** What is wrong with the statement's words, if anything (`sql`: the text the tokens were read from). */
function wordProblem(sql: string, tokens: Token[]): string | undefined {
	if (HALO_REFUSED_WORD.test(sql)) {
		return 'contains the word "drop", which Halo refuses anywhere in a report query (even inside a \'string\' or a [name])';
	}
	const refused = tokens.find((token) => token.word && REFUSED_WORDS.has(token.text));
	if (refused) {
		return `must only read data, but contains "${refused.text}" (only a single SELECT or WITH … SELECT is sent to Halo; a column of that name goes in [brackets])`;
	}
	const misplaced = misplacedWord(tokens);
	if (misplaced) {
		const rule = CONTEXT_WORDS[misplaced.text as keyof typeof CONTEXT_WORDS];
		return `must only read data, but contains "${misplaced.text}" where it does not belong to a SELECT (in a SELECT it ${rule})`;
	}
	const go = tokens.find((token) => token.text === 'GO' && isBatchSeparator(sql, token));
	if (go) return 'must be a single query, but a line with only "GO" separates batches';
	return undefined;
}

/** The SQL to send (comments and leading/trailing semicolons cut), or what is wrong with it. */
export function checkReportSql(text: string): SqlCheck {
	let tokens: Token[];
	let sent: string;
	try {
		const original = lex(text);
		sent = withoutComments(text, original.comments);
		const again = lex(sent);
		// Cutting comments must never make new ones; what Halo gets holds none.
		if (again.comments.length) throw new Error('its comments could not be removed');
		tokens = again.tokens;
	} catch (error) {
		return { problem: `is not complete SQL: ${(error as Error).message}` };
	}
	// ";WITH" is a common T-SQL habit; semicolons around the one statement are dropped.
	while (tokens.length && tokens[0].text === ';') tokens.shift();
	while (tokens.length && tokens[tokens.length - 1].text === ';') tokens.pop();
	if (!tokens.length) return { problem: 'is empty: enter a SELECT query' };
	if (tokens[0].text !== 'SELECT' && tokens[0].text !== 'WITH') {
		return { problem: `must be a single SELECT (or WITH … SELECT) query, but starts with "${tokens[0].text}"` };
	}
	if (tokens.some((token) => token.text === ';')) {
		return { problem: 'must be a single query, but a ";" separates several statements' };
	}
	const problem = wordProblem(sent, tokens);
	if (problem) return { problem };
	const top = tokens.filter((token) => token.depth === 0 && token.word);
	if (!top.some((token) => token.text === 'SELECT')) {
		return { problem: 'must end in a SELECT: a WITH clause needs the SELECT that uses it' };
	}
	const orderAt = top.findIndex((token, index) => token.text === 'ORDER' && top[index + 1]?.text === 'BY');
	const unlocks = top.some(
		(token, index) =>
			token.text === 'TOP' || token.text === 'OFFSET' || (token.text === 'FOR' && top[index + 1]?.text === 'XML'),
	);
	if (orderAt >= 0 && !unlocks) return { problem: `ends with ORDER BY without TOP or OFFSET. ${ORDER_BY_HINT}` };
	return { sql: sent.slice(tokens[0].start, tokens[tokens.length - 1].end) };
}

/** Halo's load_error for the same rule, made actionable. */
export function explainLoadError(message: string): string {
	return /ORDER BY clause is invalid/i.test(message) ? `${message} ${ORDER_BY_HINT}` : message;
}
