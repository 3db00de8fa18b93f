import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllFields, simplifyField } from '../../descriptions/common';
import { ticketLocator } from '../../descriptions/locators';
import { locatorId } from '../../helpers/locator';
import { simplifyRecord } from '../../helpers/simplify';
import { inputError } from '../../helpers/validate';
import { haloList } from '../../transport/list';
import { listSettings } from '../common/crud';

/** Filter switches that map one-to-one onto Halo's boolean query parameters. */
const FLAGS: Record<string, string> = {
	timeEntriesOnly: 'timeentriesonly',
	excludePrivate: 'excludeprivate',
	excludeSystem: 'excludesys',
	agentOnly: 'agentonly',
	conversationOnly: 'conversationonly',
	importantOnly: 'importantonly',
	includeHtmlNote: 'includehtmlnote',
};

const properties: INodeProperties[] = [
	{ ...ticketLocator, description: 'The ticket whose actions are listed' },
	...returnAllFields,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Agent Actions Only',
				name: 'agentOnly',
				type: 'boolean',
				default: false,
				description: 'Whether to list only actions made by agents (not by the end user)',
			},
			{
				displayName: 'Conversation Only',
				name: 'conversationOnly',
				type: 'boolean',
				default: false,
				description: 'Whether to list only the conversation with the end user (emails and public replies)',
			},
			{
				displayName: 'Exclude Private Notes',
				name: 'excludePrivate',
				type: 'boolean',
				default: false,
				description: 'Whether to leave out notes hidden from the end user',
			},
			{
				displayName: 'Exclude System Actions',
				name: 'excludeSystem',
				type: 'boolean',
				default: false,
				description: 'Whether to leave out actions Halo adds itself (ticket logged, status changed, ...)',
			},
			{
				displayName: 'Important Only',
				name: 'importantOnly',
				type: 'boolean',
				default: false,
				description: 'Whether to list only actions flagged as important',
			},
			{
				displayName: 'Include HTML Note',
				name: 'includeHtmlNote',
				type: 'boolean',
				default: false,
				description: 'Whether to include the note\'s HTML version (note_html) besides the plain text',
			},
			{
				displayName: 'Since',
				name: 'since',
				type: 'dateTime',
				default: '',
				description: 'Only actions dated on or after this time',
			},
			{
				displayName: 'Time Entries Only',
				name: 'timeEntriesOnly',
				type: 'boolean',
				default: false,
				description: 'Whether to list only actions that record time',
			},
			{
				displayName: 'Until',
				name: 'until',
				type: 'dateTime',
				default: '',
				description: 'Only actions dated on or before this time',
			},
		],
	},
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['action'], operation: ['getAll'] } }, properties);

function isoDate(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const time = Date.parse(String(value));
	if (!Number.isFinite(time)) throw inputError(ctx, itemIndex, field, `"${String(value)}" is not a date`);
	return new Date(time).toISOString();
}

/** A ticket's actions. Halo does not page Actions: one request, `count` caps it when a Limit is set. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const ticketId = await locatorId(this, itemIndex, 'ticketId', 'Ticket', 'ticket');
	const { limit, simplify } = listSettings(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;

	const qs: IDataObject = { ticket_id: ticketId };
	for (const [filter, param] of Object.entries(FLAGS)) if (filters[filter] === true) qs[param] = true;
	const since = isoDate(this, itemIndex, 'Filters → Since', filters.since);
	const until = isoDate(this, itemIndex, 'Filters → Until', filters.until);
	if (since) qs.startdate = since;
	if (until) qs.enddate = until;

	const keepHtml = filters.includeHtmlNote === true;
	const rows = await haloList.call(this, {
		path: '/Actions',
		qs,
		limit,
		itemIndex,
		paged: false,
		mapRow: simplify
			? (row) => {
					const simple = simplifyRecord('action', row);
					if (keepHtml && row.note_html !== undefined) simple.note_html = row.note_html;
					return simple;
				}
			: undefined,
	});
	return rows.map((json) => ({ json }));
}
