import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { PREVIEW_ONLY } from '../descriptions/common';

/** The parts of a Halo request (request.ts's HaloRequest) a preview shows and decides on. */
interface PreviewedRequest {
	method: string;
	path: string;
	qs?: IDataObject;
	body?: unknown;
	itemIndex?: number;
	readOnly?: boolean;
}

/** A body this long (an attachment's base64) is described, not copied into the output. */
const LONGEST_SHOWN_BODY = 10_000;

/**
 * Preview Only: the write an operation was about to send, stopped before it left. A NodeOperationError, so
 * the operations' own error handling passes it on unchanged (n8n hands back an instance of its own kind);
 * the router turns it into the item's output.
 */
export class HaloPreview extends NodeOperationError {
	readonly preview: IDataObject;

	constructor(node: INode, request: PreviewedRequest) {
		super(node, `Preview Only: ${request.method} ${request.path} was not sent to Halo`, {
			itemIndex: request.itemIndex,
		});
		// What the node built, nothing more: n8n adds the token when it sends, so none is here.
		this.preview = {
			previewOnly: true,
			sentToHalo: false,
			request: { method: request.method, path: request.path, query: request.qs ?? {}, body: shownBody(request.body) },
		};
	}
}

function shownBody(body: unknown): unknown {
	if (!Buffer.isBuffer(body)) return body ?? null;
	return body.length > LONGEST_SHOWN_BODY
		? `(${body.length} bytes of JSON, not shown)`
		: (JSON.parse(body.toString('utf8')) as unknown);
}

/**
 * Whether this request must be previewed instead of sent: a write (not a GET, not a read-only query), in a
 * node run whose item has Preview Only on. Dropdowns, list searches and the trigger never preview.
 */
export function mustPreview(ctx: object, request: PreviewedRequest): boolean {
	if (request.method === 'GET' || request.readOnly) return false;
	const run = ctx as Partial<IExecuteFunctions>;
	if (typeof run.getInputData !== 'function' || typeof run.getNodeParameter !== 'function') return false;
	return run.getNodeParameter(PREVIEW_ONLY, request.itemIndex ?? 0, false) === true;
}
