// The generic collection handler: list / get / post (create + partial update, array bodies) /
// delete for every resource, driven by a resource definition (see resources/*.mjs).
import { notFound, validationError, HttpError } from './errors.mjs';
import { isTrue, listReply, sortRows } from './paging.mjs';
import { validateCustomFields, mergeCustomFields, presentCustomFields } from './customfields.mjs';

/**
 * @typedef {object} ResourceDef
 * @property {string} name              path segment, e.g. "Tickets"
 * @property {string} collection        store collection, e.g. "tickets"
 * @property {string} entity            entity word used in messages, e.g. "Ticket"
 * @property {string} [schema]          spec schema of POST elements, e.g. "Faults"
 * @property {string|null} [wrapper]    list wrapper key; null = bare array
 * @property {string|null} [pagedWrapper] wrapper key of a bare-array list when paged (Agent: `results`)
 * @property {string} [listPaging]      how the list treats paging parameters (paging.mjs LIST_PAGING)
 * @property {string[]} [ops]           subset of list/get/post/delete
 * @property {Record<string, Function>} [filters]  lower-case param → predicate(row, value, q, sim)
 * @property {Function} [baseFilter]    (row, q, sim) => boolean, applied to every list
 * @property {number} [customFieldType] FieldInfo typeid of this entity's custom fields
 */
export function defineResource(def) {
	return {
		ops: ['list', 'get', 'post', 'delete'],
		idType: 'int',
		wrapper: null,
		filters: {},
		readOnly: [],
		extraFields: [],
		transient: [],
		hideInList: [],
		routes: [],
		defaultOrder: 'id',
		...def,
	};
}

export function isNewId(def, id) {
	if (id === undefined || id === null || id === '' || id === 0 || id === '0') return true;
	if (def.idType === 'uuid' && /^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(String(id))) return true;
	return false;
}

/** `scope`: what else the request says (its query, or the POSTed element), for records an id alone does not name. */
export function findRecord(def, sim, id, scope) {
	return def.find ? def.find(sim, id, scope) : sim.store.coll(def.collection).get(id);
}

export function present(def, rec, ctx, mode) {
	const out = { id: rec.id, ...rec };
	if (def.mirror) Object.assign(out, def.mirror(rec, ctx.sim));
	if (def.customFieldType) {
		if (mode === 'list') {
			const ids = ctx.query?.include_custom_fields;
			if (ids) out.customfields = presentCustomFields(ctx.sim, def.customFieldType, rec, ids);
			else delete out.customfields;
		} else {
			out.customfields = presentCustomFields(ctx.sim, def.customFieldType, rec);
		}
	}
	if (mode === 'list') for (const k of def.hideInList) delete out[k];
	if (def.transform) def.transform(out, rec, ctx, mode);
	return out;
}

export function handleList(def, sim, req) {
	const q = req.query;
	let rows = sim.store.coll(def.collection).all();
	if (def.baseFilter) rows = rows.filter((r) => def.baseFilter(r, q, sim));
	for (const [param, pred] of Object.entries(def.filters)) {
		const v = q[param];
		if (v === undefined || v === '') continue;
		rows = rows.filter((r) => pred(r, v, q, sim));
	}
	rows = sortRows(rows, q, def.defaultOrder, def.defaultDesc);
	const ctx = { sim, query: q };
	return {
		status: 200,
		body: listReply(rows, q, {
			wrapper: def.wrapper,
			pagedWrapper: def.pagedWrapper,
			listPaging: def.listPaging,
			pageCap: sim.config.pageCap,
			present: (r) => present(def, r, ctx, 'list'),
		}),
	};
}

export function handleGet(def, sim, req) {
	const rec = findRecord(def, sim, req.params.id, req.query);
	if (!rec || (def.canGet && !def.canGet(rec, req.query, sim))) throw notFound();
	return { status: 200, body: present(def, rec, { sim, query: req.query }, 'get') };
}

function applyFields(def, sim, rec, el) {
	const props = sim.spec.schemaProps(def.schema);
	for (const [k, v] of Object.entries(el)) {
		if (k === 'id' || k === 'customfields' || k.startsWith('_')) continue;
		if (def.readOnly.includes(k) || def.transient.includes(k)) continue;
		if (props.has(k) || def.extraFields.includes(k))
			rec[k] = v === null || typeof v !== 'object' ? v : structuredClone(v);
	}
}

