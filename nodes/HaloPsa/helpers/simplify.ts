import type { IDataObject } from 'n8n-workflow';

/**
 * The fields flows use most, per resource; Simplify keeps these (ids next to their resolved names), every one
 * on every record: a field Halo left out (list rows lack several, EVIDENCE 11.2) is null, so a flow written
 * against Get works on Get Many. Where `customfields` is listed, `custom_fields` (their name → value map) follows it.
 */
export const SIMPLE_FIELDS: Record<string, string[]> = {
	ticket: [
		'id',
		'summary',
		'details',
		'tickettype_id',
		'tickettype_name',
		'status_id',
		'status_name',
		'priority_id',
		'priority_name',
		'client_id',
		'client_name',
		'site_id',
		'site_name',
		'user_id',
		'user_name',
		'user_email',
		'agent_id',
		'agent_name',
		'team_id',
		'team',
		'category_1',
		'category_2',
		'impact',
		'urgency',
		'dateoccurred',
		'datecreated',
		'lastactiondate',
		'last_update',
		'dateclosed',
		'fixbydate',
		'respondbydate',
		'deadlinedate',
		'timetaken',
		'parent_id',
		'assets',
		'hasbeenclosed',
		'customfields',
	],
	action: [
		'id',
		'ticket_id',
		'outcome',
		'outcome_id',
		'note',
		'hiddenfromuser',
		'important',
		'timetaken',
		'nonbilltime',
		'actisbillable',
		'datetime',
		'who',
		'who_agentid',
		'new_status',
		'new_status_name',
		'new_agent',
		'sendemail',
		'emailto',
		'customfields',
	],
	asset: [
		'id',
		'inventory_number',
		'key_field',
		'key_field2',
		'key_field3',
		'assettype_id',
		'assettype_name',
		'client_id',
		'client_name',
		'site_id',
		'site_name',
		'user_id',
		'username',
		'users',
		'status_id',
		'inactive',
		'warranty_end',
		'contract_id',
		'notes',
		'fields',
		'customfields',
	],
	client: [
		'id',
		'name',
		'toplevel_id',
		'toplevel_name',
		'inactive',
		'is_vip',
		'website',
		'domain',
		'ref',
		'main_site_id',
		'main_site_name',
		'pritech',
		'pritech_name',
		'sectech',
		'sectech_name',
		'accountmanagertech',
		'accountmanagertech_name',
		'notes',
		'customfields',
	],
	site: [
		'id',
		'name',
		'client_id',
		'client_name',
		'inactive',
		'sla_id',
		'phonenumber',
		'timezone',
		'maincontact_id',
		'maincontact_name',
		'delivery_address',
		'ref',
		'notes',
		'customfields',
	],
	user: [
		'id',
		'name',
		'firstname',
		'surname',
		'emailaddress',
		'phonenumber',
		'mobilenumber',
		'client_id',
		'client_name',
		'site_id',
		'site_name',
		'title',
		'inactive',
		'isimportantcontact',
		'login',
		'notes',
		'customfields',
	],
	agent: [
		'id',
		'name',
		'firstname',
		'surname',
		'email',
		'jobtitle',
		'team',
		'team_id',
		'teams',
		'isdisabled',
		'isapiagent',
	],
	attachment: [
		'id',
		'filename',
		'filesize',
		'content_type',
		'ticket_id',
		'action_id',
		'datecreated',
		'note',
		'showforusers',
		'isimage',
	],
	team: ['id', 'name', 'department_id', 'department_name', 'inactive'],
	contract: [
		'id',
		'ref',
		'client_id',
		'client_name',
		'site_id',
		'site_name',
		'contracttype',
		'contracttype_name',
		'contract_status',
		'start_date',
		'end_date',
		'started',
		'expired',
		'inactive',
		'sla_id',
		'sla_name',
		'note',
	],
	// billing records: money stays Halo's numbers; `lines` is null on list rows read without Include Lines
	invoice: [
		'id',
		'invoicenumber',
		'client_id',
		'client_name',
		'sitenumber',
		'site_name',
		'contract_id',
		'contract_ref',
		'ticket_id',
		'recurring_invoice_id',
		'reference',
		'invoice_date',
		'duedate',
		'posted',
		'dateposted',
		'total',
		'amountpaid',
		'amountdue',
		'paymentstatus',
		'lines',
	],
	recurringInvoice: [
		'id',
		'reference',
		'client_id',
		'client_name',
		'contract_id',
		'contract_ref',
		'startdate',
		'enddate',
		'nextcreationdate',
		'total',
		'lines',
	],
	kbArticle: [
		'id',
		'name',
		'description',
		'resolution',
		'tag_string',
		'type',
		'inactive',
		'view_count',
		'date_created',
		'date_edited',
		'next_review_date',
	],
};

/** Halo custom fields as `{name: display value}` (e.g. CFBillingCode), the shape an If or Set node can use directly. */
export function customFieldMap(customfields: unknown): IDataObject {
	const map: IDataObject = {};
	if (!Array.isArray(customfields)) return map;
	for (const field of customfields as IDataObject[]) {
		const key = String(field.name || field.label || field.id);
		map[key] = (
			field.display !== undefined && field.display !== '' ? field.display : field.value
		) as IDataObject[string];
	}
	return map;
}

/** Halo spells some keys differently in GET and POST replies (`lastupdate` vs `last_update`): Simplify uses one name. */
const KEY_ALIASES: Record<string, Record<string, string>> = {
	ticket: { last_update: 'lastupdate', category_1: 'category1', category_2: 'category2' },
};

/** Halo's "no date" values; Simplify turns them into null so date filters and comparisons work. */
const EMPTY_DATE = /^(0001-01-01|1900-01-01)T00:00:00(\.0+)?Z?$/;

export function simplifyRecord(resource: string, row: IDataObject): IDataObject {
	const fields = SIMPLE_FIELDS[resource];
	if (!fields) return row;
	const aliases = KEY_ALIASES[resource] ?? {};
	const simple: IDataObject = {};
	for (const field of fields) {
		const value = row[field] !== undefined ? row[field] : aliases[field] ? row[aliases[field]] : undefined;
		simple[field] = value === undefined || (typeof value === 'string' && EMPTY_DATE.test(value)) ? null : value;
	}
	if (fields.includes('customfields')) simple.custom_fields = customFieldMap(row.customfields);
	return simple;
}
