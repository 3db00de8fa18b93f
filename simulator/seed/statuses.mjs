// Seeded ticket statuses (/Status): open, pending and closed ones.
import { STATUS_TYPE } from '../util.mjs';

const O = STATUS_TYPE.OPEN;
const P = STATUS_TYPE.PENDING;
const C = STATUS_TYPE.CLOSED;
export const STATUSES = [
	{ id: 1, name: 'New', shortname: 'NEW', type: O, sequence: 1, colour: '#2e86de' },
	{ id: 2, name: 'In Progress', shortname: 'INP', type: O, sequence: 2, colour: '#10ac84' },
	{ id: 3, name: 'Action Required', shortname: 'ACT', type: O, sequence: 3, colour: '#ee5253' },
	{ id: 4, name: 'With User', shortname: 'USR', type: P, sequence: 4, colour: '#feca57' },
	{ id: 5, name: 'Updated', shortname: 'UPD', type: O, sequence: 5, colour: '#5f27cd' },
	{ id: 6, name: 'With Supplier', shortname: 'SUP', type: P, sequence: 6, colour: '#ff9f43' },
	{ id: 7, name: 'On Hold', shortname: 'HLD', type: P, sequence: 7, colour: '#8395a7' },
	{ id: 8, name: 'Resolved', shortname: 'RES', type: C, sequence: 8, colour: '#1dd1a1' },
	{ id: 9, name: 'Closed', shortname: 'CLO', type: C, sequence: 9, colour: '#576574' },
];

export function seedStatuses(put) {
	for (const s of STATUSES) put('statuses', { ...s });
}
