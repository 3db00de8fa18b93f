import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { RECORDS } from '../nodes/HaloPsa/descriptions/records';
import { API_DETAILS_SCREEN, issueToken, withToken } from '../nodes/HaloPsa/transport/token';
import { NUMBER_FIELDS } from '../nodes/HaloPsa/transport/settings';
import { API_URL_EXPRESSION } from '../nodes/HaloPsa/transport/urls';

export class HaloPsaApi implements ICredentialType {
	name = 'haloPsaApi';

	displayName = 'HaloPSA API';

	icon = { light: 'file:../icons/halopsa.svg', dark: 'file:../icons/halopsa.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-halopsa/n8n-nodes-halopsa#halo-api-application';

	properties: INodeProperties[] = [
		{
			displayName: 'Halo URL',
			name: 'haloUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://acme.halopsa.com',
			description: `The web address of your Halo instance. ${API_DETAILS_SCREEN}.`,
		},
		{
			displayName: 'Authorisation Server URL',
			name: 'authUrl',
			type: 'string',
			default: '',
			placeholder: 'https://acme.halopsa.com/auth',
			description: `Leave empty to use <Halo URL>/auth. Self-hosted or custom-domain instances: copy "Authorisation Server" from ${API_DETAILS_SCREEN}.`,
		},
		{
			displayName: 'Resource Server URL',
			name: 'resourceUrl',
			type: 'string',
			default: '',
			placeholder: 'https://acme.halopsa.com/api',
			description: `Leave empty to use <Halo URL>/api. Otherwise copy "Resource Server" from ${API_DETAILS_SCREEN}.`,
		},
		{
			displayName: 'Tenant',
			name: 'tenant',
			type: 'string',
			default: '',
			placeholder: 'acme',
			description: `Needed for Halo-hosted instances; shown as "Tenant" in ${API_DETAILS_SCREEN}. Sent as ?tenant= on the token request.`,
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description:
				'From Configuration → Integrations → Halo API → Applications → your application (authentication method "Client ID and Secret (Services)")',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Shown once when the application is created in Halo',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: 'all',
			description:
				'Space-separated scopes the application may use, e.g. "read:tickets edit:tickets read:customers". "all" grants what the application\'s permissions allow.',
		},
		{
			displayName: NUMBER_FIELDS.requestBudget.label,
			name: 'requestBudget',
			type: 'number',
			default: NUMBER_FIELDS.requestBudget.fallback,
			description:
				'Hosted Halo allows about 300 requests per rolling 5 minutes. The node paces itself to stay under this budget instead of collecting 429 errors. Set 0 to turn pacing off (self-hosted).',
		},
		{
			displayName: NUMBER_FIELDS.processesSharingBudget.label,
			name: 'processesSharingBudget',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: NUMBER_FIELDS.processesSharingBudget.fallback,
			description:
				"How many n8n processes use this Halo application at the same time. Queue mode: the number of workers, plus 1 for the main instance if it runs HaloPSA triggers or other Halo calls (plus webhook processes). Each process paces to Request Budget ÷ this number, so together they stay within Halo's limit. If Halo still answers 429, a process lowers its pace to what it got through and recovers slowly.",
		},
		{
			displayName: NUMBER_FIELDS.timeoutSeconds.label,
			name: 'timeoutSeconds',
			type: 'number',
			default: NUMBER_FIELDS.timeoutSeconds.fallback,
			description: 'How long to wait for Halo to answer one request before failing it',
		},
		{
			displayName: NUMBER_FIELDS.backoffSeconds.label,
			name: 'backoffSeconds',
			type: 'number',
			default: NUMBER_FIELDS.backoffSeconds.fallback,
			description:
				'First wait after a 429 that carries no Retry-After header; doubles on each further 429 (capped at 2 minutes)',
		},
		{
			displayName: 'Allow Insecure HTTP',
			name: 'allowInsecureHttp',
			type: 'boolean',
			default: false,
			description:
				'Whether to allow plain http:// URLs for hosts other than localhost. Plain http sends the client secret and tokens unencrypted; only use it on a trusted internal network.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			// Which token URL, resource server, client and scope the stored token was issued for (transport/token.ts).
			displayName: 'Access Token Issued For',
			name: 'accessTokenFor',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/** The token request (transport/token.ts); n8n stores the result and calls this again after a 401. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return await issueToken(this, credentials);
	}

	/**
	 * A plain function rather than the generic `Bearer {{$credentials.accessToken}}` form: n8n would resolve
	 * that expression (a full expression context) on every request, which showed as ~10% CPU per item and
	 * extra memory in the benchmark. n8n calls this the same way for its 401 → refresh → retry. It sends the
	 * token only to where it was issued for (transport/token.ts).
	 */
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => await withToken(credentials, requestOptions);

	// Proves both halves: the token request (preAuthentication runs first) and API access as the login agent.
	test: ICredentialTestRequest = {
		request: {
			baseURL: API_URL_EXPRESSION,
			url: `${RECORDS.agent.apiPath}/me`,
			method: 'GET',
		},
	};
}
