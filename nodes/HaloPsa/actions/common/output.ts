import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { OTHER_RECORDS, RECORDS } from '../../descriptions/records';
import { runParameter } from '../../helpers/parameters';
import { simplifyRecord } from '../../helpers/simplify';
import { TOOL_LIMITS, toolAnswer } from '../../helpers/toolOutput';

/**
 * Whether this run answers an AI agent or an MCP client: n8n runs a node's tool variant under its own type
 * name, the node's name with "Tool" appended (`n8n-nodes-halopsa.haloPsaTool`, in n8n 1.x and 2.x alike).
 */
export function isToolRun(ctx: IExecuteFunctions): boolean {
	return ctx.getNode().type.endsWith('Tool');
}

/** Simplify, as set on the node; always on when the node runs as a tool. */
export function simplifyOn(ctx: IExecuteFunctions, itemIndex: number): boolean {
	return isToolRun(ctx) || runParameter(ctx, 'simplify', itemIndex, true);
}

/** The records as output items: Halo's full records, or their Simplify form. */
export function outputRecords(
	ctx: IExecuteFunctions,
	itemIndex: number,
	resource: string,
	rows: IDataObject[],
): INodeExecutionData[] {
	const simplify = simplifyOn(ctx, itemIndex);
	return rows.map((row) => ({ json: simplify ? simplifyRecord(resource, row) : row }));
}

/** The tool variant's own setting (shown only there): how much of a long text one record shows. */
export const toolTextLimitField = {
	displayName: 'Text Limit (Characters)',
	name: 'toolTextLimit',
	type: 'number' as const,
	typeOptions: { minValue: 0 },
	default: TOOL_LIMITS.text,
	displayOptions: { show: { '@tool': [true] } },
	description:
		'How many characters of a long text (ticket details, notes) the agent gets when it reads one record; lists show less. 0 returns the full text. HTML is always turned into plain text.',
};

/**
 * The router's last step for a tool run: every operation's items in the compact form an agent reads
 * (see helpers/toolOutput). Error items of "Continue On Fail" pass as they are.
 */
export function toolOutput(
	ctx: IExecuteFunctions,
	resource: string,
	operation: string,
	items: INodeExecutionData[],
): INodeExecutionData[] {
	const label = recordLabel(resource).toLowerCase();
	const results = items.filter((item) => item.json.error === undefined);
	const reachedLimit =
		operation === 'getAll' &&
		!runParameter(ctx, 'returnAll', 0, false) &&
		!runParameter(ctx, 'countOnly', 0, false) &&
		results.length >= Number(runParameter(ctx, 'limit', 0, 50));
	const shaped = toolAnswer(
		results.map((item) => item.json),
		{
			noun: label,
			nouns: `${label}s`,
			textLimit: Number(runParameter(ctx, 'toolTextLimit', 0, TOOL_LIMITS.text)),
			reachedLimit,
		},
	);
	// Each shown item keeps its binary and pairing; the closing `more_available` item pairs with the last one.
	const shown = Math.min(results.length, TOOL_LIMITS.items);
	const paired = shaped.map((json, index) =>
		index < shown ? { ...results[index], json } : { json, pairedItem: results[shown - 1]?.pairedItem },
	);
	return [...paired, ...items.filter((item) => item.json.error !== undefined)];
}

function recordLabel(resource: string): string {
	// A report answers with rows of its data set, not with reports.
	const kinds: Record<string, { label: string }> = { ...RECORDS, ...OTHER_RECORDS, report: { label: 'Report row' } };
	return kinds[resource]?.label ?? resource;
}
