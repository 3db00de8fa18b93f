import type { INodeProperties } from 'n8n-workflow';

/**
 * Every operation's own fields, in the order the resource lists its operations (they follow the
 * resource's Operation dropdown, which stays a literal in each `<Resource>.resource.ts` so that the
 * community lint checks its options).
 */
export function operationFields(operations: Record<string, { description: INodeProperties[] }>): INodeProperties[] {
	return Object.values(operations).flatMap((operation) => operation.description);
}
