import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { HALO_PATHS, OTHER_RECORDS } from '../descriptions/records';
import { cachedList } from './lookups';
import { lookupId } from './names';
import { inputError } from './validate';
import { saveRecord } from '../actions/common/write';
import { haloRequest, type HaloContext } from '../transport/request';

/*
 * Halo refuses an action without an outcome ("An Outcome must be entered for this Action"), outcome names
 * and ids differ per tenant, and the API agent may be barred from some outcomes ("You do not have access
 * to this Action"). Everything the node knows about outcomes lives here.
 */

/** Names tried, in order, when the user leaves the outcome empty (compared case-insensitively). */
export const DEFAULT_OUTCOME_NAMES = {
	private: ['Private Note', 'Internal Note'],
	public: ['Public Note', 'Email Update', 'Email User', 'Public Reply'],
} as const;

/** The rule in words, for field descriptions and error messages (README says the same). */
/** The Outcome dropdown's entry for leaving the field empty (DEFAULT_OUTCOME_RULE applies). */
export const DEFAULT_OUTCOME_CHOICE = 'Default for the Visibility';

export const DEFAULT_OUTCOME_RULE =
	"Left empty, the node picks your Halo's outcome for the visibility: for a private note the first outcome named " +
	`${DEFAULT_OUTCOME_NAMES.private.map((name) => `"${name}"`).join(' or ')}, for a public reply ` +
	`${DEFAULT_OUTCOME_NAMES.public.map((name) => `"${name}"`).join(', ')}; otherwise a non-system outcome with "Note" in its name ` +
	'whose hide-from-user setting matches';

/** Outcome rows name themselves in `buttonname` (Halo's label), `outcome` or `name`, depending on where they come from. */
export function outcomeLabel(row: IDataObject): string {
	for (const key of ['buttonname', 'outcome', 'name']) {
		const value = row[key];
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
	}
	return `#${String(row.id)}`;
}

function namesOf(row: IDataObject): string[] {
	return ['buttonname', 'outcome', 'name']
		.map((key) => row[key])
		.filter((value): value is string => typeof value === 'string' && value.trim() !== '')
		.map((value) => value.trim().toLowerCase());
}

function isSystem(row: IDataObject): boolean {
	return Number(row.systemid ?? 0) > 0;
}

/** The tenant's outcomes, read at most once per execution (shared with the name lookups of other fields). */
export async function tenantOutcomes(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await cachedList(ctx, HALO_PATHS.outcome, {}, itemIndex);
}

function listed(rows: IDataObject[]): string {
	const labels = rows.filter((row) => !isSystem(row)).map((row) => `${outcomeLabel(row)} (${String(row.id)})`);
	return labels.length ? labels.slice(0, 30).join(', ') : 'none';
}

/** The default for a visibility, or undefined when the tenant has none that fits the rule. */
export function defaultOutcome(rows: IDataObject[], hidden: boolean): IDataObject | undefined {
	const usable = rows.filter((row) => !isSystem(row));
	for (const name of DEFAULT_OUTCOME_NAMES[hidden ? 'private' : 'public']) {
		const match = usable.find((row) => namesOf(row).includes(name.toLowerCase()));
		if (match) return match;
	}
	return usable.find(
		(row) =>
			typeof row.hidefromuser === 'boolean' &&
			row.hidefromuser === hidden &&
			namesOf(row).some((name) => name.includes('note')),
	);
}

export interface OutcomeRequest {
	/** what the user entered: an id, a name, or empty for the default */
	requested?: unknown;
	/** the action's visibility: true for a private note */
	hidden: boolean;
	/** the field's display name, for messages (default "Outcome") */
	field?: string;
}

/**
 * The outcome an action is sent with, always as `{outcome_id}`: an id as given, a name looked up in
 * `GET /Outcome`, or, when empty, the tenant's outcome for the visibility (DEFAULT_OUTCOME_RULE). Fails
 * before anything is sent, naming the field and the item and listing the tenant's outcomes.
 */
