// Seeded top levels (/TopLevel): the groups clients belong to.
export const TOP_LEVELS = [
	{ id: 1, name: 'Customers' },
	{ id: 2, name: 'Partners' },
];

export function seedTopLevels(put) {
	for (const level of TOP_LEVELS) put('toplevels', { notes: '', parentid: 0, ...level });
}
