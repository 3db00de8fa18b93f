// Seeded assets (/Asset) of one client: workstations and laptops per user, servers, a firewall, a switch per site.
import { ASSET_TYPES } from './assettypes.mjs';
import { DAY, iso } from './common.mjs';

export function seedAssets(put, rng, anchor, { client, code, inactive, siteNames, sites, userCount, users }) {
	const assets = [];
	const plan = [
		[1, Math.max(2, Math.round(userCount * 0.6))],
		[2, Math.max(1, Math.round(userCount * 0.5))],
		[3, inactive ? 0 : 1 + (siteNames.length > 2 ? 1 : 0)],
		[4, 1],
		[5, siteNames.length],
	];
	for (const [typeId, n] of plan) {
		const type = ASSET_TYPES[typeId - 1];
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
	return assets;
}
