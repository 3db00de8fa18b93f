// Tickets (schema Faults). Wrapper `tickets`, paged. Fires webhook events 1/2/3/5/6.
import { defineResource, handleGet } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue, parseIds } from '../paging.mjs';
import { CF_TYPE } from '../customfields.mjs';
import { EVENTS } from '../webhook-codes.mjs';
import { nameOf, isClosedStatus, checkRefs, requireText, has, iso, textToHtml, stripHtml } from '../util.mjs';

const DATE_FIELDS = {
	dateoccured: 'dateoccurred',
	dateoccurred: 'dateoccurred',
	datecreated: 'datecreated',
	lastupdate: 'last_update',
	last_update: 'last_update',
	datecleared: 'dateclosed',
	dateclosed: 'dateclosed',
	lastactiondate: 'lastactiondate',
};
const dateField = (q) => DATE_FIELDS[String(q.datesearch || 'dateoccurred').toLowerCase()] || 'dateoccurred';

const REFS = {
	client_id: ['clients', 'Client'],
	site_id: ['sites', 'Site'],
	user_id: ['users', 'User'],
	agent_id: ['agents', 'Agent'],
	status_id: ['statuses', 'Status'],
	tickettype_id: ['tickettypes', 'Ticket Type'],
	sla_id: ['slas', 'SLA'],
	team_id: ['teams', 'Team'],
	parent_id: ['tickets', 'Ticket'],
};

export function findPriority(sim, slaId, priorityId) {
	const coll = sim.store.coll('priorities');
	return (
		coll.find((p) => p.slaid === slaId && p.priorityid === priorityId) || coll.find((p) => p.priorityid === priorityId)
	);
}

function teamByName(sim, name) {
	return sim.store.coll('teams').find((t) => t.name.toLowerCase() === String(name).toLowerCase());
}

/** Closing / re-opening bookkeeping after status_id changed. */
export function statusTransition(sim, rec, beforeStatus, now) {
	const wasClosed = beforeStatus !== undefined && isClosedStatus(sim, beforeStatus);
	const closed = isClosedStatus(sim, rec.status_id);
	if (closed && !wasClosed) {
		rec.dateclosed = iso(now);
		rec.hasbeenclosed = true;
	} else if (!closed && wasClosed) {
		rec.dateclosed = null;
	}
}

/** Events implied by a before/after pair (status changed, closed, reassigned). */
export function changeEvents(sim, before, rec) {
	const ev = [];
	if (before.status_id !== rec.status_id) {
		ev.push(EVENTS.TICKET_STATUS_CHANGED);
		if (isClosedStatus(sim, rec.status_id) && !isClosedStatus(sim, before.status_id)) ev.push(EVENTS.TICKET_CLOSED);
	}
	if ((before.agent_id ?? null) !== (rec.agent_id ?? null)) ev.push(EVENTS.TICKET_ASSIGNED);
	return ev;
}

function setSlaDates(sim, rec, el) {
	const p = findPriority(sim, rec.sla_id, rec.priority_id);
	if (!p) return;
	const start = Date.parse(rec.dateoccurred) || Date.now();
	if (!has(el, 'fixbydate')) rec.fixbydate = iso(start + p.fixtime * 3600e3);
	if (!has(el, 'respondbydate')) rec.respondbydate = iso(start + p.responsetime * 3600e3);
	if (!has(el, 'deadlinedate')) rec.deadlinedate = rec.fixbydate;
}

// evidence: tickets.list-row-keys — keys the production sweep's list row did not carry (its first 30 sorted keys run
// to "invoiceseperatelyoverride": keys sorting before that and missing there are left out; later keys are unknown, kept).
// evidence: tickets.third-party-list — no recorded list row shows a third-party id.
const NOT_IN_LIST_ROWS = [
	'agent_name',
	'assets',
	'category_2',
	'category_3',
	'category_4',
	'datecreated',
	'dateclosed',
	'deleted',
	'details_html',
	'hasbeenclosed',
	'third_party_id',
	'third_party_id_string',
];

const teamFilter = (row, v, q, sim) => {
	const ids = parseIds(v);
	if (ids.length) return ids.includes(row.team_id);
	return String(row.team).toLowerCase() === String(v).toLowerCase();
};

