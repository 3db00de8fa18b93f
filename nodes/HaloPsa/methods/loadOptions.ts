import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { haloList } from '../transport/list';

/** Dropdowns never hold more than this; larger tenants pick by ID through an expression. */
const DROPDOWN_MAX = 1000;

function toOptions(rows: IDataObject[], idField = 'id', describe?: (row: IDataObject) => string | undefined) {
	const seen = new Set<string>();
	const options: INodePropertyOptions[] = [];
	for (const row of rows) {
		const value = row[idField];
		if (value === undefined || value === null || seen.has(String(value))) continue;
		seen.add(String(value));
		options.push({ name: String(row.name ?? `#${String(value)}`), value: value as number, description: describe?.(row) });
	}
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

async function lookup(ctx: ILoadOptionsFunctions, path: string, qs: IDataObject = {}, paged = false) {
	return await haloList.call(ctx, { path, qs, paged, limit: paged ? DROPDOWN_MAX : undefined });
}

export async function getStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, '/Status'));
}

export async function getTicketTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, '/TicketType'));
}

export async function getPriorities(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	// Priorities are listed once per SLA; the same priorityid appears several times.
	return toOptions(await lookup(this, '/Priority'), 'priorityid');
}

export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, '/Team'));
}

export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, '/Agent'), 'id', (row) => (row.email ? String(row.email) : undefined));
}

export async function getClients(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookup(this, '/Client', { order: 'name' }, true));
}
