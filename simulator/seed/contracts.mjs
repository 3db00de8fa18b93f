// Seeded contracts (/ClientContract) of one client: this year's managed services contract, last year's for every
// other client, and a prepaid hours block for the fourth.
import { DAY, iso } from './common.mjs';

export function seedContracts(put, anchor, { client, clientIndex: i, code, inactive, sites }) {
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
}
