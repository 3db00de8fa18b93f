// Webhook delivery log (schema WebhookEvent). Read-only: list (wrapper `webhook_events`, paged,
// newest first) and get by uuid. Records are written by the webhook sender.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';

export default defineResource({
	name: 'WebhookEvent',
	collection: 'webhookevents',
	entity: 'Webhook Event',
	schema: 'WebhookEvent',
	idType: 'uuid',
	wrapper: 'webhook_events',
	ops: ['list', 'get'],
	defaultOrder: 'timestamp',
	defaultDesc: true,
	// evidence: general.spec-list-filters
	filters: { webhook_id: F.same('webhook_id') },
});
