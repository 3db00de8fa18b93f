// Seeded action outcomes (/Outcome).
// Outcome labels and ids vary by tenant (EVIDENCE 2.5); id 7 is the built-in private note. Each carries its own
// hide-from-user default (EVIDENCE 2.6). "Re-Assign" may not be used by the API agent (EVIDENCE 2.4).
export const OUTCOMES = [
	{ id: 1, outcome: 'Status Change', sequence: 8, colour: '#8395a7', systemid: 2, hidefromuser: true },
	{ id: 2, outcome: 'Email User', sequence: 3, colour: '#2e86de', hidefromuser: false, sendemail: 1 },
	{ id: 3, outcome: 'Public Note', sequence: 2, colour: '#10ac84', hidefromuser: false },
	{ id: 4, outcome: 'Time Entry', sequence: 4, colour: '#5f27cd', hidefromuser: true },
	{ id: 5, outcome: 'Resolved', sequence: 5, colour: '#1dd1a1', isimportant: true, hidefromuser: false },
	{ id: 6, outcome: 'Phone Call', sequence: 6, colour: '#ff9f43', hidefromuser: true },
	{ id: 7, outcome: 'Private Note', sequence: 1, colour: '#576574', hidefromuser: true },
	{ id: 8, outcome: 'Ticket Logged', sequence: 9, colour: '#8395a7', systemid: 1, hidefromuser: true },
	{ id: 11, outcome: 'Re-Assign', sequence: 10, colour: '#ee5253', hidefromuser: true, _deniedagents: [1] },
	{ id: 21, outcome: 'Escalate', sequence: 11, colour: '#ff6b6b', hidefromuser: true },
];

// Seeded outcome ids: 7 is the built-in private note, 1 the system status change.
export const PRIVATE_NOTE = 7;
export const STATUS_CHANGE = 1;

export function seedOutcomes(put) {
	for (const o of OUTCOMES)
		put('outcomes', {
			buttonname: o.outcome,
			labellong: o.outcome,
			hidden: false,
			systemid: 0,
			isimportant: false,
			sendemail: 0,
			...o,
		});
}
