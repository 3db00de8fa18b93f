import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { additionalJsonField, clientFilter, filtersProperty, simplifyField } from '../../descriptions/common';
import { customFieldsProperty } from '../../descriptions/customFields';
import { clientLocator } from '../../descriptions/locators';
import { RECORDS, type HaloRecord } from '../../descriptions/records';
import { customFieldOwner } from '../../helpers/customFields';
import { locatorId } from '../../helpers/locator';
import { commaSeparatedIds, compact, onlyIfTrue, textFilter } from '../../helpers/query';
import { requiredText, toOptionalHaloId } from '../../helpers/validate';
import { ticketFieldRules, ticketFields } from '../ticket/fields';
import { getManyOperation, getOperation, updateOperation, type Operation } from './crud';
import { recordBody, saveAndOutput, type FieldRules } from './write';

/**
 * Halo records that are tickets underneath (projects, opportunities: `/Projects`, `/Opportunities`, rows of the
 * ticket shape in a `tickets` envelope, EVIDENCE 10.5, 11.2): one set of operations, each kind adding its own fields.
 */
export const ticketShapedRules: FieldRules = {
	...ticketFieldRules,
	hours: ['estimate'],
	labels: { ...ticketFieldRules.labels, estimate: 'Estimate (Hours)' },
};

/** The ticket fields these records use (the ticket's own definitions: dropdowns, names by expression, dates). */
const SHARED_TICKET_FIELDS = ['agent_id', 'details', 'site_id', 'status_id', 'team', 'tickettype_id', 'deadlinedate'];

/** The shared ticket fields plus the kind's own, sorted by name; Update adds Client and Summary. */
function fields(own: INodeProperties[], mode: 'create' | 'update'): INodeProperties[] {
	const shared = [...SHARED_TICKET_FIELDS, ...(mode === 'update' ? ['client_id', 'summary'] : [])];
	const ticket = ticketFields(mode === 'update').filter((field) => shared.includes(field.name));
	return [...ticket, ...own].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export interface TicketShapedSpec {
	record: HaloRecord;
	/** what the kind's records are, e.g. "projects" */
	plural: string;
	/** the kind's own fields of Create and Update */
	ownFields: INodeProperties[];
}

function show(resource: string, operation: string, properties: INodeProperties[]) {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

export function ticketShapedCreate(spec: TicketShapedSpec): Operation {
	const { record } = spec;
	return {
		description: show(record.resource, 'create', [
			{ displayName: 'Summary', name: 'summary', type: 'string', required: true, default: '' },
			{ ...clientLocator, description: `The client the ${record.label.toLowerCase()} is for` },
			{
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: fields(spec.ownFields, 'create'),
			},
			// their custom fields are the ticket's (they are tickets in Halo, posted as the spec's Faults)
			customFieldsProperty('ticket'),
			additionalJsonField,
			simplifyField,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const summary = requiredText(this, itemIndex, 'summary', 'Summary');
			const clientId = await locatorId(this, itemIndex, RECORDS.client);
			const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			const base: IDataObject = { summary, client_id: clientId };
			const owner = customFieldOwner(record.resource);
			const body = await recordBody(this, itemIndex, base, additional, ticketShapedRules, owner);
			return await saveAndOutput(this, itemIndex, record, body);
		},
	};
}

export function ticketShapedGet(spec: TicketShapedSpec): Operation {
	return getOperation({ record: spec.record, operation: 'get' });
}

export function ticketShapedUpdate(spec: TicketShapedSpec): Operation {
	return updateOperation({
		record: spec.record,
		updateFields: fields(spec.ownFields, 'update'),
		properties: [customFieldsProperty('ticket'), additionalJsonField],
		rules: ticketShapedRules,
		notEmpty: { summary: 'Summary' },
	});
}

/** Get Many: Halo pages these lists (the production sweep got one row for page_size=1). */
export function ticketShapedGetMany(spec: TicketShapedSpec): Operation {
	const properties: INodeProperties[] = [
		{
			displayName: 'Open Only',
			name: 'openOnly',
			type: 'boolean',
			default: false,
			description: `Whether to return only open ${spec.plural} (not in a closed status)`,
		},
		filtersProperty([
			clientFilter,
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Text to find in the summary',
			},
			{
				displayName: 'Status Names or IDs',
				name: 'statusIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getStatuses' },
				default: [],
				description: `Only ${spec.plural} in these statuses. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
			},
		]),
	];
	return getManyOperation({
		records: spec.record,
		paging: 'pages',
		properties,
		query: async (ctx, itemIndex) => {
			const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
			return compact({
				client_id: toOptionalHaloId(ctx, itemIndex, 'Filters → Client', filters.clientId),
				status: await commaSeparatedIds(ctx, itemIndex, 'status', 'Filters → Status', filters.statusIds),
				search: textFilter(filters.search),
				open_only: onlyIfTrue(ctx.getNodeParameter('openOnly', itemIndex, false)),
			});
		},
	});
}
