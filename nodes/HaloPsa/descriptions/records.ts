/**
 * The one table of the Halo records the node points at: Halo API path, label, resource-locator parameter,
 * list-search method and the pages of Halo's web app that show one record. Locators, "By URL" parsing and
 * the links in search results are derived from it.
 *
 * Web pages: Halo documents no web-app URLs. The shapes below are what public integrations link to
 * (`/ticket?id=`, `/tickets?id=`, `/customers?clientid=`) or browser extensions navigate to
 * (`mainview=site|user` on `/customers`, `/config/agents/agents?agentid=`, `/assets?id=`); none was checked
 * against a live tenant (assumption). The first page of each record is the one the node links to.
 */
export interface WebPage {
	/** path below the Halo URL, lower case */
	path: string;
	/** query parameter holding the record's id */
	idParam: string;
	/** `mainview` value that page uses, where several kinds share a path (Halo's /customers) */
	view?: string;
}

export interface RecordKind<Resource extends string = string> {
	/** the node's resource value (also the Simplify key), e.g. `ticket`: the record's key in RECORDS */
	resource: Resource;
	/** human name, used in messages and as the locator's display name */
	label: string;
	/** Halo API path without id, e.g. `/Tickets` */
	apiPath: string;
	/** resource-locator parameter name */
	locator: string;
	/** listSearch method that fills the locator's list */
	searchMethod: string;
	/** web-app pages of one record; empty = no By URL mode (links not stable enough to parse) */
	webPages: WebPage[];
	/** Halo gives these records negative ids (recurring invoices, EVIDENCE 10.3): ids of either sign are accepted */
	signedIds?: boolean;
}

/** Gives each entry its own key as `resource`, so the key is written once. */
function keyed<Table extends Record<string, Omit<RecordKind, 'resource'>>>(
	table: Table,
): { [Key in keyof Table & string]: Table[Key] & { resource: Key } } {
	const entries = Object.entries(table).map(([resource, kind]) => [resource, { ...kind, resource }]);
	return Object.fromEntries(entries) as { [Key in keyof Table & string]: Table[Key] & { resource: Key } };
}

export const RECORDS = keyed({
	ticket: {
		label: 'Ticket',
		apiPath: '/Tickets',
		locator: 'ticketId',
		searchMethod: 'searchTickets',
		webPages: [
			{ path: '/ticket', idParam: 'id' },
			{ path: '/tickets', idParam: 'id' },
		],
	},
	client: {
		label: 'Client',
		apiPath: '/Client',
		locator: 'clientId',
		searchMethod: 'searchClients',
		webPages: [{ path: '/customers', idParam: 'clientid' }],
	},
	site: {
		label: 'Site',
		apiPath: '/Site',
		locator: 'siteId',
		searchMethod: 'searchSites',
		webPages: [{ path: '/customers', idParam: 'siteid', view: 'site' }],
	},
	user: {
		label: 'User',
		apiPath: '/Users',
		locator: 'userId',
		searchMethod: 'searchUsers',
		webPages: [{ path: '/customers', idParam: 'userid', view: 'user' }],
	},
	agent: {
		label: 'Agent',
		apiPath: '/Agent',
		locator: 'agentId',
		searchMethod: 'searchAgents',
		webPages: [
			{ path: '/config/agents', idParam: 'agentid' },
			{ path: '/config/agents/agents', idParam: 'agentid' },
		],
	},
	asset: {
		label: 'Asset',
		apiPath: '/Asset',
		locator: 'assetId',
		searchMethod: 'searchAssets',
		webPages: [
			{ path: '/assets', idParam: 'assetid' },
			{ path: '/assets', idParam: 'id' },
		],
	},
	contract: {
		label: 'Contract',
		apiPath: '/ClientContract',
		locator: 'contractId',
		searchMethod: 'searchContracts',
		webPages: [],
	},
	kbArticle: {
		label: 'Article',
		apiPath: '/KBArticle',
		locator: 'articleId',
		searchMethod: 'searchKbArticles',
		webPages: [],
	},
	// billing records (issue 23): no web-app page shape of these is evidenced, so no By URL mode
	invoice: {
		label: 'Invoice',
		apiPath: '/Invoice',
		locator: 'invoiceId',
		searchMethod: 'searchInvoices',
		webPages: [],
	},
	recurringInvoice: {
		label: 'Recurring Invoice',
		apiPath: '/RecurringInvoice',
		locator: 'recurringInvoiceId',
		searchMethod: 'searchRecurringInvoices',
		webPages: [],
		signedIds: true,
	},
	item: {
		label: 'Item',
		apiPath: '/Item',
		locator: 'itemId',
		searchMethod: 'searchItems',
		webPages: [],
	},
	supplier: {
		label: 'Supplier',
		apiPath: '/Supplier',
		locator: 'supplierId',
		searchMethod: 'searchSuppliers',
		webPages: [],
	},
	purchaseOrder: {
		label: 'Purchase Order',
		apiPath: '/PurchaseOrder',
		locator: 'purchaseOrderId',
		searchMethod: 'searchPurchaseOrders',
		webPages: [],
	},
	quote: {
		label: 'Quote',
		apiPath: '/Quotation',
		locator: 'quoteId',
		searchMethod: 'searchQuotes',
		webPages: [],
	},
	// end of billing records
	// --- scheduling, projects and sales records (issue 23, res-ops) ---
	// Halo's web-app pages of these records are not evidenced: no By URL mode.
	appointment: {
		label: 'Appointment',
		apiPath: '/Appointment',
		locator: 'appointmentId',
		searchMethod: 'searchAppointments',
		webPages: [],
	},
	project: {
		label: 'Project',
		apiPath: '/Projects',
		locator: 'projectId',
		searchMethod: 'searchProjects',
		webPages: [],
	},
	opportunity: {
		label: 'Opportunity',
		apiPath: '/Opportunities',
		locator: 'opportunityId',
		searchMethod: 'searchOpportunities',
		webPages: [],
	},
	// --- end res-ops ---
});

