import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsProperty } from '../../descriptions/common';
import { ticketLocator } from '../../descriptions/locators';
import { OTHER_RECORDS, RECORDS } from '../../descriptions/records';
import { htmlToText } from '../../helpers/htmlText';
import { locatorId } from '../../helpers/locator';
import { runParameter } from '../../helpers/parameters';
import { simplifyRecord } from '../../helpers/simplify';
import { HALO_PAGE_CAP, haloList } from '../../transport/list';
import { haloRequest } from '../../transport/request';
import type { ToolText } from '../../descriptions/tool';

/** Actions read to find the latest: Halo's Actions list has no sort order of its own, so they are sorted here. */
const ACTIONS_READ = 1000;

const properties: INodeProperties[] = [
	{ ...ticketLocator, description: 'The ticket to read with its context' },
	optionsProperty([
		{
			displayName: 'Include System Actions',
			name: 'includeSystemActions',
			type: 'boolean',
			default: false,
			description:
				'Whether the latest actions include those Halo adds itself (ticket logged, status changed, ...) besides notes and emails',
		},
		{
			displayName: 'Latest Actions',
			name: 'latestActions',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 50 },
			default: 5,
			description: 'How many of the most recent actions to include (0 for none)',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['ticket'], operation: ['getContext'] } },
	properties,
);

const pick = (row: IDataObject, names: Record<string, string>): IDataObject =>
	Object.fromEntries(Object.entries(names).map(([shown, field]) => [shown, row[field] ?? null]));

const text = (value: unknown) => (typeof value === 'string' ? htmlToText(value) : (value ?? null));

/** Fields of the ticket shown in their own part of the context (client, site, end user, assets). */
const ELSEWHERE = /^(client|site|user)_|^assets$/;

/**
 * A ticket with what triage needs around it, in at most 4 Halo requests: the ticket (with its linked assets)
 * and its actions at once, then its client's active contracts and its end user at once.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const ticketId = await locatorId(this, itemIndex, RECORDS.ticket);
	const options = runParameter<IDataObject>(this, 'options', itemIndex, {});
	const latest = Math.max(0, Math.min(50, Math.floor(Number(options.latestActions ?? 5)) || 0));
	const [ticket, actions] = await Promise.all([
		haloRequest.call(this, {
			method: 'GET',
			path: `${RECORDS.ticket.apiPath}/${ticketId}`,
			// evidence: the linked assets come only with includedetails (simulator tickets.assets-with-details)
			qs: { includedetails: true },
			itemIndex,
		}) as Promise<IDataObject>,
		latest === 0
			? Promise.resolve([])
			: haloList.call(this, {
					path: OTHER_RECORDS.action.apiPath,
					qs: { ticket_id: ticketId, ...(options.includeSystemActions === true ? {} : { excludesys: true }) },
					limit: ACTIONS_READ,
					itemIndex,
					paged: false,
				}),
	]);
	const clientId = Number(ticket.client_id) || 0;
	const userId = Number(ticket.user_id) || 0;
	const [contracts, user] = await Promise.all([
		clientId > 0
			? haloList.call(this, {
					path: RECORDS.contract.apiPath,
					qs: { client_id: clientId },
					limit: HALO_PAGE_CAP,
					itemIndex,
				})
			: Promise.resolve([]),
		userId > 0
			? (haloRequest.call(this, {
					method: 'GET',
					path: `${RECORDS.user.apiPath}/${userId}`,
					itemIndex,
				}) as Promise<IDataObject>)
			: Promise.resolve(undefined),
	]);
	return [{ json: ticketContext(ticket, actions, contracts, user, latest) }];
}

function ticketContext(
	ticket: IDataObject,
	actions: IDataObject[],
	contracts: IDataObject[],
	user: IDataObject | undefined,
	latest: number,
): IDataObject {
	const simple = simplifyRecord('ticket', ticket);
	const own = Object.fromEntries(
		Object.entries(simple).filter(([key]) => !ELSEWHERE.test(key) && key !== 'customfields'),
	);
	const newestFirst = [...actions].sort((a, b) => Date.parse(String(b.datetime)) - Date.parse(String(a.datetime)));
	return {
		ticket: { ...own, details: text(own.details) },
		client: { id: simple.client_id, name: simple.client_name },
		site: { id: simple.site_id, name: simple.site_name },
		end_user: user
			? pick(simplifyRecord('user', user), {
					id: 'id',
					name: 'name',
					email: 'emailaddress',
					phone: 'phonenumber',
					mobile: 'mobilenumber',
					site: 'site_name',
					title: 'title',
					important_contact: 'isimportantcontact',
				})
			: null,
		assets: ((simple.assets as IDataObject[] | null) ?? []).map((asset) =>
			pick(asset, { id: 'id', inventory_number: 'inventory_number', key_field: 'key_field', type: 'assettype_name' }),
		),
		active_contracts: contracts
			.filter((contract) => contract.inactive !== true && contract.expired !== true)
			.map((contract) =>
				pick(contract, {
					id: 'id',
					ref: 'ref',
					type: 'contracttype_name',
					start_date: 'start_date',
					end_date: 'end_date',
				}),
			),
		latest_actions: newestFirst.slice(0, latest).map((action) => ({
			...pick(action, { id: 'id', datetime: 'datetime', who: 'who', outcome: 'outcome' }),
			private: action.hiddenfromuser === true,
			note: text(action.note),
		})),
	};
}

export const tool: ToolText = {
	needs: 'the ticket ID (a number, e.g. 1001)',
	returns:
		'one item: the ticket, its client, site and end user (name, email, phone), linked assets, active contracts and the latest notes newest first (plain text)',
	notes: 'Call this first when triaging or answering about a ticket: one call instead of five look-ups',
};
