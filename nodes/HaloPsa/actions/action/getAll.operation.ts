import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersProperty } from '../../descriptions/common';
import { ticketLocator } from '../../descriptions/locators';
import { OTHER_RECORDS, RECORDS } from '../../descriptions/records';
import { locatorId } from '../../helpers/locator';
import { compact, isoDate } from '../../helpers/query';
import { simplifyRecord } from '../../helpers/simplify';
import { getManyOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

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
	filtersProperty([
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
			description: "Whether to include the note's HTML version (note_html) besides the plain text",
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
	]),
];

/** The ticket's actions as Halo's query parameters: the filter switches and the date range. */
async function actionQuery(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const qs: IDataObject = { ticket_id: await locatorId(ctx, itemIndex, RECORDS.ticket) };
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	for (const [filter, param] of Object.entries(FLAGS)) if (filters[filter] === true) qs[param] = true;
	return compact({
		...qs,
		startdate: isoDate(ctx, itemIndex, 'Filters → Since', filters.since),
		enddate: isoDate(ctx, itemIndex, 'Filters → Until', filters.until),
	});
}

/** Simplify keeps the HTML note when the user asked for it. */
function simplifiedAction(ctx: IExecuteFunctions, itemIndex: number) {
	const keepHtml = (ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject).includeHtmlNote === true;
	return (row: IDataObject) => {
		const simple = simplifyRecord('action', row);
		if (keepHtml && row.note_html !== undefined) simple.note_html = row.note_html;
		return simple;
	};
}

/** A ticket's actions. Halo does not page Actions: one request, `count` caps it when a Limit is set. */
export const { description, execute } = getManyOperation({
	records: OTHER_RECORDS.action,
	paging: 'count',
	leadingProperties: [{ ...ticketLocator, description: 'The ticket whose actions are listed' }],
	properties,
	query: actionQuery,
	simplified: simplifiedAction,
});

export const tool: ToolText = {
	notes:
		"Actions are the ticket's notes, emails and time entries, newest first; filters keep conversation only, private or time entries",
	needs: 'the ticket ID; optionally filters and a Limit',
	returns: 'a list of actions (ID, note, outcome, who, when, private or public)',
};
