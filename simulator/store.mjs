// In-memory data store: one Collection per Halo entity, plus attachment blobs.
import { randomUUID } from 'node:crypto';

export class Collection {
	/** @param {string} name @param {{idType?: 'int'|'uuid', startId?: number}} [opts] */
	constructor(name, opts = {}) {
		this.name = name;
		this.idType = opts.idType || 'int';
		this.startId = opts.startId || 1;
		this.map = new Map();
		this.nextId = this.startId;
	}
	key(id) {
		if (this.idType === 'uuid') return String(id).toLowerCase();
		const number = Number(id);
		return Number.isFinite(number) ? number : NaN;
	}
	newId() {
		return this.idType === 'uuid' ? randomUUID() : this.nextId++;
	}
	insert(rec) {
		if (rec.id === undefined || rec.id === null || rec.id === 0 || rec.id === '') rec.id = this.newId();
		if (this.idType === 'int' && rec.id >= this.nextId) this.nextId = rec.id + 1;
		if (this.idType === 'uuid') rec.id = String(rec.id).toLowerCase();
		this.map.set(this.key(rec.id), rec);
		return rec;
	}
	get(id) {
		return this.map.get(this.key(id));
	}
	has(id) {
		return this.map.has(this.key(id));
	}
	delete(id) {
		return this.map.delete(this.key(id));
	}
	all() {
		return Array.from(this.map.values());
	}
	count(pred) {
		let matches = 0;
		for (const record of this.map.values()) if (pred(record)) matches++;
		return matches;
	}
	find(pred) {
		for (const r of this.map.values()) if (pred(r)) return r;
		return undefined;
	}
	get size() {
		return this.map.size;
	}
	clear() {
		this.map.clear();
		this.nextId = this.startId;
	}
}

export const COLLECTIONS = {
	tickets: { startId: 1001 },
	actions: {},
	assets: {},
	clients: {},
	sites: {},
	users: {},
	agents: {},
	teams: {},
	statuses: {},
	tickettypes: {},
	priorities: { idType: 'uuid' },
	slas: {},
	outcomes: {},
	fieldinfo: { startId: 150 },
	assettypes: {},
	contracts: {},
	kbarticles: {},
	attachments: {},
	webhooks: { idType: 'uuid' },
	notifications: {},
	webhookevents: { idType: 'uuid' },
	toplevels: {},
	workflows: {},
	reports: {},
	lookups: {},
	// billing (issue 23); recurring invoice ids are negative (EVIDENCE 10.3), given by the seed
	invoices: {},
	recurringinvoices: {},
	assetgroups: {},
	items: {},
	suppliers: {},
	purchaseorders: {},
	quotes: {},
	// end of billing
	// res-ops (issue 23)
	appointments: { startId: 5001 },
	projects: { startId: 7001 },
	feedback: { startId: 301 },
	opportunities: { startId: 8001 },
	// end res-ops
};

export class Store {
	constructor() {
		/** @type {Map<string, Collection>} */
		this.collections = new Map();
		for (const [name, opts] of Object.entries(COLLECTIONS)) this.collections.set(name, new Collection(name, opts));
		/** attachment id → Buffer */
		this.blobs = new Map();
	}
	coll(name) {
		const collection = this.collections.get(name);
		if (!collection) throw new Error(`unknown collection ${name}`);
		return collection;
	}
	clear() {
		for (const collection of this.collections.values()) collection.clear();
		this.blobs.clear();
	}
}
