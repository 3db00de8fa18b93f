import type { AllEntities } from 'n8n-workflow';

import type { resources } from './resources';

/** resource → the names of its operations, read from each resource module's `operations`. */
export type HaloPsaMap = {
	[Resource in keyof typeof resources]: keyof (typeof resources)[Resource]['operations'] & string;
};

/** A resource and one of its operations: what the node's Resource and Operation parameters hold. */
export type HaloPsaType = AllEntities<HaloPsaMap>;
