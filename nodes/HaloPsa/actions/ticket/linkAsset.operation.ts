import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { ticketLocator } from '../../descriptions/locators';
import { RECORDS } from '../../descriptions/records';
import { assetsByHostname } from '../../helpers/assets';
import { locatorId } from '../../helpers/locator';
import { inputError, textParameter, toHaloId } from '../../helpers/validate';
import { haloRequest } from '../../transport/request';
import { saveRecord } from '../common/write';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	ticketLocator,
	{
		displayName: 'Find Asset By',
		name: 'assetBy',
		type: 'options',
		default: 'id',
		options: [
			{ name: 'ID', value: 'id' },
			{
				name: 'Hostname',
				value: 'hostname',
				description: "Asset tag or key field, matched within the ticket's client",
			},
		],
	},
	{
		displayName: 'Asset ID',
		name: 'assetId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { assetBy: ['id'] } },
	},
	{
		displayName: 'Hostname',
		name: 'hostname',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ACME-LT-042',
		displayOptions: { show: { assetBy: ['hostname'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['ticket'], operation: ['linkAsset'] } },
	properties,
);

/**
 * Adds one asset to the ticket's list, keeping the ones already there; linking twice writes nothing.
 * Halo replaces a ticket's whole asset list on update (EVIDENCE 3.12), so the current list is read first
 * (with details, where Halo includes it) and nothing is written when it cannot be read: sending only the
 * new asset would unlink every other one.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const ticketId = await locatorId(this, itemIndex, RECORDS.ticket);
	const ticket = (await haloRequest.call(this, {
		method: 'GET',
		path: `${RECORDS.ticket.apiPath}/${ticketId}`,
		qs: { includedetails: true },
		itemIndex,
	})) as IDataObject;
	let assetId: number;
	if (this.getNodeParameter('assetBy', itemIndex) === 'hostname') {
		const hostname = textParameter(this, itemIndex, 'hostname');
		if (!hostname) throw inputError(this, itemIndex, 'Hostname', 'is required');
		const clientId = Number(ticket.client_id) || undefined;
		const matches = await assetsByHostname(this, itemIndex, hostname, clientId);
		if (matches.length === 0) {
			throw inputError(
				this,
				itemIndex,
				'Hostname',
				`no asset "${hostname}" found${clientId ? ` for the ticket's client (ID ${clientId})` : ''}`,
			);
		}
		if (matches.length > 1) {
			const ids = matches.map((asset) => String(asset.id)).join(', ');
			throw inputError(
				this,
				itemIndex,
				'Hostname',
				`"${hostname}" matches several assets (IDs ${ids}); link by ID instead`,
			);
		}
		assetId = Number(matches[0].id);
	} else {
		assetId = toHaloId(this, itemIndex, 'Asset ID', this.getNodeParameter('assetId', itemIndex));
	}
	if (!Array.isArray(ticket.assets)) {
		throw new NodeOperationError(
			this.getNode(),
			`Halo's reply for ticket ${ticketId} has no "assets" list, so its linked assets are unknown; nothing was written (linking now would unlink the others) [item ${itemIndex}]`,
			{
				itemIndex,
				description:
					"Check that the API application may read assets (read:assets) and that this Halo version returns a ticket's assets with includedetails=true.",
			},
		);
	}
	const current = (ticket.assets as IDataObject[]).map((asset) => Number(asset.id)).filter((id) => id > 0);
	if (current.includes(assetId)) {
		return [
			{ json: { ticket_id: ticketId, asset_id: assetId, linked: false, already_linked: true, asset_ids: current } },
		];
	}
	const assetIds = [...current, assetId];
	await saveRecord(this, itemIndex, RECORDS.ticket.apiPath, { id: ticketId, assets: assetIds.map((id) => ({ id })) });
	return [
		{ json: { ticket_id: ticketId, asset_id: assetId, linked: true, already_linked: false, asset_ids: assetIds } },
	];
}

export const tool: ToolText = {
	needs: "the ticket ID and the asset's ID or hostname",
	returns: "the ticket's ID with its linked asset IDs",
};
