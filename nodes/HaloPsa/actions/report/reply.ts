import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { haloRequest, type HaloRequest } from '../../transport/request';
import { explainLoadError } from './sql';

/** One run's rows and the columns Halo describes (none when the reply has no `available_columns`). */
export interface ReportReply {
	rows: IDataObject[];
	columns: IDataObject[];
}

/** Halo returns no more rows than this from one report run, with no marker that it stopped (EVIDENCE 9.6). */
export const REPORT_ROW_CAP = 50_000;

export const ROW_CAP_WARNING = `Halo returned exactly ${REPORT_ROW_CAP.toLocaleString('en-US')} rows, its limit for one report: there are probably more. Narrow the query (WHERE, a date range) or split it, before relying on the list being complete.`;

const GATEWAY_HINT =
	"Halo's gateway stops a request after about 60 s. The query was not repeated (that would only run it again): narrow it (TOP, WHERE, fewer JOINs) or run it when Halo is quiet.";

/**
 * Sends a report request and returns its rows. The reply is one object (or a one-element array) with the
 * rows in `report.rows`; a SQL error arrives as HTTP 200 with `report.load_error` (EVIDENCE 9.3, 9.4).
 * Rows at the top level of the reply are accepted too (seen only in a mock). Both report requests only
 * read, the SQL one too although it is a POST (the checker admits only a SELECT; `_loadreportonly`).
 */
export async function runReport(ctx: IExecuteFunctions, request: HaloRequest, label: string): Promise<ReportReply> {
	let reply: unknown;
	try {
		reply = await haloRequest.call(ctx, { ...request, longRunning: true, readOnly: true });
	} catch (error) {
		if (!(error instanceof NodeApiError))
			throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex: request.itemIndex });
		if (error.httpCode === '504' || /did not answer within/.test(error.message)) {
			error.description = [error.description, GATEWAY_HINT].filter(Boolean).join(' ');
		}
		throw new NodeApiError(ctx.getNode(), error as unknown as JsonObject);
	}
	const body = (Array.isArray(reply) ? reply[0] : reply) as IDataObject | undefined;
	const report = (body?.report ?? body) as IDataObject | undefined;
	const loadError = report?.load_error;
	if (typeof loadError === 'string' && loadError.trim() !== '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`Halo could not run the ${label}: ${explainLoadError(loadError.trim())}`,
			{
				itemIndex: request.itemIndex,
				description: 'Halo reports SQL errors in the reply (report.load_error), not as an HTTP error.',
			},
		);
	}
	const rows = report?.rows;
	if (!Array.isArray(rows)) {
		throw new NodeOperationError(ctx.getNode(), `Halo's reply to the ${label} has no rows (report.rows is missing)`, {
			itemIndex: request.itemIndex,
		});
	}
	return { rows: rows as IDataObject[], columns: reportColumns(body, report) };
}

/** The columns Halo describes in a report reply, wherever the reply puts them. */
function reportColumns(body: IDataObject | undefined, report: IDataObject | undefined): IDataObject[] {
	const columns = body?.available_columns ?? report?.available_columns;
	return Array.isArray(columns) ? (columns as IDataObject[]).filter((column) => column?.name !== undefined) : [];
}

/** The output items: one per row, or one holding every row; a `warning` when Halo's row limit was hit. */
export function reportItems(ctx: IExecuteFunctions, rows: IDataObject[], oneItem: boolean): INodeExecutionData[] {
	const warning = rows.length === REPORT_ROW_CAP ? ROW_CAP_WARNING : undefined;
	// Execution hints exist in newer n8n only; older versions still get the warning on the items.
	if (warning && typeof ctx.addExecutionHints === 'function')
		ctx.addExecutionHints({ message: warning, type: 'warning', location: 'outputPane' });
	if (oneItem) return [{ json: { rows, rowCount: rows.length, ...(warning ? { warning } : {}) } }];
	return rows.map((row) => ({ json: warning ? { ...row, warning } : row }));
}
