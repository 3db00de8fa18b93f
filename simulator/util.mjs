// Small helpers shared by resources.

export const STATUS_TYPE = { OPEN: 0, PENDING: 1, CLOSED: 2 }; // simulator's meaning of TStatus.type

export const iso = (date) => (date instanceof Date ? date : new Date(date)).toISOString();

export function nameOf(sim, collection, id, field = 'name') {
	if (id === null || id === undefined || id === '') return '';
	const record = sim.store.coll(collection).get(id);
	return record ? (record[field] ?? '') : '';
}

export function exists(sim, collection, id) {
	return sim.store.coll(collection).has(id);
}

export function isClosedStatus(sim, statusId) {
	const status = sim.store.coll('statuses').get(statusId);
	return !!status && status.type === STATUS_TYPE.CLOSED;
}

export function escapeHtml(text) {
	return String(text ?? '').replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char],
	);
}

export function stripHtml(html) {
	return String(html ?? '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/p>/gi, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.trim();
}

export const textToHtml = (text) => (text ? `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>` : '');

export const has = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

/** Reference checks for POST validation: {field: [collection, Entity]} → {field: "Client 9 does not exist."} */
export function checkRefs(sim, el, refs) {
	const errors = {};
	for (const [field, [collection, entity]] of Object.entries(refs)) {
		const id = el[field];
		if (id === undefined || id === null || id === 0 || id === '') continue;
		if (!sim.store.coll(collection).has(id)) errors[field] = `${entity} ${id} does not exist.`;
	}
	return errors;
}

export function requireText(el, field, label, existing) {
	const value = el[field];
	if (existing && value === undefined) return {};
	if (value === undefined || value === null || String(value).trim() === '')
		return { [field]: `The ${label} field is required.` };
	return {};
}
