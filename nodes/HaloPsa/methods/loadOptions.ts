import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { HALO_PATHS, OTHER_RECORDS, RECORDS } from '../descriptions/records';
import { CUSTOM_FIELD_TYPE, type CustomFieldOwner } from '../helpers/customFields';
import { choosableOutcomes, DEFAULT_OUTCOME_CHOICE, outcomeLabel, workflowOutcomeIds } from '../helpers/outcomes';
import { haloList } from '../transport/list';
import { haloRequest } from '../transport/request';

/** Dropdowns never hold more than this; larger tenants pick by ID through an expression. */
const DROPDOWN_MAX = 1000;

function toOptions(
	rows: IDataObject[],
	valueOf: (row: IDataObject) => unknown = (row) => row.id,
	describe?: (row: IDataObject) => string | undefined,
): INodePropertyOptions[] {
	const seen = new Set<string>();
	const options: INodePropertyOptions[] = [];
	for (const row of rows) {
		const value = valueOf(row);
		if (value === undefined || value === null || value === '' || seen.has(String(value))) continue;
		seen.add(String(value));
		options.push({
			name: String(row.name ?? `#${String(value)}`),
			value: value as string | number,
			description: describe?.(row),
		});
	}
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

/** Errors are not caught here: n8n shows them in the dropdown instead of an empty list. */
async function lookup(ctx: ILoadOptionsFunctions, path: string, qs: IDataObject = {}, paged = false) {
	return await haloList.call(ctx, { path, qs, paged, limit: paged ? DROPDOWN_MAX : undefined });
}

/** The value of the first of these parameters the user has set (fields live in different collections per operation). */
function currentValue(ctx: ILoadOptionsFunctions, paths: string[]): string | undefined {
	for (const path of paths) {
		let value: unknown;
		try {
			value = ctx.getCurrentNodeParameter(path, { extractValue: true });
		} catch {
			value = undefined;
		}
		if (value !== undefined && value !== null && value !== '' && /^\d+$/.test(String(value))) return String(value);
	}
	return undefined;
}

const CLIENT_PARAMS = ['clientId', 'additionalFields.client_id', 'updateFields.client_id', 'filters.clientId'];
const TICKET_TYPE_PARAMS = ['additionalFields.tickettype_id', 'updateFields.tickettype_id', 'filters.ticketTypeId'];

export async function getStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const ticketType = currentValue(this, TICKET_TYPE_PARAMS);
	return toOptions(await lookup(this, HALO_PATHS.status, ticketType ? { tickettype_id: ticketType } : {}));
}

/** Statuses that close a ticket: all statuses minus those Halo lists with `excludeclosed`. */
export async function getClosedStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const [all, open] = await Promise.all([
		lookup(this, HALO_PATHS.status),
		lookup(this, HALO_PATHS.status, { excludeclosed: true }),
	]);
	const openIds = new Set(open.map((row) => String(row.id)));
	return toOptions(all.filter((row) => !openIds.has(String(row.id))));
}

export async function getTicketTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, HALO_PATHS.ticketType));
}

/** The SLA a ticket type's tickets get (`default_sla`), or undefined when the type names none. */
async function ticketTypeSla(ctx: ILoadOptionsFunctions, ticketTypeId: string): Promise<string | undefined> {
	const type = (await haloRequest.call(ctx, { method: 'GET', path: `${HALO_PATHS.ticketType}/${ticketTypeId}` })) as
		| IDataObject
		| undefined;
	const sla = Number(type?.default_sla ?? type?.sla_id);
	return Number.isInteger(sla) && sla > 0 ? String(sla) : undefined;
}

function slaTimes(row: IDataObject): string | undefined {
	const hours = (value: unknown) => (row.fixunits && row.fixunits !== 'H' ? undefined : Number(value));
	const fix = hours(row.fixtime);
	const response = hours(row.responsetime);
	if (!fix) return undefined;
	return `Fix within ${fix} h${response ? `, respond within ${response} h` : ''}`;
}

/**
 * Priorities belong to an SLA and tickets store the SLA's `priorityid`, so with a ticket type chosen only
 * its SLA's priorities are offered (others would be refused or mean another priority). Without one, every
 * SLA's priorities are listed once per id.
 */
export async function getPriorities(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const ticketType = currentValue(this, TICKET_TYPE_PARAMS);
	const slaId = ticketType ? await ticketTypeSla(this, ticketType) : undefined;
	const rows = await lookup(this, HALO_PATHS.priority, slaId ? { slaid: slaId } : {});
	// Filtered here as well, in case a Halo version ignores the slaid parameter.
	const ofSla = slaId ? rows.filter((row) => row.slaid === undefined || String(row.slaid) === slaId) : rows;
	return toOptions(ofSla, (row) => row.priorityid, slaId ? slaTimes : undefined);
}

