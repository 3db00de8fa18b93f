/**
 * Checks a report query before it is sent. Halo runs the SQL inside a derived table with the API
 * agent's database rights, so only one read-only SELECT (or WITH … SELECT) is accepted here. The
 * check reads the text as SQL Server would split it: comments, 'strings', [names] and "names" are
 * skipped, so a keyword inside them neither trips the check nor hides from it.
 */

interface Token {
	/** upper-cased for words, as written otherwise */
	text: string;
	word: boolean;
	/** parenthesis depth; 0 = the top-level statement */
	depth: number;
	start: number;
	end: number;
}

/** Statements and clauses that write, run code or reach outside the query; refused anywhere in the text. */
const REFUSED_WORDS = new Set([
	'INSERT',
	'UPDATE',
	'DELETE',
	'MERGE',
	'DROP',
	'ALTER',
	'CREATE',
	'TRUNCATE',
	'EXEC',
	'EXECUTE',
	'GRANT',
	'REVOKE',
	'DENY',
	'INTO',
	'DECLARE',
	'SET',
	'BACKUP',
	'RESTORE',
	'DBCC',
	'SHUTDOWN',
	'KILL',
	'BULK',
	'USE',
	'RECONFIGURE',
	'WAITFOR',
	'OPENROWSET',
	'OPENQUERY',
	'OPENDATASOURCE',
	'OPENXML',
	'GO',
]);

export type SqlCheck = { sql: string } | { problem: string };

function closing(text: string, from: number, close: string, what: string): number {
	let at = from;
	for (;;) {
		const next = text.indexOf(close, at);
		if (next < 0) throw new Error(`${what} is not closed`);
		// A doubled closing character is an escaped one inside the string or name.
		if (close !== '*/' && text.startsWith(close, next + 1)) {
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

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let depth = 0;
	let at = 0;
	while (at < text.length) {
		const char = text[at];
		const pair = text.slice(at, at + 2);
		if (/\s/.test(char)) at++;
		else if (pair === '--') at = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
		else if (pair === '/*') at = blockCommentEnd(text, at);
		else if (char === "'") {
			const start = at;
			at = closing(text, at + 1, "'", "a 'string'");
			tokens.push({ text: 'STRING', word: false, depth, start, end: at });
		} else if (char === '[' || char === '"') {
			const start = at;
			at = closing(text, at + 1, char === '[' ? ']' : '"', `a ${char === '[' ? '[name]' : '"name"'}`);
			tokens.push({ text: 'NAME', word: false, depth, start, end: at });
		} else if (/[A-Za-z_@#]/.test(char)) {
			const word = /^[A-Za-z_@#][\w@#$]*/.exec(text.slice(at))![0];
			tokens.push({ text: word.toUpperCase(), word: true, depth, start: at, end: at + word.length });
			at += word.length;
		} else {
			if (char === '(') depth++;
			if (char === ')') depth--;
			if (depth < 0) throw new Error('a ")" has no matching "("');
			tokens.push({ text: char, word: false, depth: char === '(' ? depth - 1 : depth, start: at, end: at + 1 });
			at++;
		}
	}
	if (depth > 0) throw new Error('a "(" is not closed');
	return tokens;
}

const ORDER_BY_HINT =
	'Halo runs the query inside a derived table, where SQL Server refuses a closing ORDER BY unless the SELECT also has TOP or OFFSET. Add TOP (e.g. SELECT TOP 50000 …) or "OFFSET 0 ROWS" after the ORDER BY, or sort the items in n8n.';

/** The SQL to send (leading/trailing semicolons and comments cut), or what is wrong with it. */
export function checkReportSql(text: string): SqlCheck {
	let tokens: Token[];
	try {
		tokens = tokenize(text);
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
	const refused = tokens.find((token) => token.word && REFUSED_WORDS.has(token.text));
	if (refused) {
		return {
			problem: `must only read data, but contains "${refused.text}" (only a single SELECT or WITH … SELECT is sent to Halo)`,
		};
	}
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
	return { sql: text.slice(tokens[0].start, tokens[tokens.length - 1].end) };
}

/** Halo's load_error for the same rule, made actionable. */
export function explainLoadError(message: string): string {
	return /ORDER BY clause is invalid/i.test(message) ? `${message} ${ORDER_BY_HINT}` : message;
}
