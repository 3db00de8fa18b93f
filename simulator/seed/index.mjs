// Deterministic seed data (seeded PRNG: the same seed name and ticketCount give the same records;
// dates are offsets from `anchor`, which defaults to today's UTC midnight). One file per seeded resource;
// this one seeds them in dependency order, which also fixes the PRNG's draws (do not reorder). The seeded ids
// are part of the simulator's contract (see README).
import { SAVED_REPORTS } from '../reports/saved.mjs';
import { LOOKUP_SEED } from '../resources/lookups.mjs';
import { seedAgents } from './agents.mjs';
// res-ops (issue 23)
import { seedAppointments } from './appointments.mjs';
import { seedProjects } from './projects.mjs';
import { seedFeedback } from './feedback.mjs';
import { seedOpportunities } from './opportunities.mjs';
// end res-ops
import { seedAssetTypes } from './assettypes.mjs';
import { seedBilling } from './billing.mjs'; // billing (issue 23)
import { seedPurchaseOrders } from './purchaseorders.mjs';
import { seedQuotes } from './quotes.mjs';
import { seedAssetGroups, seedItems, seedSuppliers } from './items.mjs'; // billing (issue 23)
import { seedClients } from './clients.mjs';
import { defaultAnchor, makeRng } from './common.mjs';
import { seedFieldInfo } from './fieldinfo.mjs';
import { seedKbArticles } from './kbarticles.mjs';
import { seedOutcomes } from './outcomes.mjs';
import { seedPriorities } from './priorities.mjs';
import { seedSlas } from './slas.mjs';
import { seedStatuses } from './statuses.mjs';
import { seedTickets } from './tickets.mjs';
import { seedTicketTypes } from './tickettypes.mjs';
import { seedTopLevels } from './toplevels.mjs';
import { seedTeams } from './teams.mjs';
import { seedWorkflows } from './workflows.mjs';

export { defaultAnchor, makeRng } from './common.mjs';

export const DEFAULT_TICKET_COUNT = 300;

/** The lookups every seed has, 'empty' included. */
function seedLookups(put, rng) {
	seedTeams(put);
	seedAgents(put);
	seedStatuses(put);
	seedTicketTypes(put);
	seedTopLevels(put);
	for (const row of LOOKUP_SEED) put('lookups', { ...row });
	for (const report of SAVED_REPORTS) put('reports', { ...report });
	seedSlas(put);
	seedPriorities(put, rng);
	seedOutcomes(put);
	seedWorkflows(put);
	seedFieldInfo(put);
	seedAssetTypes(put);
	seedAssetGroups(put); // billing (issue 23): no PRNG
}

/**
 * Fill an empty store. seed: 'default' (or any other name → different but deterministic data),
 * 'empty' = lookups only.
 */
export function seedStore(
	store,
	{ seed = 'default', ticketCount = DEFAULT_TICKET_COUNT, anchor = defaultAnchor() } = {},
) {
	store.clear();
	const rng = makeRng(seed);
	const put = (coll, rec) => store.coll(coll).insert(rec);
	seedLookups(put, rng);
	if (seed === 'empty') return;
	const customers = seedClients(put, rng, anchor);
	seedKbArticles(put, anchor);
	seedTickets(store, rng, anchor, customers, ticketCount);
	// billing (issue 23): after everything else, without the PRNG, so no other seeded value changes
	seedBilling(store, anchor);
	seedSuppliers(put);
	seedItems(put);
	seedPurchaseOrders(put, anchor);
	seedQuotes(put, anchor);
	// res-ops (issue 23): seeded with their own PRNGs, after everything they point at
	seedAppointments(store, seed, anchor);
	seedProjects(store, anchor);
	seedFeedback(store, seed);
	seedOpportunities(store, anchor);
	// end res-ops
}
