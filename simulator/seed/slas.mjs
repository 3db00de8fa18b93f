// Seeded SLAs (/SLA).
export const SLAS = [
	{ id: 1, name: 'Standard SLA' },
	{ id: 2, name: 'Premium 24x7 SLA' },
	{ id: 3, name: 'Change Management SLA' },
];

export function seedSlas(put) {
	for (const s of SLAS)
		put('slas', {
			hoursaretechslocaltime: false,
			responsereset: false,
			trackslaresponsetime: true,
			trackslafixbytime: true,
			workday_id: 1,
			...s,
		});
}
