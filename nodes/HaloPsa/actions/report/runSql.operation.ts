import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { OTHER_RECORDS } from '../../descriptions/records';
import { inputError, requiredText } from '../../helpers/validate';
import { keepTextField, outputField } from './Report.fields';
import { reportItems, runReport } from './reply';
import { reportRows } from './values';
import { checkReportSql } from './sql';
import type { ToolText } from '../../descriptions/tool';

const properties: INodeProperties[] = [
	{
		displayName: 'SQL Query',
		name: 'sql',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 6, editor: 'sqlEditor', sqlDialect: 'MSSQL' },
		placeholder: 'SELECT TOP 100 Faultid, Symptom FROM FAULTS WHERE Status <> 9 ORDER BY Faultid DESC',
		description:
			'One SELECT (or WITH … SELECT) on Halo\'s database; anything else, and the word "drop" (Halo refuses it), is refused before sending. Comments are removed before sending. A closing ORDER BY needs TOP or OFFSET. Halo returns at most 50,000 rows.',
	},
	outputField,
	keepTextField,
];

export const description = updateDisplayOptions({ show: { resource: ['report'], operation: ['runSql'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const checked = checkReportSql(requiredText(this, itemIndex, 'sql', 'SQL Query'));
	if ('problem' in checked) throw inputError(this, itemIndex, 'SQL Query', checked.problem);
	// _loadreportonly runs the query without saving a report in Halo (EVIDENCE 9.2).
	const reply = await runReport(
		this,
		{
			method: 'POST',
			path: OTHER_RECORDS.report.apiPath,
			body: [{ sql: checked.sql, _loadreportonly: true }],
			itemIndex,
		},
		'SQL query',
	);
	const rows = reportRows(this, itemIndex, reply);
	return reportItems(this, rows, this.getNodeParameter('output', itemIndex, 'rows') === 'oneItem');
}

export const tool: ToolText = {
	notes: "Table and column names are Halo's (e.g. FAULTS for tickets)",
	needs: 'one SELECT statement',
	returns: 'the rows of the query',
};
