// Halo list conventions: sorting (order/orderdesc), paging (pageinate/page_size/page_no, capped),
// `count` when not paging, and the reply shape (wrapper object or bare array).

export const DEFAULT_PAGE_SIZE = 50;

export function isTrue(v) {
	return typeof v === 'string' ? v.toLowerCase() === 'true' : v === true;
}

export function isFalse(v) {
	return typeof v === 'string' ? v.toLowerCase() === 'false' : v === false;
}

/** "1,2, 3" → [1,2,3] (non-numbers dropped) */
export function parseIds(v) {
	if (v === undefined || v === null || v === '') return [];
	return String(v)
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s !== '')
		.map(Number)
		.filter((n) => Number.isFinite(n));
}

function compare(a, b) {
	const an = a === null || a === undefined || a === '';
	const bn = b === null || b === undefined || b === '';
	if (an || bn) return an && bn ? 0 : an ? -1 : 1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
	return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}

function isSortedById(rows) {
	for (let i = 1; i < rows.length; i++) {
		if (typeof rows[i].id !== 'number' || rows[i].id < rows[i - 1].id) return false;
	}
	return true;
}

/**
 * Sort by `order`/`orderdesc` then `order2..5`; ties (and no order) fall back to id ascending so
 * paging is deterministic. `order` names a record field; unknown fields sort as equal.
 */
export function sortRows(rows, q, defaultOrder = 'id', defaultDesc = false) {
	const keys = [];
	for (const suffix of ['', '2', '3', '4', '5']) {
		const field = q['order' + suffix];
		if (field) keys.push({ field, desc: isTrue(q['orderdesc' + suffix]) });
	}
	if (!keys.length) {
		// Fast path: int-keyed collections are stored in ascending id order already.
		if (defaultOrder === 'id' && !defaultDesc && isSortedById(rows)) return rows;
		keys.push({ field: defaultOrder, desc: defaultDesc });
	}
	keys.push({ field: 'id', desc: false });
	const idCmp = (a, b) => (typeof a.id === 'number' ? a.id - b.id : String(a.id).localeCompare(String(b.id)));
	return rows.slice().sort((a, b) => {
		for (const k of keys) {
			const c = k.field === 'id' ? idCmp(a, b) : compare(a[k.field], b[k.field]);
			if (c) return k.desc ? -c : c;
		}
		return 0;
	});
}

/**
 * How a resource's list treats Halo's paging parameters (its `listPaging`):
 * - PAGES (most lists): pageinate + page_size + page_no page it; without pageinate, `count` caps it;
 * - IGNORES_PAGE_SIZE (/Agent): pageinate=true only switches the reply to its paged wrapper, with every row;
 * - IGNORES_PAGING (/Timesheet, /TimesheetEvent, /Feedback, /Appointment on a live tenant): count, page_size
 *   and pageinate are all ignored, every row comes back every time.
 */
export const LIST_PAGING = { PAGES: 'pages', IGNORES_PAGE_SIZE: 'ignores-page-size', IGNORES_PAGING: 'ignores-paging' };

/**
 * Apply paging / count to already-filtered, sorted rows and build the reply body.
 * @param {object[]} rows
 * @param {Record<string,string>} q lower-cased query
 * @param {{wrapper: string|null, pagedWrapper?: string|null, listPaging?: string, pageCap: number,
 *   present: (rec: object) => object}} opts `pagedWrapper`: the key of a list that is a bare array unless paged
 */
export function listReply(rows, q, { wrapper, pagedWrapper = null, listPaging = LIST_PAGING.PAGES, pageCap, present }) {
	const total = rows.length;
	// evidence: general.lists-ignoring-paging — every row, whatever count/page_size/pageinate say
	if (listPaging === LIST_PAGING.IGNORES_PAGING) {
		const items = rows.map(present);
		return wrapper ? { record_count: total, [wrapper]: items } : items;
	}
	if (isTrue(q.pageinate)) {
		const key = pagedWrapper ?? wrapper;
		// evidence: general.agent-list-results — wrapped as `results`, page_size ignored
		if (listPaging === LIST_PAGING.IGNORES_PAGE_SIZE) {
			const items = rows.map(present);
			return key ? { record_count: total, [key]: items } : items;
		}
		const requested = q.page_size !== undefined && q.page_size !== '' ? Number(q.page_size) : DEFAULT_PAGE_SIZE;
		const size = Math.max(0, Math.min(requested, pageCap));
		const pageNo = Math.max(1, q.page_no !== undefined && q.page_no !== '' ? Number(q.page_no) : 1);
		const start = (pageNo - 1) * size;
		const items = size > 0 ? rows.slice(start, start + size).map(present) : [];
		if (!key) return items;
		// page_size echoes what was asked for (not the cap), like Halo: never derive a page count from it.
		return { page_no: pageNo, page_size: requested, record_count: total, [key]: items };
	}
	let selected = rows;
	if (q.count !== undefined && q.count !== '' && Number(q.count) >= 0) selected = rows.slice(0, Number(q.count));
	const items = selected.map(present);
	return wrapper ? { record_count: total, [wrapper]: items } : items;
}
