// Seeded asset groups (/AssetGroup: the groups of asset types and of catalogue items), suppliers (/Supplier) and
// catalogue items (/Item; the hardware and licences are bought from suppliers 1 and 2).
export const ASSET_GROUPS = [
	{ id: 1, name: 'End User Devices' },
	{ id: 2, name: 'Infrastructure' },
	{ id: 3, name: 'Software & Licences' },
	{ id: 4, name: 'Services' },
];

// [name, group, sale price, cost price, recurring?, asset type, inactive?]
const ITEMS = [
	['Business Laptop 14"', 1, 1150, 890, false, 2],
	['Desktop Workstation', 1, 950, 720, false, 1],
	['Microsoft 365 Business Premium', 3, 19.7, 16.5, true, null],
	['Endpoint Protection (per device)', 3, 4.5, 2.1, true, null],
	['Managed Services (per user)', 4, 45, 0, true, null],
	['Project Engineer (day)', 4, 650, 0, false, null],
	['24-port PoE Switch', 2, 540, 410, false, 5],
	['Legacy Backup Licence', 3, 12, 8, true, null, true],
];

export function seedAssetGroups(put) {
	for (const group of ASSET_GROUPS) put('assetgroups', { ...group });
}

export function seedItems(put) {
	for (const [name, group, baseprice, costprice, recurring, assettype, inactive] of ITEMS)
		put('items', {
			name,
			description: '',
			assetgroup_id: group,
			assettype_id: assettype,
			baseprice,
			costprice,
			recurringprice: recurring ? baseprice : 0,
			isrecurringitem: recurring,
			taxcode: 1,
			supplier_id: assettype ? 1 : recurring && group === 3 ? 2 : null,
			internalreference: '',
			externalreference: '',
			quantity_in_stock: assettype ? 3 : 0,
			inactive: !!inactive,
		});
}

// [name, contact, email, phone, website, inactive?]
const SUPPLIERS = [
	['Ingram Micro', 'Account Team', 'orders@ingram.example', '0330 123 4567', 'https://www.ingram.example'],
	['TD Synnex', 'Renewals Desk', 'renewals@tdsynnex.example', '0330 765 4321', 'https://www.tdsynnex.example'],
	['Old Parts Wholesale', '', 'sales@oldparts.example', '', '', true],
];

/** Seeded suppliers (/Supplier) that the catalogue items are bought from. */
export function seedSuppliers(put) {
	for (const [name, contact_name, email_address, phone_number, website, inactive] of SUPPLIERS)
		put('suppliers', {
			name,
			contact_name,
			email_address,
			phone_number,
			website,
			notes: '',
			toplevel_id: 1,
			inactive: !!inactive,
		});
}
