// Seeded custom field definitions (/FieldInfo).
export const FIELDS = [
	{ id: 150, name: 'CFRMMAlertID', label: 'RMM Alert ID', typeid: 1, type: 0, inputtype: 0, searchable: true },
	{ id: 151, name: 'CFBillingCode', label: 'Billing Code', typeid: 1, type: 0, inputtype: 0 },
	{ id: 152, name: 'CFImpactScore', label: 'Impact Score', typeid: 1, type: 0, inputtype: 1 },
	{ id: 153, name: 'CFAccountTier', label: 'Account Tier', typeid: 2, type: 0, inputtype: 0 },
	{ id: 154, name: 'CFSiteAccessNotes', label: 'Site Access Notes', typeid: 3, type: 1, inputtype: 0 },
	{ id: 155, name: 'CFWarrantyProvider', label: 'Warranty Provider', typeid: 5, type: 0, inputtype: 0 },
	{ id: 156, name: 'CFWorkCategory', label: 'Work Category', typeid: 6, type: 0, inputtype: 0 },
];

export function seedFieldInfo(put) {
	for (const f of FIELDS)
		put('fieldinfo', {
			summary: '',
			hint: '',
			usage: f.typeid,
			characterlimit: 0,
			mandatory: false,
			searchable: false,
			values: [],
			...f,
		});
}
