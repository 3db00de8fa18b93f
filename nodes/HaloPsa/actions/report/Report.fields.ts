import type { INodeProperties } from 'n8n-workflow';

export const outputField: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	default: 'rows',
	options: [
		{ name: 'One Item per Row', value: 'rows' },
		{
			name: 'One Item with All Rows',
			value: 'oneItem',
			description: 'An item {rows, rowCount}; handy for comparing whole sets',
		},
	],
};
