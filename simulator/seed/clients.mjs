// Seeded clients (/Client), each with its sites, users, assets and contracts. One client at a time, in that
// order: the PRNG draws interleave, so the order fixes every seeded value.
import { seedAssets } from './assets.mjs';
import { seedContracts } from './contracts.mjs';
import { seedSites } from './sites.mjs';
import { seedUsers } from './users.mjs';

// [name, code, domain, sla_id, tier, sites, users, inactive?]
export const CLIENTS = [
	[
		'Acme Logistics Ltd',
		'ACME',
		'acmelogistics.example',
		1,
		'Gold',
		['Head Office', 'Distribution Centre', 'Northern Depot'],
		9,
	],
	[
		'Bluewater Dental Group',
		'BWDG',
		'bluewaterdental.example',
		2,
		'Gold',
		['Harbour Street Clinic', 'Westfield Clinic'],
		7,
	],
	['Northwind Accountancy LLP', 'NWA', 'northwind-accountancy.example', 1, 'Silver', ['Main Office'], 5],
	[
		'Harbourview Hotels',
		'HVH',
		'harbourviewhotels.example',
		2,
		'Gold',
		['The Quay Hotel', 'Riverside Hotel', 'Central Reservations'],
		8,
	],
	['Crestline Engineering', 'CRE', 'crestline-eng.example', 1, 'Silver', ['Works', 'Design Office'], 6],
	['Pinecrest Legal', 'PCL', 'pinecrestlegal.example', 1, 'Bronze', ['Chambers'], 5],
	['Greystone Pharmacy', 'GSP', 'greystonepharmacy.example', 1, 'Bronze', ['Shop'], 0, true],
];

/** Seeds every client; returns the active ones with their active users and assets (what tickets are raised by). */
export function seedClients(put, rng, anchor) {
	const out = [];
	const usedNames = new Set();
	for (const [i, [name, code, domain, slaId, tier, siteNames, userCount, inactive]] of CLIENTS.entries()) {
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
		const sites = seedSites(put, client, siteNames, slaId);
		client.main_site_id = sites[0].id;
		const users = seedUsers(put, rng, { client, clientIndex: i, domain, sites, userCount, usedNames });
		const assets = seedAssets(put, rng, anchor, { client, code, inactive, siteNames, sites, userCount, users });
		seedContracts(put, anchor, { client, clientIndex: i, code, inactive, sites });
		if (!inactive)
			out.push({
				client,
				sites,
				users: users.filter((u) => !u.inactive),
				assets: assets.filter((a) => !a.inactive),
				slaId,
			});
	}
	return out;
}
