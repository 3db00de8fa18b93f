import type { IDataObject, INodeProperties } from 'n8n-workflow';

const ADDRESS_LINES = ['line1', 'line2', 'line3', 'line4', 'postcode'] as const;

/** Halo's `AddressStore` as a small collection: four address lines and a postcode. */
export function addressProperty(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Address Line',
		default: {},
		description,
		options: [
			{ displayName: 'Line 1', name: 'line1', type: 'string', default: '', placeholder: 'e.g. 12 Harbour Street' },
			{ displayName: 'Line 2', name: 'line2', type: 'string', default: '' },
			{ displayName: 'Line 3', name: 'line3', type: 'string', default: '', description: 'Usually the town or city' },
			{
				displayName: 'Line 4',
				name: 'line4',
				type: 'string',
				default: '',
				description: 'Usually the county, state or region',
			},
			{ displayName: 'Postcode', name: 'postcode', type: 'string', default: '' },
		],
	};
}

/** The address lines the user filled in, or undefined when none were. */
export function addressBody(value: unknown): IDataObject | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const address: IDataObject = {};
	for (const key of ADDRESS_LINES) {
		const line = (value as IDataObject)[key];
		if (line !== undefined && line !== null && line !== '') address[key] = String(line);
	}
	return Object.keys(address).length ? address : undefined;
}

/**
 * Halo stores an address as one object; sending only some lines could blank the others, so an update
 * starts from the address the record already has.
 */
export function mergeAddress(current: unknown, changes: IDataObject): IDataObject {
	const address: IDataObject = {};
	const existing = current && typeof current === 'object' ? (current as IDataObject) : {};
	for (const key of ADDRESS_LINES) address[key] = existing[key] ?? '';
	return { ...address, ...changes };
}
