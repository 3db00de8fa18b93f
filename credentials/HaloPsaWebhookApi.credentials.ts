import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The Basic-auth user and password Halo sends with each webhook delivery, for the HaloPSA Trigger's
 * manual registration (enter the same pair in Halo's webhook screen). Automatic registration generates
 * its own pair and does not use this credential.
 */
export class HaloPsaWebhookApi implements ICredentialType {
	name = 'haloPsaWebhookApi';

	displayName = 'HaloPSA Webhook Basic Auth API';

	icon = { light: 'file:../icons/halopsa.svg', dark: 'file:../icons/halopsa.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-halopsa/n8n-nodes-halopsa#halopsa-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			default: '',
			required: true,
			description: 'The Basic authentication username entered on the webhook in Halo',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The Basic authentication password entered on the webhook in Halo. Use a long random value.',
		},
	];
}
