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

export const keepTextField: INodeProperties = {
	displayName: 'Keep Values as Text',
	name: 'keepText',
	type: 'boolean',
	default: false,
	description:
		'Whether to output every value as the text Halo sends. Off: numbers, true/false and ISO dates, typed from the columns Halo describes (text columns stay text, leading zeros kept).',
};
