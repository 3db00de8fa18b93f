// Seeded priorities (/Priority), per SLA.

// [priorityid, name, fix hours, response hours, colour] per SLA
export const PRIORITIES = {
	1: [
		[1, 'Critical', 4, 0.5, '#ee5253'],
		[2, 'High', 8, 1, '#ff9f43'],
		[3, 'Medium', 24, 4, '#feca57'],
		[4, 'Low', 72, 8, '#10ac84'],
	],
	2: [
		[1, 'Critical', 2, 0.25, '#ee5253'],
		[2, 'High', 4, 0.5, '#ff9f43'],
		[3, 'Medium', 8, 2, '#feca57'],
		[4, 'Low', 24, 4, '#10ac84'],
	],
	// Priorities belong to an SLA (spec Policy.slaid; EVIDENCE 10.3: tickets use the int priorityid within it).
	// Fixed uuids (6th value): drawing them from the PRNG would change every record seeded after them.
	3: [
		[1, 'Emergency Change', 4, 1, '#ee5253', '00000000-0000-4000-a000-000000000301'],
		[2, 'Normal Change', 72, 8, '#feca57', '00000000-0000-4000-a000-000000000302'],
		[3, 'Standard Change', 120, 24, '#10ac84', '00000000-0000-4000-a000-000000000303'],
	],
};

/** The priorities without a fixed id draw a uuid from the PRNG, so they are seeded before anything that uses it. */
export function seedPriorities(put, rng) {
	for (const [slaid, list] of Object.entries(PRIORITIES)) {
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
}
