// Resource registry: one definition per Halo resource, keyed by lower-case path segment.
import tickets from './tickets.mjs';
import actions from './actions.mjs';
import assets from './assets.mjs';
import clients from './clients.mjs';
import sites from './sites.mjs';
import users from './users.mjs';
import agents from './agents.mjs';
import teams from './teams.mjs';
import statuses from './statuses.mjs';
import tickettypes from './tickettypes.mjs';
import priorities from './priorities.mjs';
import slas from './slas.mjs';
import outcomes from './outcomes.mjs';
import fieldinfo from './fieldinfo.mjs';
import assettypes from './assettypes.mjs';
import contracts from './contracts.mjs';
import kbarticles from './kbarticles.mjs';
import attachments from './attachments.mjs';
import webhooks from './webhooks.mjs';
import notifications from './notifications.mjs';
import webhookevents from './webhookevents.mjs';
import toplevels from './toplevels.mjs';
import workflows from './workflows.mjs';
import reports from './reports.mjs';
import lookups from './lookups.mjs';
// billing resources (issue 23)
import invoices from './invoices.mjs';
import recurringinvoices from './recurringinvoices.mjs';
import assetgroups from './assetgroups.mjs';
import items from './items.mjs';
import suppliers from './suppliers.mjs';
import purchaseorders from './purchaseorders.mjs';
import quotes from './quotes.mjs';
// end of billing resources
// res-ops (issue 23)
import appointments from './appointments.mjs';
import timesheets from './timesheets.mjs';
import timesheetevents from './timesheetevents.mjs';
import projects from './projects.mjs';
import feedback from './feedback.mjs';
import opportunities from './opportunities.mjs';
// end res-ops
import { operationsOf } from '../collection.mjs';

export const RESOURCES = [
	tickets,
	actions,
	assets,
	clients,
	sites,
	users,
	agents,
	teams,
	statuses,
	tickettypes,
	priorities,
	slas,
	outcomes,
	fieldinfo,
	assettypes,
	contracts,
	kbarticles,
	attachments,
	webhooks,
	notifications,
	webhookevents,
	toplevels,
	workflows,
	reports,
	lookups,
	// billing resources
	invoices,
	recurringinvoices,
	assetgroups,
	items,
	suppliers,
	purchaseorders,
	quotes,
	// end of billing resources
	// res-ops (issue 23)
	appointments,
	timesheets,
	timesheetevents,
	projects,
	feedback,
	opportunities,
	// end res-ops
];

export const BY_NAME = new Map(RESOURCES.map((r) => [r.name.toLowerCase(), r]));
export const BY_COLLECTION = new Map(RESOURCES.map((r) => [r.collection, r]));

/** Anonymous operations served outside the resource registry. */
export const EXTRA_OPERATIONS = ['GET /AuthInfo'];

/** Every operation the simulator serves, in spec form: "GET /Tickets/{id}". */
export function servedOperations() {
	return [...EXTRA_OPERATIONS, ...RESOURCES.flatMap(operationsOf)];
}

/** Spec schemas used for POST bodies (name → resource). */
export function postSchemas() {
	return RESOURCES.filter((r) => r.ops.includes('post')).map((r) => r.schema);
}
