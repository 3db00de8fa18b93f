// Deterministic seed data (seeded PRNG: the same seed name and ticketCount give the same records;
// dates are offsets from `anchor`, which defaults to today's UTC midnight).
import * as D from './seed-data.mjs';
import { STATUS_TYPE } from './util.mjs';
import { SAVED_REPORTS } from './reports/saved.mjs';
import { LOOKUP_SEED } from './resources/lookups.mjs';

export const DEFAULT_TICKET_COUNT = 300;

function hashSeed(str) {
	let h = 2166136261;
	for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** mulberry32 */
export function makeRng(seed) {
	let a = hashSeed(String(seed));
	const next = () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (arr) => arr[Math.floor(next() * arr.length)],
		chance: (p) => next() < p,
		weighted: (pairs) => {
			let r = next() * pairs.reduce((s, [, w]) => s + w, 0);
			for (const [v, w] of pairs) if ((r -= w) < 0) return v;
			return pairs[pairs.length - 1][0];
		},
		uuid: () => {
			const h = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
			return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
		},
	};
}

export function defaultAnchor() {
	const d = new Date();
	return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

// Fast ISO formatting (seeding 20k tickets formats ~250k dates): cache the day part, build the time part.
const dayCache = new Map();
const p2 = (n) => (n < 10 ? '0' + n : '' + n);
function iso(ms) {
	const day = Math.floor(ms / 86400000);
	let d = dayCache.get(day);
	if (d === undefined) {
		d = new Date(day * 86400000).toISOString().slice(0, 11);
		dayCache.set(day, d);
	}
	let r = ms - day * 86400000;
	const h = Math.floor(r / 3600000);
	r -= h * 3600000;
	const m = Math.floor(r / 60000);
	r -= m * 60000;
	const sec = Math.floor(r / 1000);
	const milli = r - sec * 1000;
	return `${d}${p2(h)}:${p2(m)}:${p2(sec)}.${milli < 10 ? '00' + milli : milli < 100 ? '0' + milli : milli}Z`;
}
const HOUR = 3600e3;
const DAY = 24 * HOUR;

function seedLookups(store, rng) {
	const put = (coll, rec) => store.coll(coll).insert(rec);
	for (const t of D.TEAMS)
		put('teams', { forrequests: true, foropps: false, forprojects: false, department_id: 1, inactive: false, ...t });
	for (const a of D.AGENTS) {
		const [firstname, ...rest] = a.name.split(' ');
		const teamIds = [a.team_id, ...(a.extraTeams || [])];
		put('agents', {
			id: a.id,
			name: a.name,
			firstname,
			surname: rest.join(' '),
			email: a.email,
			initials: a.name
				.split(/\s+/)
				.map((w) => w[0])
				.join('')
				.toUpperCase(),
			team_id: a.team_id,
			team: D.TEAMS.find((t) => t.id === a.team_id).name,
			teams: teamIds.map((id) => ({ id, name: D.TEAMS.find((t) => t.id === id).name })),
			isdisabled: !!a.isdisabled,
			isapiagent: !!a.isapiagent,
		});
	}
	for (const s of D.STATUSES) put('statuses', { ...s });
	for (const t of D.TICKET_TYPES)
		put('tickettypes', {
			use: 'fault',
			group_id: 1,
			agentscanselect: true,
			inactive: false,
			default_sla: 1,
			default_priority: 3,
			visible: true,
			...t,
		});
	for (const level of D.TOP_LEVELS) put('toplevels', { notes: '', parentid: 0, ...level });
	for (const row of LOOKUP_SEED) put('lookups', { ...row });
	for (const report of SAVED_REPORTS) put('reports', { ...report });
	for (const s of D.SLAS)
		put('slas', {
			hoursaretechslocaltime: false,
			responsereset: false,
			trackslaresponsetime: true,
			trackslafixbytime: true,
			workday_id: 1,
			...s,
		});
	for (const [slaid, list] of Object.entries(D.PRIORITIES)) {
		for (const [priorityid, name, fixtime, responsetime, colour, fixedId] of list) {
			put('priorities', {
				id: fixedId ?? rng.uuid(),
				slaid: Number(slaid),
				priorityid,
				name,
				fixtime,
				fixunits: 'H',
				responsetime,
				responseunits: 'H',
				ishidden: false,
				colour,
			});
		}
	}
	for (const o of D.OUTCOMES)
		put('outcomes', {
			buttonname: o.outcome,
			labellong: o.outcome,
			hidden: false,
			systemid: 0,
			isimportant: false,
			sendemail: 0,
			...o,
		});
	for (const w of D.WORKFLOWS) {
		const steps = w.steps.map(([name, outcomeIds], index) => ({
			id: w.id * 100 + index + 1,
			flow_id: w.id,
			name,
			isstart: index === 0,
			isend: index === w.steps.length - 1,
			actions: outcomeIds.map((outcomeId) => {
				const o = D.OUTCOMES.find((x) => x.id === outcomeId);
				return { flow_id: w.id, action_id: outcomeId, action_name: o.outcome, action_outcome: o.outcome };
			}),
		}));
		put('workflows', { id: w.id, name: w.name, active: true, steps });
	}
	for (const f of D.FIELDS)
		put('fieldinfo', {
			summary: '',
			hint: '',
			usage: f.typeid,
			characterlimit: 0,
			mandatory: false,
			searchable: false,
			values: [],
			...f,
		});
	for (const t of D.ASSET_TYPES) {
		const { code, ...rest } = t;
		put('assettypes', { keyfield_id: 0, ...rest });
	}
}

function seedCustomers(store, rng, anchor) {
	const put = (coll, rec) => store.coll(coll).insert(rec);
	const out = [];
	const usedNames = new Set();
	for (const [i, [name, code, domain, slaId, tier, siteNames, userCount, inactive]] of D.CLIENTS.entries()) {
		const client = put('clients', {
			id: i + 1,
			name,
			toplevel_id: 1,
			inactive: !!inactive,
			is_vip: i === 1,
			website: `https://www.${domain}`,
			domain,
			notes: '',
			ref: code,
			main_site_id: null,
			pritech: rng.int(2, 4),
			sectech: rng.int(5, 6),
			customfields: [{ id: 153, name: 'CFAccountTier', value: tier, display: tier }],
		});
		const sites = siteNames.map((sn, si) =>
			put('sites', {
				name: sn,
				client_id: client.id,
				inactive: false,
				sla_id: slaId,
				phonenumber: `01632 ${String(960000 + client.id * 100 + si).slice(-6)}`,
				timezone: 'GMT Standard Time',
				notes: '',
				delivery_address: {
					line1: `${10 + si * 7} ${sn.split(' ')[0]} Road`,
					line2: '',
					line3: 'Exampletown',
					line4: '',
					postcode: `EX${client.id} ${si + 1}AB`,
				},
				customfields:
					si === 0
						? [{ id: 154, name: 'CFSiteAccessNotes', value: 'Sign in at reception', display: 'Sign in at reception' }]
						: [],
			}),
		);
		client.main_site_id = sites[0].id;
		const users = [];
		for (let u = 0; u < userCount; u++) {
			let first;
			let last;
			do {
				first = rng.pick(D.FIRST_NAMES);
				last = rng.pick(D.SURNAMES);
			} while (usedNames.has(`${first} ${last}`));
			usedNames.add(`${first} ${last}`);
			const site = rng.pick(sites);
			users.push(
				put('users', {
					name: `${first} ${last}`,
					firstname: first,
					surname: last,
					emailaddress: `${first}.${last}@${domain}`.toLowerCase(),
					site_id: site.id,
					client_id: client.id,
					phonenumber: '',
					mobilenumber: `07700 9${String(rng.int(0, 99999)).padStart(5, '0')}`,
					login: `${first[0]}${last}`.toLowerCase(),
					inactive: u === userCount - 1 && i === 0,
					isimportantcontact: u === 0,
					notes: '',
					customfields: [],
				}),
			);
		}
		const assets = [];
		const plan = [
			[1, Math.max(2, Math.round(userCount * 0.6))],
			[2, Math.max(1, Math.round(userCount * 0.5))],
			[3, inactive ? 0 : 1 + (siteNames.length > 2 ? 1 : 0)],
			[4, 1],
			[5, siteNames.length],
		];
		for (const [typeId, n] of plan) {
			const type = D.ASSET_TYPES[typeId - 1];
			for (let k = 1; k <= n; k++) {
				const host = `${code}-${type.code}-${String(k).padStart(typeId <= 2 ? 3 : 2, '0')}`;
				const user = typeId <= 2 && users.length ? rng.pick(users) : null;
				const serial = `SN${rng.int(100000, 999999)}${String.fromCharCode(65 + rng.int(0, 25))}`;
				const warranty = rng.pick(['Dell ProSupport', 'HP Care Pack', 'Lenovo Premier', 'Fortinet FortiCare', '']);
				assets.push(
					put('assets', {
						inventory_number: host,
						key_field: host,
						key_field2: serial,
						key_field3: '',
						assettype_id: typeId,
						client_id: client.id,
						site_id: user ? user.site_id : rng.pick(sites).id,
						status_id: 1,
						inactive: k === n && typeId === 1 && n > 3,
						username: user ? user.name : '',
						notes: '',
						warranty_end: iso(anchor.getTime() + rng.int(-200, 900) * DAY),
						fields: [
							{
								id: 1,
								name: 'Operating System',
								value: typeId === 3 ? 'Windows Server 2022' : typeId <= 2 ? 'Windows 11 Pro' : 'FortiOS 7.4',
								display: '',
							},
							{ id: 2, name: 'Serial Number', value: serial, display: serial },
							{ id: 3, name: 'IP Address', value: `10.${client.id}.${typeId}.${10 + k}`, display: '' },
							{ id: 6, name: 'Hostname', value: host, display: '' },
						].map((f) => ({ ...f, display: String(f.value) })),
						customfields: warranty ? [{ id: 155, name: 'CFWarrantyProvider', value: warranty, display: warranty }] : [],
					}),
				);
			}
		}
		put('contracts', {
			client_id: client.id,
			site_id: null,
			ref: `${code}-MSA-${anchor.getUTCFullYear()}`,
			start_date: iso(anchor.getTime() - 200 * DAY),
			end_date: iso(anchor.getTime() + (inactive ? -30 : 165 + i * 20) * DAY),
			billingperiod: 1,
			contracttype: 1,
			contracttype_name: 'Managed Services',
			inactive: !!inactive,
			status: 1,
		});
		if (i % 2 === 0) {
			put('contracts', {
				client_id: client.id,
				site_id: null,
				ref: `${code}-MSA-${anchor.getUTCFullYear() - 1}`,
				start_date: iso(anchor.getTime() - 565 * DAY),
				end_date: iso(anchor.getTime() - 200 * DAY),
				billingperiod: 1,
				contracttype: 1,
				contracttype_name: 'Managed Services',
				inactive: false,
				status: 1,
			});
		}
		if (i === 3) {
			put('contracts', {
				client_id: client.id,
				site_id: sites[0].id,
				ref: `${code}-BLOCK-20H`,
				start_date: iso(anchor.getTime() - 60 * DAY),
				end_date: iso(anchor.getTime() + 300 * DAY),
				billingperiod: 0,
				contracttype: 2,
				contracttype_name: 'Prepay Hours',
				inactive: false,
				status: 1,
			});
		}
		if (!inactive)
			out.push({
				client,
				sites,
				users: users.filter((u) => !u.inactive),
				assets: assets.filter((a) => !a.inactive),
				slaId,
			});
	}
	D.KB.forEach(([name, description, tags, inactive], i) => {
		put('kbarticles', {
			name,
			description,
			resolution: '',
			tag_string: tags,
			tags: tags.split(',').map((t, k) => ({ id: k + 1, text: t })),
			type: 0,
			inactive: !!inactive,
			view_count: 5 + ((i * 37) % 120),
			date_created: iso(anchor.getTime() - (300 - i * 11) * DAY),
			date_edited: iso(anchor.getTime() - (60 - i) * DAY),
		});
	});
	return out;
}

const TYPE_WEIGHTS = [
	[1, 50],
	[3, 28],
	[5, 12],
	[4, 5],
	[2, 5],
];
const PRIORITY_WEIGHTS = [
	[1, 5],
	[2, 20],
	[3, 50],
	[4, 25],
];
const OPEN_STATUS_WEIGHTS = [
	[1, 20],
	[2, 35],
	[3, 10],
	[4, 15],
	[5, 10],
	[6, 4],
	[7, 6],
];
const WORKERS = D.AGENTS.filter((a) => !a.isapiagent && !a.isdisabled);

// Seeded outcome ids (seed-data.mjs OUTCOMES): 7 is the built-in private note, 1 the system status change.
const PRIVATE_NOTE = 7;
const STATUS_CHANGE = 1;

function seedTickets(store, rng, anchor, customers, count) {
	const tickets = store.coll('tickets');
	const actions = store.coll('actions');
	const teamName = Object.fromEntries(D.TEAMS.map((t) => [t.id, t.name]));
	const prio = (sla, p) => D.PRIORITIES[sla].find((x) => x[0] === p);
	const outcomeName = Object.fromEntries(D.OUTCOMES.map((o) => [o.id, o.outcome]));
	const agentName = Object.fromEntries(D.AGENTS.map((a) => [a.id, a.name]));
	const fill = (tpl, c, site, user, asset) =>
		tpl
			.replace('{site}', site.name)
			.replace('{client}', c.client.name)
			.replace('{name}', user ? user.name : 'new starter')
			.replace('{asset}', asset ? asset.inventory_number : 'server');
	for (let i = 0; i < count; i++) {
		const c = customers[Math.floor(rng.next() * rng.next() * customers.length)] || customers[0];
		const typeId = rng.weighted(TYPE_WEIGHTS);
		const user = typeId !== 5 && c.users.length && rng.chance(0.9) ? rng.pick(c.users) : null;
		const site = user ? c.sites.find((s) => s.id === user.site_id) : rng.pick(c.sites);
		const asset = typeId === 5 || rng.chance(0.25) ? rng.pick(c.assets) : null;
		const priorityId =
			typeId === 5
				? rng.weighted([
						[1, 15],
						[2, 45],
						[3, 40],
					])
				: rng.weighted(PRIORITY_WEIGHTS);
		const [, , fixH, respH] = prio(c.slaId, priorityId);
		const agent = rng.chance(0.9)
			? typeId === 5
				? rng.pick(WORKERS.filter((a) => a.team_id === 3))
				: rng.pick(WORKERS)
			: null;
		const teamId = agent ? agent.team_id : typeId === 5 ? 3 : 1;
		const ageMs = Math.floor(rng.next() * 90 * DAY);
		const occurred = anchor.getTime() - ageMs;
		const closed = rng.chance(Math.min(0.9, 0.25 + ageMs / (90 * DAY)));
		const closedAt = closed ? Math.min(anchor.getTime() - 60e3, occurred + rng.int(1, 96) * HOUR) : null;
		const summary = fill(rng.pick(D.SUMMARIES[typeId]), c, site, user, asset);
		const cf = [];
		if (typeId === 5) cf.push({ id: 150, name: 'CFRMMAlertID', value: `ALRT-${rng.int(100000, 999999)}`, display: '' });
		if (rng.chance(0.3))
			cf.push({
				id: 151,
				name: 'CFBillingCode',
				value: rng.pick(['MS-INCL', 'T&M', 'PROJ-0042', 'PREPAY']),
				display: '',
			});
		if (rng.chance(0.4)) cf.push({ id: 152, name: 'CFImpactScore', value: rng.int(1, 10), display: '' });
		for (const f of cf) f.display = String(f.value);
		const t = tickets.insert({
			summary,
			details: `${summary}. Reported ${user ? 'by ' + user.name : 'automatically'} at ${site.name}.`,
			details_html: '',
			tickettype_id: typeId,
			status_id: closed ? (rng.chance(0.8) ? 9 : 8) : rng.weighted(OPEN_STATUS_WEIGHTS),
			priority_id: priorityId,
			sla_id: c.slaId,
			client_id: c.client.id,
			site_id: site.id,
			user_id: user ? user.id : null,
			user_email: user ? user.emailaddress : '',
			reportedby: user ? user.emailaddress : 'rmm@demo-msp.example',
			agent_id: agent ? agent.id : null,
			team: teamName[teamId],
			team_id: teamId,
			category_1: '',
			category_2: '',
			category_3: '',
			category_4: '',
			impact: rng.int(1, 3),
			urgency: rng.int(1, 3),
			source: typeId === 5 ? 5 : rng.pick([0, 1, 2]),
			dateoccurred: iso(occurred),
			datecreated: iso(occurred),
			lastactiondate: iso(occurred),
			last_update: iso(occurred),
			dateclosed: closedAt ? iso(closedAt) : null,
			fixbydate: iso(occurred + fixH * HOUR),
			respondbydate: iso(occurred + respH * HOUR),
			deadlinedate: iso(occurred + fixH * HOUR),
			startdate: null,
			targetdate: null,
			estimate: 0,
			timetaken: 0,
			parent_id: null,
			assets: asset ? [{ id: asset.id }] : [],
			customfields: cf,
			inactive: false,
			deleted: false,
			hasbeenclosed: closed,
		});
		t.details_html = `<p>${t.details}</p>`;
		const n = rng.int(0, 5);
		const end = closedAt ?? anchor.getTime() - 60e3;
		let last = occurred;
		let total = 0;
		for (let k = 0; k < n; k++) {
			const isLast = k === n - 1;
			const when = occurred + Math.floor(((end - occurred) * (k + 1)) / (n + 1));
			let outcomeId =
				closed && isLast
					? 5
					: rng.weighted([
							[PRIVATE_NOTE, 30],
							[2, 25],
							[3, 10],
							[4, 20],
							[6, 10],
							[STATUS_CHANGE, 5],
						]);
			const fromUser = !closed && outcomeId === 3 && user && rng.chance(0.5);
			const by = agent || rng.pick(WORKERS);
			const timetaken =
				outcomeId === 4 || outcomeId === 5 || (outcomeId === 6 && rng.chance(0.5))
					? rng.pick([0.25, 0.5, 0.75, 1, 1.5, 2])
					: 0;
			const note =
				outcomeId === 5
					? rng.pick(D.NOTES.resolved)
					: outcomeId === PRIVATE_NOTE || outcomeId === 4
						? rng.pick(D.NOTES.private)
						: outcomeId === STATUS_CHANGE
							? 'Status changed'
							: rng.pick(D.NOTES.public);
			total += timetaken;
			last = when;
			actions.insert({
				ticket_id: t.id,
				actionnumber: k + 1, // evidence: actions.ids-per-ticket
				outcome: outcomeName[outcomeId],
				outcome_id: outcomeId,
				note,
				note_html: `<p>${note}</p>`,
				hiddenfromuser: outcomeId === PRIVATE_NOTE || outcomeId === 4 || outcomeId === STATUS_CHANGE,
				important: outcomeId === 5,
				timetaken,
				nonbilltime: 0,
				actisbillable: timetaken > 0,
				datetime: iso(when),
				new_status: closed && isLast ? t.status_id : outcomeId === STATUS_CHANGE ? 2 : null,
				new_agent: null,
				sendemail: outcomeId === 2,
				emailto: outcomeId === 2 && user ? user.emailaddress : '',
				who: fromUser ? user.name : agentName[by.id],
				who_agentid: fromUser ? 0 : by.id,
				actionby_agent_id: fromUser ? 0 : by.id,
				actionby_user_id: fromUser ? user.id : 0,
				action_systemid: outcomeId === STATUS_CHANGE ? 2 : 0,
				customfields: [],
			});
		}
		t.timetaken = total;
		t.lastactiondate = iso(last);
		t.last_update = iso(Math.max(last, closedAt ?? 0));
	}
}

/**
 * Fill an empty store. seed: 'default' (or any other name → different but deterministic data),
 * 'empty' = lookups only.
 */
export function seedStore(
	store,
	{ seed = 'default', ticketCount = DEFAULT_TICKET_COUNT, anchor = defaultAnchor() } = {},
) {
	store.clear();
	const rng = makeRng(seed);
	seedLookups(store, rng);
	if (seed === 'empty') return;
	const customers = seedCustomers(store, rng, anchor);
	seedTickets(store, rng, anchor, customers, ticketCount);
}

export { STATUS_TYPE };
