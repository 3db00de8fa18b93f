import type { IDataObject } from 'n8n-workflow';

/**
 * The envelope fields Halo's guide says every delivery carries (an id, the notification id, the event name,
 * the webhook id, the object id and a timestamp). Their JSON key names are in no source, so each is read
 * under the spellings seen or likely (`object_id`, `objectId`, `ObjectID`, `object id`, ...): keys are
 * compared without case, spaces or underscores.
 */
export interface Envelope {
	deliveryId?: string;
	notificationId?: string;
	eventName?: string;
	webhookId?: string;
	objectId?: number;
	timestamp?: string;
}

const KEYS: Record<keyof Envelope, string[]> = {
	deliveryId: ['id', 'deliveryid', 'guid'],
	notificationId: ['notificationid', 'notification'],
	eventName: ['event', 'eventname', 'eventtype'],
	webhookId: ['webhookid', 'webhook'],
	objectId: ['objectid', 'entityid'],
	timestamp: ['timestamp', 'datetime', 'date', 'eventdate'],
};

const squash = (key: string) => key.toLowerCase().replace(/[\s_-]+/g, '');

function scalar(value: unknown): string | undefined {
	if (value === null || value === undefined || typeof value === 'object') return undefined;
	const text = String(value).trim();
	return text ? text : undefined;
}

export function readEnvelope(delivery: IDataObject): Envelope {
	const byKey = new Map<string, unknown>();
	for (const [key, value] of Object.entries(delivery)) {
		const squashed = squash(key);
		if (!byKey.has(squashed)) byKey.set(squashed, value);
	}
	const read = (field: keyof Envelope) => {
		for (const key of KEYS[field]) {
			const value = scalar(byKey.get(key));
			if (value !== undefined) return value;
		}
		return undefined;
	};
	const objectId = Number(read('objectId'));
	return {
		deliveryId: read('deliveryId'),
		notificationId: read('notificationId'),
		eventName: read('eventName'),
		webhookId: read('webhookId')?.toLowerCase(),
		objectId: Number.isInteger(objectId) && objectId > 0 ? objectId : undefined,
		timestamp: read('timestamp'),
	};
}

/** The record a delivery embeds under `key` (`ticket`, `action`), whatever the key's case. */
export function embedded(delivery: IDataObject, key: string): IDataObject | undefined {
	const found = Object.keys(delivery).find((candidate) => squash(candidate) === key);
	const value = found === undefined ? undefined : delivery[found];
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : undefined;
}

/** The delivery's events: one JSON object, or an array of them when the webhook batches. */
export function deliveryEvents(body: unknown): IDataObject[] | undefined {
	if (Array.isArray(body)) {
		return body.length > 0 && body.every((entry) => entry && typeof entry === 'object' && !Array.isArray(entry))
			? (body as IDataObject[])
			: undefined;
	}
	if (body && typeof body === 'object') {
		const wrapped = batchInWrapper(body as IDataObject);
		return wrapped ? deliveryEvents(wrapped) : [body as IDataObject];
	}
	return undefined;
}

/**
 * The batch wrapper's shape is in no source: an object with no envelope fields of its own and a single list
 * of objects (e.g. `{"events": [...]}`) is read as a batch.
 */
function batchInWrapper(body: IDataObject): unknown[] | undefined {
	const envelope = readEnvelope(body);
	if (envelope.deliveryId || envelope.objectId || envelope.eventName) return undefined;
	const lists = Object.values(body).filter((value) => Array.isArray(value));
	return lists.length === 1 && (lists[0] as unknown[]).length > 0 ? (lists[0] as unknown[]) : undefined;
}
