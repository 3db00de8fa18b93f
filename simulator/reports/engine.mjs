// Runs a report's SQL over the store with a real SQL engine (alasql), the way Halo's /Report answers:
// a failure comes back as `load_error` text (HTTP 200), never as an HTTP error.
import alasql from 'alasql';

import { TABLES } from './tables.mjs';

// evidence: reports.row-cap
export const REPORT_ROW_CAP = 50_000;

// SQL Server's own text for the derived-table rule (EVIDENCE 9.5).
export const ORDER_BY_ERROR =
	'The ORDER BY clause is invalid in views, inline functions, derived tables, subqueries, and common table expressions, unless TOP, OFFSET or FOR XML is also specified.';

// SQL Server compares names case-insensitively; alasql does so only in this mode.
alasql.options.casesensitive = false;
alasql.options.errorlog = false;

// Halo's own refusals of a report query before it reaches SQL Server (EVIDENCE 11.8); the wording is assumed.
export const LINE_COMMENT_ERROR = "Report SQL does not support '--' comments: use /* */ instead.";
export const DROP_ERROR = "Report SQL must not contain the word 'drop'.";

/** Whether the text has a `--` comment: outside 'strings', "names", [names] and /* comments *\/. */
function hasLineComment(sql) {
	const closers = { "'": "'", '"': '"', '[': ']' };
	for (let at = 0; at < sql.length; at++) {
		const pair = sql.slice(at, at + 2);
		if (pair === '--') return true;
		if (pair === '/*') {
			const end = sql.indexOf('*/', at + 2);
			if (end < 0) return false;
			at = end + 1;
		} else if (closers[sql[at]]) {
			const end = sql.indexOf(closers[sql[at]], at + 1);
			if (end < 0) return false;
			at = end; // a doubled closer ('' or ]]) reopens at the next step, which is the same reading
		}
	}
	return false;
}

/** Halo runs the query as a derived table, so only one SELECT (or WITH … SELECT) can run. */
function checkStatement(sql) {
	if (hasLineComment(sql)) return LINE_COMMENT_ERROR; // evidence: reports.no-line-comments
	if (/(?<![a-z0-9_])drop(?![a-z0-9_])/i.test(sql)) return DROP_ERROR; // evidence: reports.no-drop
	let parsed;
	try {
		parsed = alasql.parse(sql);
	} catch (error) {
		return `Incorrect syntax: ${firstLine(error.message)}`;
	}
	const statements = parsed.statements ?? [];
	if (statements.length !== 1) return "Incorrect syntax near ';'."; // evidence: reports.single-select (assumption)
	const statement = statements[0];
	const select = statement.withs ? statement.select : statement;
	if (!select || select.constructor?.name !== 'Select') {
		const keyword = sql.trim().split(/\s+/)[0].toUpperCase();
		return `Incorrect syntax near the keyword '${keyword}'.`; // evidence: reports.single-select
	}
	// evidence: reports.order-by-needs-top
	if (select.order && !select.top && select.offset === undefined && select.limit === undefined) return ORDER_BY_ERROR;
	return undefined;
}

function firstLine(text) {
	return String(text).split('\n').filter(Boolean).slice(0, 3).join(' ');
}

function loadDatabase(sim) {
	const db = new alasql.Database();
	for (const [name, table] of Object.entries(TABLES)) {
		const rows = table.rows(sim);
		const columns = new Map(table.columns);
		for (const key of Object.keys(rows[0] ?? {})) if (!columns.has(key)) columns.set(key, 'STRING');
		db.exec(`CREATE TABLE ${name} (${[...columns].map(([column, type]) => `[${column}] ${type}`).join(', ')})`);
		db.tables[name].data = rows;
	}
	return db;
}

// evidence: reports.column-types (the type names and groups are assumed; Halo's own words are unknown)
const COLUMN_TYPES = {
	int: 'number',
	decimal: 'number',
	bit: 'boolean',
	datetime: 'date',
	nvarchar: 'text',
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The SQL Server type of a result column, judged from its values (alasql keeps no column types). */
function columnType(rows, name) {
	const values = rows.map((row) => row[name]).filter((value) => value !== null && value !== undefined);
	if (!values.length) return 'nvarchar';
	if (values.every((v) => v instanceof Date || (typeof v === 'string' && ISO_DATE.test(v)))) return 'datetime';
	if (values.every((v) => typeof v === 'boolean')) return 'bit';
	if (values.every((v) => typeof v === 'number')) return values.every(Number.isInteger) ? 'int' : 'decimal';
	return 'nvarchar';
}

// evidence: reports.values-as-text — every cell is text (NULL stays null); dates without a zone, bits as .NET's True/False.
function cellText(value) {
	if (value === null || value === undefined) return null;
	if (value instanceof Date) return value.toISOString().replace(/Z$/, '');
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (typeof value === 'string' && ISO_DATE.test(value)) return value.replace(/Z$/, '');
	return String(value);
}

/**
 * @returns {{rows: object[], columns: object[], loadError: string}} rows capped at REPORT_ROW_CAP, every value
 * as text; columns as Halo's available_columns items {id, name, data_type, data_type_group}; loadError is '' on success.
 */
export function runReportSql(sim, sql) {
	const text = String(sql ?? '').trim();
	if (!text) return { rows: [], columns: [], loadError: 'No SQL query was given.' };
	const problem = checkStatement(text);
	if (problem) return { rows: [], columns: [], loadError: problem };
	let result;
	try {
		result = loadDatabase(sim).exec(text);
	} catch (error) {
		return { rows: [], columns: [], loadError: firstLine(error.message) };
	}
	const raw = (Array.isArray(result) ? result : []).slice(0, REPORT_ROW_CAP);
	const names = Object.keys(raw[0] ?? {});
	const columns = names.map((name, index) => {
		const dataType = columnType(raw, name);
		return { id: index + 1, name, data_type: dataType, data_type_group: COLUMN_TYPES[dataType] };
	});
	const rows = raw.map((row) => Object.fromEntries(names.map((name) => [name, cellText(row[name])])));
	return { rows, columns, loadError: '' };
}