export type RecordResource = keyof typeof RECORDS;

/** One entry of the record table. */
export type HaloRecord = RecordKind<RecordResource>;

export function recordKind(resource: RecordResource): HaloRecord {
	return RECORDS[resource];
}

/** What a list or a write needs of a kind of record: the node's resource value and Halo's path. */
export type RecordPath = Pick<RecordKind, 'resource' | 'apiPath'>;

/** The records the node reads or writes that no locator points at, by resource: their Halo path. */
/**
 * Halo's configuration lists and other endpoints the node reads by path (dropdowns, name lookups, outcome and
 * custom-field definitions, the trigger's registration); records the node works on are in RECORDS/OTHER_RECORDS.
 */
export const HALO_PATHS = {
	status: '/Status',
	ticketType: '/TicketType',
	priority: '/Priority',
	outcome: '/Outcome',
	assetType: '/AssetType',
	fieldInfo: '/FieldInfo',
	topLevel: '/TopLevel',
	sla: '/SLA',
	workflow: '/Workflow',
	webhook: '/Webhook',
	notification: '/Notification',
	lookup: '/Lookup',
	assetGroup: '/AssetGroup', // item (product) groups; billing
} as const;

export const OTHER_RECORDS = {
	action: { resource: 'action', apiPath: '/Actions', label: 'Action' },
	attachment: { resource: 'attachment', apiPath: '/Attachment', label: 'Attachment' },
	report: { resource: 'report', apiPath: '/Report', label: 'Report' },
	team: { resource: 'team', apiPath: '/Team', label: 'Team' },
	// --- res-ops (issue 23) ---
	timesheet: { resource: 'timesheet', apiPath: '/Timesheet', label: 'Timesheet' },
	timesheetEvent: { resource: 'timesheetEvent', apiPath: '/TimesheetEvent', label: 'Time entry' },
	feedback: { resource: 'feedback', apiPath: '/Feedback', label: 'Feedback' },
	// --- end res-ops ---
} satisfies Record<string, RecordPath & Pick<RecordKind, 'label'>>;

/** A HALO_PATHS key as words: `ticketType` → "Ticket type", `sla` → "SLA". */
export function configLabel(key: string): string {
	const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
	return words.length <= 3 ? words.toUpperCase() : words[0].toUpperCase() + words.slice(1);
}

/**
 * The kind of record a Halo path points at, and its id: `/Tickets/999` → Ticket 999, `/AssetType/7` → Asset type 7;
 * a write to `/Tickets` of one element with an id names that element. Undefined for paths that name no record.
 */
export function recordAt(path: string, body?: unknown): { label: string; id: string } | undefined {
	const [, base = '', id] = /^(\/[^/?#]+)(?:\/([^/?#]+))?\/?$/.exec(path) ?? [];
	const kinds = [
		...Object.values(RECORDS),
		...Object.values(OTHER_RECORDS),
		...Object.entries(HALO_PATHS).map(([key, apiPath]) => ({ apiPath, label: configLabel(key) })),
	];
	const kind = kinds.find((record) => record.apiPath.toLowerCase() === base.toLowerCase());
	if (!kind) return undefined;
	const written = Array.isArray(body) && body.length === 1 ? (body[0] as { id?: unknown } | null)?.id : undefined;
	const recordId = id ?? (written === undefined || written === null ? undefined : String(written));
	return recordId !== undefined && /^-?[1-9]\d*$/.test(recordId) ? { label: kind.label, id: recordId } : undefined;
}

/** Link to one record in Halo's web app (its first page), or '' for records without one. */
export function webUrl(haloUrl: string, resource: RecordResource, id: number | string): string {
	const page: WebPage | undefined = recordKind(resource).webPages[0];
	if (!page) return '';
	return `${haloUrl}${page.path}?${page.view ? `mainview=${page.view}&` : ''}${page.idParam}=${id}`;
}

/** The example shown in a By URL field. */
export function urlPlaceholder(resource: RecordResource): string {
	return `e.g. ${webUrl('https://acme.halopsa.com', resource, 1234)}`;
}

/** A regular expression source that matches any letter case of `text` (n8n's validation has no flags). */
function anyCase(text: string): string {
	return text
		.split('')
		.map((char) =>
			/[a-z]/i.test(char)
				? `[${char.toLowerCase()}${char.toUpperCase()}]`
				: char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
		)
		.join('');
}

/**
 * The editor's check of a By URL value (n8n anchors it with ^…$): a web page of this record kind with a
 * numeric id, or its API URL. Only a hint: the node checks host, kind and id again when it runs.
 */
export function urlPattern(resource: RecordResource): string {
	const kind = recordKind(resource);
	const origin = 'https?://[^/?#\\s]+(?:/[^?#\\s]*)?';
	const pages = kind.webPages.map(
		(page) => `${anyCase(page.path)}/?\\?(?:[^#\\s]*&)?${anyCase(page.idParam)}=\\d+(?:[&#]\\S*)?`,
	);
	const api = `${anyCase(kind.apiPath)}/\\d+/?`;
	return `\\s*${origin}(?:${[...pages, api].join('|')})\\s*`;
}
