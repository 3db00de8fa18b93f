import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * How the HaloPSA Trigger checks deliveries from a webhook the user made in Halo's UI (manual registration):
 * Basic authentication, or a token header that carries either the HMAC-SHA256 signature of the body made
 * with the secret (Halo's signed deliveries) or the secret itself. Automatic registration generates its
 * own secret and does not use this credential.
 */
export class HaloPsaWebhookApi implements ICredentialType {
	name = 'haloPsaWebhookApi';

	displayName = 'HaloPSA Webhook Auth API';

	icon = { light: 'file:../icons/halopsa.svg', dark: 'file:../icons/halopsa.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-halopsa/n8n-nodes-halopsa#halopsa-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			default: 'basic',
			options: [
				{
					name: 'Basic Auth',
					value: 'basic',
					description: 'Halo sends the user and password in an Authorization header',
				},
				{
					name: 'Signed Token Header',
					value: 'signedToken',
					description:
						'Halo sends, in the header named on the webhook, the base64 HMAC-SHA256 of the body made with the secret (or the secret itself)',
				},
			],
		},
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			default: '',
			displayOptions: { show: { authentication: ['basic'] } },
			description: 'The Basic authentication username entered on the webhook in Halo',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['basic'] } },
			description: 'The Basic authentication password entered on the webhook in Halo. Use a long random value.',
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'Token',
			displayOptions: { show: { authentication: ['signedToken'] } },
			description: 'The header name entered on the webhook in Halo',
		},
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['signedToken'] } },
			description: 'The secret entered on the webhook in Halo. Use a long random value.',
		},
		{
			displayName: 'Signature Prefix',
			name: 'signaturePrefix',
			type: 'string',
			default: '',
			placeholder: 'e.g. sha256=',
			displayOptions: { show: { authentication: ['signedToken'] } },
			description:
				'The signature prefix set on the webhook in Halo, if any (Halo sends it before the signature, with a space). Leave empty when none is set.',
		},
	];
}
