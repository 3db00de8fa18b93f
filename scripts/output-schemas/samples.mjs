// One run of every HaloPSA operation against the seeded simulator, with the node's defaults (Simplify on)
// and only the fields the operation needs. The output schemas are derived from what these runs output.
// Keyed "<resource>/<operation>" as the editor asks for them; writes run after the reads that need
// their records, so the order of this table matters.

const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });
const text = 'Schema sample';
const fileItem = () => ({
	json: {},
	binary: { data: { data: Buffer.from(text).toString('base64'), mimeType: 'text/plain', fileName: 'sample.txt' } },
});

/**
 * Outputs whose field names the tenant defines, not Halo: a report's columns come from its SQL, and custom fields
 * are named by each tenant. Their schema is an object without properties, so the editor shows no seed names.
 */
export const TENANT_DEFINED = { operations: ['report/runSaved', 'report/runSql'], fields: ['custom_fields'] };

/**
 * [key, parameters, input items (optional)]: ids are the simulator's seed records; parameters given as a function
 * get the first output item of each earlier run by key (to delete a record a Create made).
 */
export const SAMPLES = [
	['action/create', { ticketId: byId(1001), note: text }],
	['action/delete', { ticketId: byId(1001), actionId: '2' }],
	['action/get', { ticketId: byId(1001), actionId: '1' }],
	['action/getAll', { ticketId: byId(1001) }],
	['agent/get', { agentId: byId(2) }],
	['agent/getAll', {}],
	['appointment/create', { subject: text, startDate: '2026-11-03T09:00:00', endDate: '2026-11-03T10:00:00' }],
	['appointment/delete', { appointmentId: byId(5002) }],
	['appointment/get', { appointmentId: byId(5001) }],
	['appointment/getAll', {}],
	['appointment/update', { appointmentId: byId(5001) }],
	['asset/create', { assetTypeId: 1, clientId: byId(1) }],
	['asset/delete', { assetId: byId(2) }],
	['asset/findByHostname', { hostname: 'ACME-WS-001' }],
	['asset/get', { assetId: byId(1) }],
	['asset/getAll', {}],
	['asset/update', { assetId: byId(1) }],
	['attachment/upload', { ticketId: byId(1001) }, [fileItem()]],
	['attachment/getAll', { ticketId: byId(1001) }],
	['attachment/download', { attachmentId: '={{ 1 }}' }],
	['attachment/delete', { attachmentId: '1' }],
	['client/create', { name: text, toplevel_id: 1 }],
	['client/delete', { clientId: byId(7) }],
	['client/get', { clientId: byId(1) }],
	['client/getAll', {}],
	['client/update', { clientId: byId(1) }],
	['contract/get', { contractId: byId(1) }],
	['contract/getAll', {}],
	['feedback/getAll', {}],
	[
		'invoice/create',
		{ clientId: byId(1), lines: { line: [{ item_shortdescription: text, qty_order: 1, unit_price: 10 }] } },
	],
	['invoice/get', { invoiceId: byId(1) }],
	['invoice/getAll', {}],
	['item/create', { name: text }],
	['item/get', { itemId: byId(1) }],
	['item/getAll', {}],
	['item/update', { itemId: byId(1) }],
	['kbArticle/get', { articleId: byId(1) }],
	['kbArticle/getAll', {}],
	['opportunity/create', { summary: text, clientId: byId(1) }],
	['opportunity/get', { opportunityId: byId(8001) }],
	['opportunity/getAll', {}],
	['opportunity/update', { opportunityId: byId(8001) }],
	['project/create', { summary: text, clientId: byId(1) }],
	['project/get', { projectId: byId(7001) }],
	['project/getAll', {}],
	['project/update', { projectId: byId(7001) }],
	['purchaseOrder/get', { purchaseOrderId: byId(1) }],
	['purchaseOrder/getAll', {}],
	[
		'quote/create',
		{ clientId: byId(1), title: text, lines: { line: [{ description: text, current_quantity: 1, baseprice: 10 }] } },
	],
	['quote/get', { quoteId: byId(1) }],
	['quote/getAll', {}],
	['recurringInvoice/get', { recurringInvoiceId: byId(-1) }],
	['recurringInvoice/getAll', {}],
	['report/runSaved', { reportId: 1 }],
	['report/runSql', { sql: 'SELECT faultid, symptom FROM faults' }],
	['site/create', { name: text, clientId: byId(1) }],
	['site/delete', (made) => ({ siteId: byId(made['site/create'].id) })],
	['site/get', { siteId: byId(1) }],
	['site/getAll', {}],
	['site/update', { siteId: byId(1) }],
	['supplier/create', { name: text }],
	['supplier/get', { supplierId: byId(1) }],
	['supplier/getAll', {}],
	['supplier/update', { supplierId: byId(1) }],
	['team/getAll', {}],
	['ticket/create', { summary: text }],
	['ticket/createOrAddNote', { clientId: 1, summary: text, matchValue: text, note: text }],
	['ticket/delete', { ticketId: byId(1300) }],
	['ticket/get', { ticketId: byId(1001) }],
	['ticket/getContext', { ticketId: byId(1001) }],
	['ticket/getAll', {}],
	['ticket/linkAsset', { ticketId: byId(1001), assetId: '1' }],
	['ticket/resolve', { ticketId: byId(1002), statusId: 'Resolved', note: text }],
	['ticket/update', { ticketId: byId(1001) }],
	['timesheet/get', { agentId: '2', date: '2026-11-02' }],
	['timesheet/getAll', {}],
	['user/create', { name: text, clientId: byId(1) }],
	['user/get', { userId: byId(1) }],
	['user/getAll', {}],
	['user/update', { userId: byId(1) }],
];
