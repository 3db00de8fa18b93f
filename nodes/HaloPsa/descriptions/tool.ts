import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * What an AI agent reads about one operation when the node runs as a tool. Its first sentences come from
 * the Operation dropdown (the option's action and description, so "Writes to Halo" is written once); each
 * `<operation>.operation.ts` adds only what the dropdown does not say.
 */
export interface ToolText {
	/** what the agent has to supply, e.g. "the ticket ID (a number)" */
	needs: string;
	/** what comes back, e.g. "the ticket: summary, status, client, ..." */
	returns: string;
	/** anything else that changes how an agent should use it (what a Halo term means, defaults, limits) */
	notes?: string;
}

/** How every write operation's dropdown description starts; also the mark an agent reads. */
export const WRITES_MARK = 'Writes to Halo';

export function isWrite(option: Pick<INodePropertyOptions, 'description'>): boolean {
	return String(option.description ?? '').startsWith(WRITES_MARK);
}

const sentence = (text: string) => {
	const trimmed = text.trim();
	return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The tool description of one operation: its action, whether it writes, then what it needs and returns. */
export function toolDescription(option: INodePropertyOptions, tool: ToolText, nodeName: string): string {
	const head = `${String(option.action ?? option.name)} in ${nodeName}`;
	const what = String(option.description ?? '');
	const first = isWrite(option)
		? `${head}. ${sentence(what)}` // "Writes to Halo: ..." carries the mark
		: `${head} (read-only). ${sentence(capitalised(what))}`;
	const parts = [first, tool.notes && sentence(tool.notes), `Needs: ${sentence(tool.needs)}`];
	return [...parts, `Returns: ${sentence(tool.returns)}`].filter(Boolean).join(' ');
}

/**
 * The tool variant's "Description" parameter, one per operation, shown only on the tool (`@tool`). n8n's
 * own "Set Automatically" text is `<action> in <node>`, read from the operation's `action` by both the
 * nodes panel and the node's name, so it cannot be long; a node that declares `toolDescription` gets no
 * automatic one, and n8n (1.x and 2.x) sends this parameter's value, default or as the author edited it.
 */
export function toolDescriptionProperties(
	resource: string,
	operations: INodePropertyOptions[],
	tools: Record<string, ToolText>,
	nodeName: string,
): INodeProperties[] {
	return operations.map((option) => ({
		displayName: 'Description',
		name: 'toolDescription',
		type: 'string',
		typeOptions: { rows: 4 },
		default: toolDescription(option, tools[String(option.value)], nodeName),
		description: 'What the AI agent reads about this tool. Edit it to fit your agent.',
		displayOptions: { show: { '@tool': [true], resource: [resource], operation: [option.value] } },
	}));
}
