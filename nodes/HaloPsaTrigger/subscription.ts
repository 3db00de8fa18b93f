import type { IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** The Halo webhook whose events the node copies, when it is set to copy them; checked before anything is sent. */
export function copySource(ctx: IHookFunctions): string | undefined {
	if (ctx.getNodeParameter('eventSource', 'list') !== 'copy') return undefined;
	const id = String(ctx.getNodeParameter('sourceWebhookId', '') ?? '').trim();
	if (!id) throw new NodeOperationError(ctx.getNode(), 'Choose the Halo webhook to copy events from');
	return id;
}

/** The event numbers chosen in the list; a value from before the evidenced catalogue is refused by name. */
export function chosenEventNumbers(ctx: IHookFunctions): number[] {
	const chosen = ctx.getNodeParameter('events', []) as string[];
	const numbers: number[] = [];
	for (const value of chosen) {
		if (!/^\d+$/.test(String(value))) {
			throw new NodeOperationError(ctx.getNode(), `Events: "${value}" is not a Halo event number`, {
				description: "Choose the events again: the list now holds Halo's own event numbers",
			});
		}
		numbers.push(Number(value));
	}
	const all = [...new Set([...numbers, ...customEventNumbers(ctx.getNodeParameter('customEventNumbers', ''))])];
	if (!all.length) throw new NodeOperationError(ctx.getNode(), 'Events: choose at least one event');
	return all;
}

/** What the node subscribes to ("events:3,61" or "copy:<webhook id>"): a change means registering again. */
export function subscriptionKey(ctx: IHookFunctions): string {
	const copyFrom = copySource(ctx);
	if (copyFrom) return `copy:${copyFrom}`;
	return `events:${chosenEventNumbers(ctx)
		.sort((a, b) => a - b)
		.join(',')}`;
}

/** The numbers of *Additional Event Numbers* ("12, 27"). */
export function customEventNumbers(value: unknown): number[] {
	return String(value ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => /^\d+$/.test(part))
		.map(Number);
}
