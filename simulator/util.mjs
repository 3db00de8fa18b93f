// Small helpers shared by resources.

export const STATUS_TYPE = { OPEN: 0, PENDING: 1, CLOSED: 2 }; // simulator's meaning of TStatus.type

export const iso = (d) => (d instanceof Date ? d : new Date(d)).toISOString();

export function nameOf(sim, collection, id, field = 'name') {
  if (id === null || id === undefined || id === '') return '';
  const r = sim.store.coll(collection).get(id);
  return r ? r[field] ?? '' : '';
}

export function exists(sim, collection, id) {
  return sim.store.coll(collection).has(id);
}

export function isClosedStatus(sim, statusId) {
  const s = sim.store.coll('statuses').get(statusId);
  return !!s && s.type === STATUS_TYPE.CLOSED;
}

export function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

export function stripHtml(s) {
  return String(s ?? '')
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

export const textToHtml = (s) => (s ? `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>` : '');

export const has = (obj, k) => Object.prototype.hasOwnProperty.call(obj, k);

/** Reference checks for POST validation: {field: [collection, Entity]} → {field: "Client 9 does not exist."} */
export function checkRefs(sim, el, refs) {
  const errors = {};
  for (const [field, [collection, entity]] of Object.entries(refs)) {
    const v = el[field];
    if (v === undefined || v === null || v === 0 || v === '') continue;
    if (!sim.store.coll(collection).has(v)) errors[field] = `${entity} ${v} does not exist.`;
  }
  return errors;
}

export function requireText(el, field, label, existing) {
  const v = el[field];
  if (existing && v === undefined) return {};
  if (v === undefined || v === null || String(v).trim() === '') return { [field]: `The ${label} field is required.` };
  return {};
}
