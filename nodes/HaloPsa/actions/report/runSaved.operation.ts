import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { OTHER_RECORDS } from '../../descriptions/records';
import { toHaloId } from '../../helpers/validate';
import { keepTextField, outputField } from './Report.fields';
import { reportItems, runReport } from './reply';
import { reportRows } from './values';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'Report Name or ID',
		name: 'reportId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getReports' },
		required: true,
		default: '',
		description:
			'A report saved in Halo (Reporting). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	outputField,
	keepTextField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['report'], operation: ['runSaved'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = toHaloId(this, itemIndex, 'Report', this.getNodeParameter('reportId', itemIndex, ''));
	// A GET, but not retried after a gateway error: that would run the whole report again (EVIDENCE 8.4).
	const reply = await runReport(
		this,
		{ method: 'GET', path: `${OTHER_RECORDS.report.apiPath}/${id}`, qs: { loadreport: true }, itemIndex },
		`report ${id}`,
	);
	const rows = reportRows(this, itemIndex, reply);
	return reportItems(this, rows, this.getNodeParameter('output', itemIndex, 'rows') === 'oneItem');
}

export const tool: ToolText = {
	notes: 'Changes nothing in Halo',
	needs: 'the ID of a report saved in Halo',
	returns: "the report's rows",
};