const def = defineResource({
	name: 'Tickets',
	collection: 'tickets',
	entity: 'Ticket',
	schema: 'Faults',
	wrapper: 'tickets',
	customFieldType: CF_TYPE.ticket,
	extraFields: ['team_id'],
	readOnly: ['datecreated', 'last_update', 'hasbeenclosed', 'timetaken', 'lastactiondate'],
	hideInList: NOT_IN_LIST_ROWS,
	routes: [
		{
			// evidence: tickets.assets-with-details (the linked assets come only with includedetails=true)
			method: 'GET',
			sub: '{id}',
			handler(sim, req) {
				const reply = handleGet(def, sim, req);
				if (!isTrue(req.query.includedetails)) delete reply.body.assets;
				return reply;
			},
		},
	],
	filters: {
		client_id: F.eq('client_id'),
		client_ids: F.inIds('client_id'),
		site_id: F.eq('site_id'),
		user_id: F.eq('user_id'),
		agent_id: F.eq('agent_id'),
		agent: F.inIds('agent_id'),
		team: teamFilter,
		team_id: F.eq('team_id'), // honoured, but not in the spec: the spec check flags it
		team_name: F.same('team'),
		status_id: F.eq('status_id'),
		status: F.inIds('status_id'),
		requesttype_id: F.eq('tickettype_id'),
		requesttype: F.inIds('tickettype_id'),
		priority: F.inIds('priority_id'),
		sla: F.inIds('sla_id'),
		parent_id: F.eq('parent_id'),
		asset_id: (row, v) => row.assets.some((a) => a.id === Number(v)),
		open_only: F.whenTrue((row, sim) => !isClosedStatus(sim, row.status_id)),
		closed_only: F.whenTrue((row, sim) => isClosedStatus(sim, row.status_id)),
		search: F.contains('summary', 'details', (r) => String(r.id)),
		search_summary: F.contains('summary'),
		search_details: F.contains('details'),
		search_reportedby: F.contains('reportedby'),
		search_user_name: (row, v, q, sim) =>
			nameOf(sim, 'users', row.user_id).toLowerCase().includes(String(v).toLowerCase()),
		ticketids: F.inIds('id'),
		startdate: (row, v, q) => F.dateFrom(dateField(q))(row, v),
		enddate: (row, v, q) => F.dateTo(dateField(q))(row, v),
	},
	defaults: ({ now }) => ({
		summary: '',
		details: '',
		details_html: '',
		tickettype_id: 1,
		status_id: 1,
		priority_id: 3,
		sla_id: 1,
		client_id: null,
		site_id: null,
		user_id: null,
		user_email: '',
		reportedby: '',
		agent_id: null,
		team: '',
		team_id: null,
		category_1: '',
		category_2: '',
		category_3: '',
		category_4: '',
		impact: 3,
		urgency: 3,
		source: 0,
		dateoccurred: iso(now),
		datecreated: iso(now),
		lastactiondate: iso(now),
		last_update: iso(now),
		dateclosed: null,
		deadlinedate: null,
		fixbydate: null,
		respondbydate: null,
		startdate: null,
		targetdate: null,
		estimate: 0,
		timetaken: 0,
		parent_id: null,
		assets: [],
		customfields: [],
		inactive: false,
		deleted: false,
		hasbeenclosed: false,
	}),
	validate(el, { sim, existing }) {
		const errors = { ...requireText(el, 'summary', 'Summary', existing), ...checkRefs(sim, el, REFS) };
		if (el.priority_id && !findPriority(sim, el.sla_id ?? existing?.sla_id ?? 1, el.priority_id)) {
			errors.priority_id = `Priority ${el.priority_id} does not exist.`;
		}
		if (typeof el.team === 'string' && el.team !== '' && !has(el, 'team_id') && !teamByName(sim, el.team)) {
			errors.team = `Team '${el.team}' does not exist.`;
		}
		const clientId = has(el, 'client_id') ? el.client_id : existing?.client_id;
		const site = el.site_id ? sim.store.coll('sites').get(el.site_id) : null;
		if (site && clientId && site.client_id !== clientId)
			errors.site_id = `Site ${site.id} does not belong to client ${clientId}.`;
		if (has(el, 'assets') && el.assets !== null) {
			if (!Array.isArray(el.assets)) errors.assets = 'The assets field must be an array.';
			else
				el.assets.forEach((a, i) => {
					if (!a || !sim.store.coll('assets').has(a.id)) errors[`assets[${i}].id`] = `Asset ${a?.id} does not exist.`;
				});
		}
		return errors;
	},
	beforeSave(rec, el, { sim, before, isNew, now }) {
		const users = sim.store.coll('users');
		let user = null;
		if (has(el, 'user_id') && el.user_id) user = users.get(el.user_id);
		else if (has(el, 'user_email') && el.user_email && !has(el, 'user_id')) {
			user = users.find((u) => u.emailaddress.toLowerCase() === String(el.user_email).toLowerCase());
			if (user) rec.user_id = user.id;
		}
		if (user) {
			if (!has(el, 'client_id')) rec.client_id = user.client_id;
			if (!has(el, 'site_id')) rec.site_id = user.site_id;
			if (!has(el, 'user_email')) rec.user_email = user.emailaddress;
			if (!has(el, 'reportedby')) rec.reportedby = user.emailaddress;
		}
		if (has(el, 'client_id') && !has(el, 'site_id') && rec.client_id) {
			const site = sim.store.coll('sites').get(rec.site_id);
			if (!site || site.client_id !== rec.client_id)
				rec.site_id = sim.store.coll('clients').get(rec.client_id)?.main_site_id ?? null;
		}
		if (has(el, 'team_id')) rec.team = nameOf(sim, 'teams', rec.team_id);
		else if (has(el, 'team')) rec.team_id = rec.team ? (teamByName(sim, rec.team)?.id ?? null) : null;
		if (has(el, 'agent_id') && rec.agent_id && !rec.team_id && !has(el, 'team')) {
			const agent = sim.store.coll('agents').get(rec.agent_id);
			if (agent?.team_id) {
				rec.team_id = agent.team_id;
				rec.team = nameOf(sim, 'teams', agent.team_id);
			}
		}
		if (has(el, 'details') && !has(el, 'details_html')) rec.details_html = textToHtml(rec.details);
		if (has(el, 'details_html') && !has(el, 'details')) rec.details = stripHtml(rec.details_html);
		// evidence: tickets.assets-replace (the posted list is the whole list)
		if (Array.isArray(rec.assets)) rec.assets = rec.assets.map((a) => ({ id: Number(a.id) }));
		if (isNew || has(el, 'priority_id') || has(el, 'sla_id') || has(el, 'dateoccurred')) setSlaDates(sim, rec, el);
		statusTransition(sim, rec, before ? before.status_id : undefined, now);
		if (isNew && isClosedStatus(sim, rec.status_id)) rec.hasbeenclosed = true;
		rec.last_update = iso(now);
	},
	afterSave(before, rec, el, ctx) {
		if (!before) {
			ctx.events.push({ eventno: EVENTS.TICKET_CREATED, ticketId: rec.id });
			return;
		}
		ctx.events.push({ eventno: EVENTS.TICKET_UPDATED, ticketId: rec.id });
		for (const eventno of changeEvents(ctx.sim, before, rec)) ctx.events.push({ eventno, ticketId: rec.id });
	},
	afterDelete(rec, q, { sim }) {
		for (const a of sim.store.coll('actions').all()) if (a.ticket_id === rec.id) sim.store.coll('actions').delete(a.id);
		for (const a of sim.store.coll('attachments').all()) {
			if (a.ticket_id === rec.id) {
				sim.store.coll('attachments').delete(a.id);
				sim.store.blobs.delete(a.id);
			}
		}
	},
	mirror: (rec, sim) => ({
		status_name: nameOf(sim, 'statuses', rec.status_id),
		tickettype_name: nameOf(sim, 'tickettypes', rec.tickettype_id),
		client_name: nameOf(sim, 'clients', rec.client_id),
		site_name: nameOf(sim, 'sites', rec.site_id),
		user_name: nameOf(sim, 'users', rec.user_id),
		agent_name: nameOf(sim, 'agents', rec.agent_id),
		sla_name: nameOf(sim, 'slas', rec.sla_id),
		priority_name: findPriority(sim, rec.sla_id, rec.priority_id)?.name ?? '',
		team: rec.team_id ? nameOf(sim, 'teams', rec.team_id) : rec.team,
	}),
	transform(out, rec, { sim }, mode) {
		if (mode === 'list') return;
		const assets = sim.store.coll('assets');
		out.assets = rec.assets.map((a) => {
			const d = assets.get(a.id);
			if (!d) return { id: a.id };
			return {
				id: d.id,
				inventory_number: d.inventory_number,
				key_field: d.key_field,
				assettype_id: d.assettype_id,
				assettype_name: nameOf(sim, 'assettypes', d.assettype_id),
				client_id: d.client_id,
				site_id: d.site_id,
			};
		});
	},
});
export default def;