/**
 * Validate then write every element of a POST body (all-or-nothing validation).
 * ctx: {sim, agentId, events: [], now}
 * @returns {object[]} the stored records
 */
export function writeRecords(def, sim, elements, ctx) {
	const coll = sim.store.coll(def.collection);
	const errors = {};
	const plans = elements.map((el, i) => {
		if (!el || typeof el !== 'object' || Array.isArray(el)) {
			errors[`[${i}]`] = 'The element must be a JSON object.';
			return null;
		}
		let existing = null;
		if (!isNewId(def, el.id)) {
			existing = findRecord(def, sim, el.id, el);
			if (!existing) throw notFound();
		}
		const errs = { ...(def.validate ? def.validate(el, { ...ctx, existing, index: i }) : {}) };
		if (def.customFieldType && el.customfields !== undefined) {
			Object.assign(errs, validateCustomFields(sim, def.customFieldType, el.customfields));
		}
		for (const [k, v] of Object.entries(errs)) errors[`[${i}].${k}`] = v;
		return { el, existing };
	});
	if (Object.keys(errors).length) throw validationError(errors);
	const results = [];
	for (const { el, existing } of plans) {
		const before = existing ? structuredClone(existing) : null;
		const rec = existing || (def.defaults ? def.defaults(ctx) : {});
		applyFields(def, sim, rec, el);
		if (def.customFieldType && el.customfields) mergeCustomFields(sim, def.customFieldType, rec, el.customfields);
		if (def.beforeSave) def.beforeSave(rec, el, { ...ctx, before, isNew: !existing });
		if (!existing) coll.insert(rec);
		if (def.afterSave) def.afterSave(before, rec, el, ctx);
		results.push(rec);
	}
	return results;
}

export function handlePost(def, sim, req, ctx) {
	const body = req.body;
	if (!Array.isArray(body)) throw new HttpError(400, { Message: 'The request is invalid.' });
	const results = writeRecords(def, sim, body, ctx);
	const pctx = { sim, query: req.query };
	const out = results.map((r) => present(def, r, pctx, 'get'));
	// evidence: general.post-one-object — a one-element POST is answered with the record itself;
	// evidence: general.post-returnall — several elements: only the last record unless ?returnall=true.
	if (out.length !== 1 && (isTrue(req.query?.returnall) || !out.length)) return { status: 201, body: out };
	return { status: 201, body: out[out.length - 1] };
}

export function handleDelete(def, sim, req, ctx) {
	const rec = findRecord(def, sim, req.params.id, req.query);
	if (!rec) throw notFound();
	if (def.beforeDelete) def.beforeDelete(rec, req.query, { ...ctx, sim });
	sim.store.coll(def.collection).delete(rec.id);
	if (def.afterDelete) def.afterDelete(rec, req.query, { ...ctx, sim });
	return { status: 200, body: { id: rec.id, deleted: true } };
}

/** Dispatch one /api request to the resource. sub = path segment after the resource name. */
export function dispatch(def, sim, req, ctx) {
	const custom = def.routes.find(
		(r) =>
			r.method === req.method &&
			(r.sub === null
				? req.sub === null
				: r.sub === '{id}'
					? req.sub !== null
					: req.sub && r.sub.toLowerCase() === req.sub.toLowerCase()),
	);
	if (custom) return custom.handler(sim, req, ctx);
	if (req.method === 'GET' && req.sub === null && def.ops.includes('list')) return handleList(def, sim, req);
	if (req.method === 'GET' && req.sub !== null && def.ops.includes('get')) return handleGet(def, sim, req);
	if (req.method === 'POST' && req.sub === null && def.ops.includes('post')) return handlePost(def, sim, req, ctx);
	if (req.method === 'DELETE' && req.sub !== null && def.ops.includes('delete'))
		return handleDelete(def, sim, req, ctx);
	return null;
}

/** The operations this resource serves, in spec form ("GET /Tickets/{id}"). */
export function operationsOf(def) {
	const ops = [];
	if (def.ops.includes('list')) ops.push(`GET /${def.name}`);
	for (const r of def.routes) if (r.sub && r.sub !== '{id}') ops.push(`${r.method} /${def.name}/${r.sub}`);
	if (def.ops.includes('get')) ops.push(`GET /${def.name}/{id}`);
	if (def.ops.includes('post')) ops.push(`POST /${def.name}`);
	if (def.ops.includes('delete')) ops.push(`DELETE /${def.name}/{id}`);
	return ops;
}
