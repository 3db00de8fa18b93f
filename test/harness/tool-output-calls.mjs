// The tool calls whose answers are compared with Halo's raw replies to the same requests — one list for the
// unit test (tool-output.test.mjs) and bench scenario 10 (scripts/bench/toolOutput.mjs). Each entry: a name,
// the node's parameters, and the Halo GET routes (under /api) the node reads for that call.
const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });

/** `ticket` is Halo's record of ticket 1003 (its client and user decide the context routes). */
export function toolOutputCalls(ticket) {
	return [
		[
			'Get ticket',
			{ resource: 'ticket', operation: 'get', ticketId: byId(1003) },
			['/Tickets/1003?includedetails=true'],
		],
		[
			'Get Context',
			{ resource: 'ticket', operation: 'getContext', ticketId: byId(1003) },
			[
				'/Tickets/1003?includedetails=true',
				'/Actions?ticket_id=1003&excludesys=true&count=1000',
				`/ClientContract?client_id=${ticket.client_id}&pageinate=true&page_size=100&page_no=1`,
				`/Users/${ticket.user_id}`,
			],
		],
		[
			'search, 5 tickets',
			{ resource: 'ticket', operation: 'getAll', limit: 5 },
			['/Tickets?pageinate=true&page_size=5&page_no=1'],
		],
	];
}

/** The ticket whose answers are measured. */
export const TOOL_OUTPUT_TICKET_ROUTE = '/Tickets/1003?includedetails=true';