export async function resolveOutcome(
	ctx: IExecuteFunctions,
	itemIndex: number,
	{ requested, hidden, field = 'Outcome' }: OutcomeRequest,
): Promise<{ outcome_id: number }> {
	const text = requested === undefined || requested === null ? '' : String(requested).trim();
	const given = await lookupId(ctx, itemIndex, 'outcome', field, text);
	if (given !== undefined) return { outcome_id: given };
	const rows = await tenantOutcomes(ctx, itemIndex);
	const fallback = defaultOutcome(rows, hidden);
	if (!fallback) {
		const wanted = DEFAULT_OUTCOME_NAMES[hidden ? 'private' : 'public'].map((name) => `"${name}"`).join(', ');
		throw inputError(
			ctx,
			itemIndex,
			field,
			`Halo needs an outcome for every action and none of your outcomes fits a ${hidden ? 'private note' : 'public reply'} ` +
				`(looked for ${wanted}, or a note outcome ${hidden ? 'hidden from' : 'visible to'} the user); choose one ` +
				`(your outcomes: ${listed(rows)})`,
		);
	}
	return { outcome_id: Number(fallback.id) };
}

const NO_ACCESS = /you do not have access to this action/i;

/** An outcome's label for messages, from the cached list when it was read, else its id. */
async function describeOutcome(ctx: IExecuteFunctions, itemIndex: number, action: IDataObject): Promise<string> {
	if (typeof action.outcome === 'string' && action.outcome) return `"${action.outcome}"`;
	const id = Number(action.outcome_id);
	try {
		const row = (await tenantOutcomes(ctx, itemIndex)).find((entry) => Number(entry.id) === id);
		if (row) return `"${outcomeLabel(row)}" (ID ${id})`;
	} catch {
		// the message still names the id
	}
	return `with ID ${id}`;
}

/**
 * Halo's "You do not have access to this Action" means the API application's login agent may not use that
 * outcome; say so and name it. Other errors pass through unchanged.
 */
export async function explainOutcomeError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	error: unknown,
	actions: IDataObject[],
): Promise<unknown> {
	if (!(error instanceof NodeApiError) || !NO_ACCESS.test(error.message)) return error;
	const names = [
		...new Set(await Promise.all(actions.map(async (action) => await describeOutcome(ctx, itemIndex, action)))),
	];
	// A batch's reply does not say which element was refused: then every outcome in it is named.
	const which = names.length === 1 ? `the outcome ${names[0]}` : `one of the outcomes ${names.join(', ')}`;
	error.message =
		`Halo: the API agent may not use ${which} ("You do not have access to this Action"). ` +
		"Choose another outcome, or allow it for the login agent's role in Halo";
	return error;
}

/** `POST /Actions` with one action, Halo's refusal of its outcome explained. */
export async function saveAction(ctx: IExecuteFunctions, itemIndex: number, action: IDataObject): Promise<IDataObject> {
	try {
		return await saveRecord(ctx, itemIndex, OTHER_RECORDS.action.apiPath, action);
	} catch (error) {
		throw await explainOutcomeError(ctx, itemIndex, error, [action]);
	}
}

/**
 * The outcome ids a ticket type's workflow allows: `GET /TicketType/{id}` → `workflow_id` →
 * `GET /Workflow/{id}` → `steps[].actions[].action_id`. Undefined when the type has no workflow or the
 * workflow lists none (then every outcome applies).
 */
export async function workflowOutcomeIds(ctx: HaloContext, ticketTypeId: number): Promise<Set<number> | undefined> {
	const ticketType = (await haloRequest.call(ctx, {
		method: 'GET',
		path: `${HALO_PATHS.ticketType}/${ticketTypeId}`,
	})) as IDataObject | undefined;
	const workflowId = Number(ticketType?.workflow_id ?? 0);
	if (!Number.isInteger(workflowId) || workflowId <= 0) return undefined;
	const workflow = (await haloRequest.call(ctx, { method: 'GET', path: `${HALO_PATHS.workflow}/${workflowId}` })) as
		| IDataObject
		| undefined;
	const ids = new Set<number>();
	for (const step of (Array.isArray(workflow?.steps) ? workflow.steps : []) as IDataObject[]) {
		for (const action of (Array.isArray(step?.actions) ? step.actions : []) as IDataObject[]) {
			const id = Number(action?.action_id);
			if (Number.isInteger(id) && id > 0) ids.add(id);
		}
	}
	return ids.size ? ids : undefined;
}

/** Outcomes an agent can choose (system outcomes such as "Ticket Logged" are Halo's own). */
export function choosableOutcomes(rows: IDataObject[], allowed?: Set<number>): IDataObject[] {
	return rows.filter((row) => !isSystem(row) && (!allowed || allowed.has(Number(row.id))));
}
