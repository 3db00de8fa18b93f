// What the real-n8n tier does differently per n8n line (1.x, 2.x): kept here and nowhere else.
import { n8nMajor } from './install.mjs';

/**
 * Everything the tier does differently per n8n line.
 * - modules: `N8N_DISABLED_MODULES` names only modules of that line (1.x refuses to start on an unknown name).
 * - activateArgs: the CLI command that marks a workflow active for the next start (2.x: publish; 1.x: update).
 * - ownerFromEnv: 2.x creates the owner from N8N_INSTANCE_OWNER_* at start; 1.x needs POST /rest/owner/setup.
 * - readyPath: answers 200 once the server takes requests. 1.x's /healthz/readiness does so as soon as the
 *   database is migrated, before the REST routes exist.
 * - credentialApiData: added to a credential created through the public API. 1.x's schema for it demands
 *   the "Allowed Domains" field n8n adds to every credential unless the domain setting is given.
 * - missing: n8n features a test needs that this line lacks (see `unsupported`).
 * - nodeArgs: Node flags for every n8n process. 1.x evaluates expressions in isolated-vm, which needs
 *   --no-node-snapshot on Node ≥ 20; without it `n8n execute` died with SIGSEGV after its run in ~1 of 8 runs.
 * - halo401sPerExpiry: the 401s Halo sees when a token has expired. 2.x honours ignoreHttpStatusErrors'
 *   `except: [401]` and renews the token at once; on 1.x the node gets the 401 and re-sends the request so
 *   that n8n renews it (README "n8n versions").
 */
export function lineTraits() {
	if (n8nMajor() >= 2) {
		return {
			env: { N8N_DISABLED_MODULES: 'mcp-registry' },
			activateArgs: (id) => ['publish:workflow', `--id=${id}`],
			ownerFromEnv: true,
			readyPath: '/healthz/readiness',
			credentialApiData: {},
			missing: {},
			nodeArgs: [],
			halo401sPerExpiry: 1,
		};
	}
	return {
		env: {},
		activateArgs: (id) => ['update:workflow', `--id=${id}`, '--active=true'],
		ownerFromEnv: false,
		readyPath: '/rest/settings',
		credentialApiData: { allowedHttpRequestDomains: 'all' },
		missing: {
			publicApiCredentialTest: 'n8n 1.x has no POST /api/v1/credentials/{id}/test',
		},
		nodeArgs: ['--no-node-snapshot'],
		halo401sPerExpiry: 2,
	};
}

/** How many 401s Halo answers, on the n8n under test, before the request with a new token (see lineTraits). */
export function halo401sPerExpiry() {
	return lineTraits().halo401sPerExpiry;
}

/**
 * For a test's `skip` option: the reason the n8n under test cannot run it (a feature of n8n itself, not of
 * this package), or false. `test('…', { skip: unsupported('publicApiCredentialTest') }, …)`.
 */
export function unsupported(feature) {
	return lineTraits().missing[feature] ?? false;
}
