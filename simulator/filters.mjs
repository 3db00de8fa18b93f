// List filters declared as data: each resource maps a lower-case query parameter name to a
// predicate (row, value, q, sim) => boolean. These helpers build the common predicates.
// evidence: general.spec-list-filters (the parameters are the spec's; how each one matches is assumed)
import { isTrue, parseIds } from './paging.mjs';

const lc = (v) => String(v ?? '').toLowerCase();

/** field equals the integer value */
export const eq = (field) => (row, v) => Number(row[field]) === Number(v);

/** field is one of the comma-separated ids */
export const inIds = (field) => (row, v) => {
	const ids = parseIds(v);
	return ids.length === 0 || ids.includes(Number(row[field]));
};

/** case-insensitive exact string match */
export const same = (field) => (row, v) => lc(row[field]) === lc(v);

/** case-insensitive substring over several fields (arrays of strings / {text} are searched too) */
export const contains =
	(...fields) =>
	(row, v) => {
		const needle = lc(v).trim();
		if (!needle) return true;
		return fields.some((f) => {
			const val = typeof f === 'function' ? f(row) : row[f];
			if (Array.isArray(val))
				return val.some((x) => lc(typeof x === 'object' && x ? (x.text ?? x.name) : x).includes(needle));
			return lc(val).includes(needle);
		});
	};

/** only when the flag is true: keep rows matching pred */
export const whenTrue = (pred) => (row, v, q, sim) => (isTrue(v) ? pred(row, sim, q) : true);

/** `open=true` / `closed=true` (purchase orders, quotes): split the rows on whether `status` is the closed one */
export const openClosed = (closedStatus) => ({
	open: whenTrue((row) => row.status !== closedStatus),
	closed: whenTrue((row) => row.status === closedStatus),
});

/** date range: rows whose field is >= startdate / <= enddate */
export const dateFrom = (field) => (row, v) => !v || (row[field] && Date.parse(row[field]) >= Date.parse(v));
export const dateTo = (field) => (row, v) => !v || (row[field] && Date.parse(row[field]) <= Date.parse(v));

/**
 * Default "active only" behaviour shared by Client/Site/Users/Asset/KBArticle: inactive rows are
 * hidden unless includeinactive=true; includeactive=false hides active rows.
 */
export function activeFilter(row, q) {
	const inactive = row.inactive === true;
	if (inactive && !isTrue(q.includeinactive)) return false;
	if (!inactive && String(q.includeactive).toLowerCase() === 'false') return false;
	return true;
}