export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, OTHER_RECORDS.team.apiPath));
}

export async function getTeamNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, OTHER_RECORDS.team.apiPath), (row) => row.name);
}

export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, RECORDS.agent.apiPath), undefined, (row) =>
		row.email ? String(row.email) : undefined,
	);
}

/** The ticket type of the dropdown's context: a ticket type field, else the chosen ticket's type. */
async function contextTicketType(ctx: ILoadOptionsFunctions): Promise<number | undefined> {
	const typeId = currentValue(ctx, TICKET_TYPE_PARAMS);
	if (typeId) return Number(typeId);
	const ticketId = currentValue(ctx, ['ticketId']);
	if (!ticketId) return undefined;
	const ticket = (await haloRequest.call(ctx, { method: 'GET', path: `${RECORDS.ticket.apiPath}/${ticketId}` })) as
		| IDataObject
		| undefined;
	const ticketType = Number(ticket?.tickettype_id ?? 0);
	return ticketType > 0 ? ticketType : undefined;
}

/** Outcomes the ticket type's workflow allows when the type is known, else every outcome agents can choose. */
export async function getOutcomes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const rows = await lookup(this, HALO_PATHS.outcome);
	let allowed: Set<number> | undefined;
	try {
		const ticketType = await contextTicketType(this);
		if (ticketType) allowed = await workflowOutcomeIds(this, ticketType);
	} catch {
		allowed = undefined; // the filter is a convenience: without it the list shows every outcome
	}
	// The field's empty default (the tenant's outcome for the visibility) is a choice of its own: without it the
	// editor marks the untouched field as holding a value the list does not offer.
	return [
		{ name: DEFAULT_OUTCOME_CHOICE, value: '' }, // the field's description says which outcome that is
		...toOptions(choosableOutcomes(rows, allowed).map((row) => ({ ...row, name: outcomeLabel(row) }))),
	];
}

export async function getAssetTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, HALO_PATHS.assetType));
}

export async function getClients(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, RECORDS.client.apiPath, { order: 'name' }, true));
}

export async function getSites(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const clientId = currentValue(this, CLIENT_PARAMS);
	return toOptions(
		await lookup(this, RECORDS.site.apiPath, clientId ? { client_id: clientId } : {}, true),
		undefined,
		(row) => (row.client_name ? String(row.client_name) : undefined),
	);
}

async function customFields(ctx: ILoadOptionsFunctions, owner: CustomFieldOwner) {
	let rows = await lookup(ctx, HALO_PATHS.fieldInfo, { typeid: CUSTOM_FIELD_TYPE[owner] });
	// Same fallback as at run time (helpers/customFields.ts): no action-level fields → the ticket's.
	if (!rows.length && owner === 'action')
		rows = await lookup(ctx, HALO_PATHS.fieldInfo, { typeid: CUSTOM_FIELD_TYPE.ticket });
	return toOptions(
		rows.map((row) => ({ ...row, name: `${String(row.label ?? row.name)} (${String(row.name)})` })),
		(row) => row.name && String(row.name).replace(/^.* \((.*)\)$/, '$1'),
	);
}

export async function getTicketCustomFields(this: ILoadOptionsFunctions) {
	return await customFields(this, 'ticket');
}

export async function getActionCustomFields(this: ILoadOptionsFunctions) {
	return await customFields(this, 'action');
}

export async function getClientCustomFields(this: ILoadOptionsFunctions) {
	return await customFields(this, 'client');
}

export async function getSiteCustomFields(this: ILoadOptionsFunctions) {
	return await customFields(this, 'site');
}

export async function getAssetCustomFields(this: ILoadOptionsFunctions) {
	return await customFields(this, 'asset');
}

/** Client top levels (groups of clients), e.g. "Customers" and "Partners". */
export async function getTopLevels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, HALO_PATHS.topLevel));
}

export async function getSlas(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, HALO_PATHS.sla));
}

/** Reports saved in Halo (the list leaves out their SQL). */
export async function getReports(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, OTHER_RECORDS.report.apiPath, {}, true), undefined, (row) =>
		row.description ? String(row.description) : undefined,
	);
}

/** Item (product) groups: Halo's asset groups, which items belong to (`assetgroup_id`). */
export async function getItemGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, HALO_PATHS.assetGroup));
}
