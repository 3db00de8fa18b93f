// Seeded quotes (/Quotation): one open quote with two lines, one for a sales order, one closed (lost). Line fields
// are the spec's QuotationDetail names. Uses no PRNG: it changes no other seeded value.
import { DAY, iso } from './common.mjs';
import { priceQuoteLines, QUOTE_CLOSED_STATUS } from '../resources/quotes.mjs';

// [title, client id, status, sales order id, days ago, lines: [name, quantity, unit price]]
const QUOTES = [
	[
		'Office Wi-Fi refresh',
		1,
		1,
		null,
		6,
		[
			['Wireless access point', 4, 210.5],
			['Installation (hours)', 6, 85],
		],
	],
	['Backup appliance', 2, 2, 601, 15, [['Backup appliance 8 TB', 1, 1899]]],
	['Second site VPN', 4, QUOTE_CLOSED_STATUS, null, 60, [['Site-to-site VPN setup', 1, 450]]],
];

export function seedQuotes(put, anchor) {
	for (const [title, client_id, status, salesorder_id, daysAgo, lines] of QUOTES) {
		const quote = {
			title,
			client_id,
			status,
			salesorder_id,
			ticket_id: null,
			agent_id: 1,
			approvalstate: 0,
			date: iso(anchor.getTime() - daysAgo * DAY),
			expiry_date: iso(anchor.getTime() + (30 - daysAgo) * DAY),
			lines: lines.map(([name, current_quantity, baseprice]) => ({ name, current_quantity, baseprice })),
		};
		priceQuoteLines(quote);
		put('quotes', quote);
	}
}
