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

/**
 * The delivery's events: one JSON object, or a JSON array of them when the webhook batches. No source shows
 * Halo wrapping a batch in an object (EVIDENCE 11.19), so an object is always one event, whatever lists it
 * holds (a ticket with its attachments stays one ticket).
 */
export function deliveryEvents(body: unknown): IDataObject[] | undefined {
	if (Array.isArray(body)) {
		return body.length > 0 && body.every((entry) => entry && typeof entry === 'object' && !Array.isArray(entry))
			? (body as IDataObject[])
			: undefined;
	}
	return body && typeof body === 'object' ? [body as IDataObject] : undefined;
}
