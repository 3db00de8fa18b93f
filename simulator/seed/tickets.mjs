// Seeded tickets (/Tickets) with their actions, raised by the active clients' users and assets.
import { seedTicketActions } from './actions.mjs';
import { WORKERS } from './agents.mjs';
import { DAY, HOUR, iso } from './common.mjs';
import { PRIORITIES } from './priorities.mjs';
import { TEAMS } from './teams.mjs';

export const SUMMARIES = {
	1: [
		'Outlook not opening',
		'Cannot connect to VPN',
		'Printer offline at {site}',
		'Laptop running very slowly',
		'Shared drive not accessible',
		'Teams calls dropping',
		'Cannot log in to PC',
		'Email not syncing on phone',
		'Blue screen on startup',
		'Password locked out',
	],
	2: [
		'Firewall rule change for new supplier',
		'Upgrade switch firmware at {site}',
		'Migrate file share to SharePoint',
		'Replace server UPS batteries',
	],
	3: [
		'New starter: {name}',
		'Leaver: disable account for {name}',
		'Request for second monitor',
		'Install Adobe Acrobat',
		'Access to finance shared mailbox',
		'New mobile phone setup',
	],
	4: [
		'Recurring VPN disconnects across {client}',
		'Intermittent packet loss at {site}',
		'Repeated Outlook profile corruption',
	],
	5: [
		'Disk space low on {asset}',
		'Backup failed on {asset}',
		'CPU usage above 95% on {asset}',
		'Device offline: {asset}',
		'Antivirus threat detected on {asset}',
	],
};

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

export function seedTickets(store, rng, anchor, customers, count) {
	const tickets = store.coll('tickets');
	const actions = store.coll('actions');
	const teamName = Object.fromEntries(TEAMS.map((t) => [t.id, t.name]));
	const prio = (sla, p) => PRIORITIES[sla].find((x) => x[0] === p);
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
		const summary = fill(rng.pick(SUMMARIES[typeId]), c, site, user, asset);
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
		const { total, last } = seedTicketActions(actions, rng, anchor, { t, n, occurred, closed, closedAt, user, agent });
		t.timetaken = total;
		t.lastactiondate = iso(last);
		t.last_update = iso(Math.max(last, closedAt ?? 0));
	}
}
