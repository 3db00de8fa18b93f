// Checks every /api request against the spec slice (simulator/spec/halo-spec-slice.json):
// operation exists, query parameter names are declared (plus a small allow-list of newer-build
// extensions), values have the declared type, POST bodies are arrays of objects whose declared
// properties have compatible types. Unknown body properties are warnings (Halo ignores them); unknown
// query parameters are violations that Halo does not refuse (it ignores them, see check()).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SLICE_PATH = fileURLToPath(new URL('./spec/halo-spec-slice.json', import.meta.url));

/** Query parameters accepted on top of the spec (newer Halo builds): name → type, per operation ("*" = every GET). */
export const QUERY_EXTENSIONS = {
	'*GET': { include_custom_fields: 'List<int>' },
	// evidence: general.post-returnall — Halo answers a multi-element POST in full only with returnall=true
	'*POST': { returnall: 'bool' },
	// evidence: actions.delete-needs-ticket — live Halo requires ?ticket_id= when deleting an action
	'DELETE /Actions/{id}': { ticket_id: 'int' },
	// evidence: general.agent-list-results — a live /Agent answers pageinate (undeclared in the spec) with `results`
	'GET /Agent': { pageinate: 'bool', page_size: 'int', page_no: 'int' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function queryValueOk(type, v) {
	if (v === '') return true; // empty binds to null in ASP.NET
	switch (type) {
		case 'int':
			return /^-?\d+$/.test(v);
		case 'bool':
			return /^(true|false)$/i.test(v);
		case 'double':
			return v.trim() !== '' && Number.isFinite(Number(v));
		case 'List<int>':
			return /^\s*-?\d+\s*(,\s*-?\d+\s*)*$/.test(v);
		case 'uuid':
			return UUID.test(v);
		default:
			return true;
	}
}

const typeWord = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export class SpecChecker {
	constructor(slice = JSON.parse(readFileSync(SLICE_PATH, 'utf8'))) {
		this.slice = slice;
		this.ops = Object.entries(slice.operations).map(([key, op]) => {
			const [method, path] = key.split(' ');
			const segs = path.split('/').filter(Boolean);
			return { key, method, segs, op, literal: segs.filter((s) => !s.startsWith('{')).length };
		});
		this.ops.sort((a, b) => b.literal - a.literal); // "/Agent/me" before "/Agent/{id}"
		this.propCache = new Map();
	}

	/** Set of property names of a schema (empty set when unknown). */
	schemaProps(name) {
		if (!this.propCache.has(name)) this.propCache.set(name, new Set(Object.keys(this.slice.schemas[name] || {})));
		return this.propCache.get(name);
	}

	/** @returns {{key, op, params} | {error: string, status: number}} */
	match(method, apiPath) {
		const segs = apiPath.split('/').filter(Boolean);
		let pathMatched = false;
		for (const o of this.ops) {
			if (o.segs.length !== segs.length) continue;
			const params = {};
			const ok = o.segs.every((s, i) => {
				if (s.startsWith('{')) {
					params[s.slice(1, -1)] = decodeURIComponent(segs[i]);
					return true;
				}
				return s.toLowerCase() === segs[i].toLowerCase();
			});
			if (!ok) continue;
			pathMatched = true;
			if (o.method === method) return { key: o.key, op: o.op, params };
		}
		return pathMatched
			? { error: `The requested resource does not support http method '${method}'.`, status: 405 }
			: { error: `No operation ${method} /api${apiPath} in the spec`, status: 404 };
	}

	/**
	 * @param {{method: string, apiPath: string, query: [string,string][], body: unknown, bodyError?: string}} req
	 * @returns {{key?: string, params?: object, violations: string[], warnings: string[], routeError?: {status, message}}}
	 */
	/**
	 * `violations`: everything the request got wrong (the request log keeps them; tests fail on any). Halo refuses
	 * only some: `refusals` (400 ValidationException), `badPathId` (400 ModelState), `modelState`; the parameters
	 * in `ignoredQuery` it silently ignores.
	 */
	check(req) {
		const violations = [];
		const warnings = [];
		const ignoredQuery = [];
		const matched = this.match(req.method, req.apiPath);
		if (matched.error)
			return {
				violations: [matched.error],
				refusals: [],
				ignoredQuery,
				warnings,
				routeError: { status: matched.status, message: matched.error },
			};
		const { op, params, key } = matched;
		let badPathId;
		for (const [name, type] of Object.entries(op.path || {})) {
			if (queryValueOk(type, params[name] ?? '')) continue;
			violations.push(`Path parameter '${name}' must be ${type}, got '${params[name]}'`);
			// evidence: general.bad-id-modelstate
			badPathId ??= { name, value: params[name] };
		}
		const declared = new Map(Object.entries(op.query || {}).map(([name, type]) => [name.toLowerCase(), type]));
		const ext = { ...(QUERY_EXTENSIONS['*' + req.method] || {}), ...(QUERY_EXTENSIONS[key] || {}) };
		for (const [name, type] of Object.entries(ext)) if (!declared.has(name)) declared.set(name, type);
		const refusals = [];
		for (const [name, value] of req.query) {
			const type = declared.get(name.toLowerCase());
			if (!type) {
				// evidence: general.unknown-query-ignored — Halo ignores it: a misspelled filter returns the whole list
				ignoredQuery.push(name);
				violations.push(
					`Query parameter '${name}' is not declared for ${key}: Halo ignores it (a misspelled filter returns the whole list)`,
				);
			} else if (!queryValueOk(type, value)) {
				refusals.push(`Query parameter '${name}' must be ${type}, got '${value}'`);
				violations.push(refusals[refusals.length - 1]);
			}
		}
		this.modelState = undefined;
		const bodyViolations = [];
		if (op.body) this.checkBody(op.body, req, bodyViolations, warnings);
		else if (req.body !== undefined && req.body !== null && req.method !== 'GET')
			warnings.push(`${key} takes no request body; it was ignored`);
		violations.push(...bodyViolations);
		refusals.push(...bodyViolations);
		return {
			key,
			params,
			violations,
			refusals,
			ignoredQuery,
			warnings,
			...(badPathId ? { badPathId } : {}),
			...(this.modelState ? { modelState: this.modelState } : {}),
		};
	}

	checkBody(spec, req, violations, warnings) {
		if (req.bodyError) return violations.push(`Request body is not valid JSON: ${req.bodyError}`);
		const body = req.body;
		if (body === undefined || body === null)
			return violations.push(`Request body is required: a JSON array of ${spec.items} objects`);
		if (spec.type === 'array' && !Array.isArray(body)) {
			return violations.push(`Request body must be a JSON array of ${spec.items} objects, got ${typeWord(body)}`);
		}
		const schema = spec.type === 'array' ? spec.items : spec.schema;
		(Array.isArray(body) ? body : [body]).forEach((el, i) =>
			this.checkObject(schema, el, `[${i}]`, violations, warnings),
		);
	}

	checkObject(schemaName, el, where, violations, warnings) {
		if (typeWord(el) !== 'object')
			return violations.push(`${where} must be a ${schemaName} object, got ${typeWord(el)}`);
		const props = this.slice.schemas[schemaName] || {};
		for (const [property, value] of Object.entries(el)) {
			const propertyType = props[property];
			if (!propertyType) {
				warnings.push(`${where}.${property} is not a property of ${schemaName} (Halo ignores it)`);
				continue;
			}
			this.checkValue(propertyType, value, `${where}.${property}`, violations, warnings);
		}
	}

	checkValue(type, value, where, violations, warnings) {
		const nullable = type.endsWith('?');
		const baseType = nullable ? type.slice(0, -1) : type;
		if (value === null) {
			if (!nullable && baseType !== 'any') violations.push(`${where} must be ${baseType}, got null`);
			return;
		}
		const bad = () =>
			violations.push(`${where} must be ${baseType}, got ${typeWord(value)} ${JSON.stringify(value).slice(0, 40)}`);
		if (baseType.startsWith('array<')) {
			if (!Array.isArray(value)) return bad();
			const item = baseType.slice(6, -1);
			if (this.slice.schemas[item])
				value.forEach((element, i) => this.checkObject(item, element, `${where}[${i}]`, violations, warnings));
			else if (['int', 'number', 'bool', 'string'].includes(item))
				value.forEach((element, i) => this.checkValue(item + '?', element, `${where}[${i}]`, violations, warnings));
			else
				value.forEach(
					(element, i) => typeWord(element) !== 'object' && violations.push(`${where}[${i}] must be an object`),
				);
			return;
		}
		switch (baseType) {
			case 'int':
				// evidence: general.int-string-modelstate — a string where Halo wants an integer is refused in ASP.NET's ModelState shape
				if (typeof value === 'string') {
					this.modelState ??= {};
					this.modelState[where] = [
						`Could not convert string to integer: ${value}. Path '${where}', line 1, position 1.`,
					];
				}
				if (!Number.isInteger(value)) bad();
				return;
			case 'number':
				if (typeof value !== 'number') bad();
				return;
			case 'bool':
				if (typeof value !== 'boolean') bad();
				return;
			case 'string':
			case 'date-span':
				if (typeof value === 'number' || typeof value === 'boolean')
					warnings.push(`${where} is a string field; ${typeWord(value)} ${value} was coerced`);
				else if (typeof value !== 'string') bad();
				return;
			case 'date-time':
				if (typeof value !== 'string' || (value !== '' && Number.isNaN(Date.parse(value)))) bad();
				return;
			case 'uuid':
				if (typeof value !== 'string' || (value !== '' && !UUID.test(value))) bad();
				return;
			case 'byte':
				if (typeof value !== 'string') bad();
				return;
			case 'object':
				if (typeWord(value) !== 'object') bad();
				return;
			default:
				return; // any, binary
		}
	}
}
