// Seeded sites (/Site) of one client; the first is its main site.
export function seedSites(put, client, siteNames, slaId) {
	return siteNames.map((sn, si) =>
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
}
