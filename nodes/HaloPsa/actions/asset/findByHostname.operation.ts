import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, simplifyField } from '../../descriptions/common';
import { clientLocator } from '../../descriptions/locators';
import { RECORDS } from '../../descriptions/records';
import { assetsByHostname, hostnameField, mergeAssetFields, type HostnameField } from '../../helpers/assets';
import { optionalLocatorId } from '../../helpers/locator';
import { lookupId } from '../../helpers/names';
import { simplifyOn } from '../common/output';
import { simplifyRecord } from '../../helpers/simplify';
import { inputError, requiredText } from '../../helpers/validate';
import { recordBody, saveRecord } from '../common/write';
import { assetTypeField } from './fields';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Hostname',
		name: 'hostname',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ACME-LT-042',
		description:
			'Matched exactly (ignoring case) against the asset tag, the key fields and a Hostname field, retired (inactive) assets included. Outputs one item {found, created, inactive, asset}: found is true when the asset already existed (inactive tells whether it is retired), created when this node made it; when neither, asset is null — branch on found with an If node.',
	},
	{
		...clientLocator,
		required: false,
		description:
			"Look only among this client's assets (leave empty to search every client). Needed for Create If Missing.",
	},
	{
		displayName: 'Create If Missing',
		name: 'createIfMissing',
		type: 'boolean',
		default: false,
		description:
			"Whether to create the asset when none matches (not even a retired one): the hostname goes into the asset type's key field and the asset tag",
	},
	{ ...assetTypeField, displayOptions: { show: { createIfMissing: [true] } } },
	{
		displayName: 'Site Name or ID',
		name: 'newSiteId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSites', loadOptionsDependsOn: ['clientId'] },
		default: '',
		description:
			'Site of the created asset (default: the client\'s main site). ID or exact name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { createIfMissing: [true] } },
	},
	{
		...additionalJsonField,
		description:
			'Any other Halo fields for the created asset, as a JSON object merged last (e.g. {"key_field": "ACME-LT-042", "notes": "Added by n8n"})',
		displayOptions: { show: { createIfMissing: [true] } },
	},
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['asset'], operation: ['findByHostname'] } },
	properties,
);

/**
 * The one asset with this hostname (within the client), or none; with Create If Missing a missing asset
 * is created, so running the same items again finds it and creates nothing.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const hostname = requiredText(this, itemIndex, 'hostname', 'Hostname');
	const clientId = await optionalLocatorId(this, itemIndex, RECORDS.client);
	const createIfMissing = this.getNodeParameter('createIfMissing', itemIndex, false) as boolean;
	const simplify = simplifyOn(this, itemIndex);
	const shape = (asset: IDataObject) => (simplify ? simplifyRecord('asset', asset) : asset);

	// Checked before searching, so a misconfigured create fails on the first run, not the first miss.
	let create: IDataObject | undefined;
	let keyField: HostnameField | undefined;
	if (createIfMissing) {
		if (!clientId)
			throw inputError(this, itemIndex, 'Client', 'is needed to create a missing asset (Create If Missing is on)');
		const assettypeId = await lookupId(
			this,
			itemIndex,
			'assetType',
			'Asset Type',
			this.getNodeParameter('assetTypeId', itemIndex, ''),
		);
		if (!assettypeId)
			throw inputError(this, itemIndex, 'Asset Type', 'is needed to create a missing asset (Create If Missing is on)');
		const siteId = await lookupId(this, itemIndex, 'site', 'Site', this.getNodeParameter('newSiteId', itemIndex, ''), {
			clientId,
		});
		create = { assettype_id: assettypeId, client_id: clientId, inventory_number: hostname };
		if (siteId) create.site_id = siteId;
		// Halo's UI writes the hostname into the type's key field, set through the type's fields (EVIDENCE 6.3, 11.3).
		keyField = await hostnameField(this, itemIndex, assettypeId);
		if (keyField) create.fields = [{ id: keyField.id, value: hostname }];
	}

	const matches = await assetsByHostname(this, itemIndex, hostname, clientId, true, keyField);
	if (matches.length > 1) {
		const ids = matches.map((asset) => String(asset.id)).join(', ');
		throw inputError(
			this,
			itemIndex,
			'Hostname',
			`"${hostname}" matches ${matches.length} assets (IDs ${ids})${clientId ? '' : '; choose a Client to narrow the search'}`,
		);
	}
	if (matches.length === 1) {
		// A retired machine is reported, never duplicated: the flow decides whether to reactivate it.
		const inactive = matches[0].inactive === true;
		return [{ json: { found: true, created: false, inactive, asset: shape(matches[0]) } }];
	}
	if (!create) return [{ json: { found: false, created: false, inactive: false, asset: null } }];

	const body = await recordBody(this, itemIndex, create, {}, {});
	// Fields given in Additional Fields (JSON) join the key field instead of replacing it.
	if (create.fields && body.fields !== create.fields) body.fields = mergeAssetFields(create.fields, body.fields);
	const asset = await saveRecord(this, itemIndex, RECORDS.asset.apiPath, body);
	return [{ json: { found: false, created: true, inactive: false, asset: shape(asset) } }];
}

export const tool: ToolText = {
	needs: 'the hostname; optionally the client (ID or exact name)',
	returns: 'the matching asset, or a created one, or none',
};
