import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { haloRequest } from '../HaloPsa/transport/request';
import { embedded, readEnvelope } from './envelope';
import { eventByName, eventByNumber, type HaloEvent } from './events';

/**
 * Which event a delivery is: by its notification id (one of our subscription rows, whose event number we
 * stored), else by the event name it carries. Undefined for events this package has no entry for.
 */
export function eventOfDelivery(
	delivery: IDataObject,
	notificationEvents: Record<string, number> = {},
): HaloEvent | undefined {
	const envelope = readEnvelope(delivery);
	const eventno = envelope.notificationId === undefined ? undefined : notificationEvents[envelope.notificationId];
	return (eventno === undefined ? undefined : eventByNumber(eventno)) ?? eventByName(envelope.eventName);
}

const positiveId = (value: unknown) => {
	const id = Number(value);
	return Number.isInteger(id) && id > 0 ? id : undefined;
};

/**
 * Re-reads the ticket (and the action) a delivery is about. The ticket is read only when the delivery is
 * known to be about a ticket: a ticket event, or an embedded ticket. A failed read keeps the delivery as
 * Halo sent it and adds `fetchError`, so nothing is lost.
 */
export async function withFullRecord(
	ctx: IWebhookFunctions,
	delivery: IDataObject,
	event: HaloEvent | undefined,
): Promise<IDataObject> {
	const envelope = readEnvelope(delivery);
	const ticket = embedded(delivery, 'ticket');
	const action = embedded(delivery, 'action');
	const full: IDataObject = { ...delivery };
	const ticketId =
		positiveId(ticket?.id) ??
		positiveId(action?.ticket_id) ??
		positiveId(delivery.ticket_id) ??
		(event?.entity === 'ticket' ? envelope.objectId : undefined);
	if (ticketId === undefined) return full;
	const actionId = event?.entity === 'action' ? (positiveId(action?.id) ?? positiveId(delivery.action_id)) : undefined;
	try {
		full.ticket = (await haloRequest.call(ctx, {
			method: 'GET',
			path: `/Tickets/${ticketId}`,
			qs: { includedetails: true },
		})) as IDataObject;
		if (actionId !== undefined) {
			full.action = (await haloRequest.call(ctx, {
				method: 'GET',
				path: `/Actions/${actionId}`,
				qs: { ticket_id: ticketId },
			})) as IDataObject;
		}
	} catch (error) {
		const failure = error as { message?: string; description?: string; httpCode?: string };
		full.fetchError = {
			message: failure.message ?? String(error),
			...(failure.description ? { description: failure.description } : {}),
			...(failure.httpCode ? { httpCode: failure.httpCode } : {}),
		};
	}
	return full;
}
