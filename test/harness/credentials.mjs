// The harness's credential store and a credentials helper that behaves like the n8n server's: defaults
// filled in, unknown fields dropped, preAuthentication only when the token is missing or a request got a
// 401, its result written back to the store, generic `authenticate` resolved with n8n's expressions.

/**
 * `initial`: credential data by type. `types`: from loadPackages. `n8nHelpers: '1.x'`: see createEngine.
 * `scratchWorkflow()`: a one-node workflow, for expressions outside any workflow.
 * Returns `{credentialStore, credentialsHelper, stored, withDefaults}`.
 */
export function createCredentials({ core, workflow: wf, types, initial, n8nHelpers, scratchWorkflow }) {
	const { NodeHelpers, ICredentialsHelper, isExpression } = wf;
	const { credentialType } = types;
	const stored = new Map(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]));
	const credentialStore = {
		get: (type) => structuredClone(stored.get(type)),
		set: (type, data) => void stored.set(type, structuredClone(data)),
		updates: [], // every write-back n8n made (e.g. a token from preAuthentication): { type, data }
	};
	const propertiesOf = (type) => credentialType(type).properties;
	// like the server's applyDefaultsAndOverwrites: defaults filled in, unknown fields dropped
	const withDefaults = (type, data) =>
		NodeHelpers.getNodeParameters(propertiesOf(type), data ?? {}, true, false, null, null);

	class HarnessCredentialsHelper extends ICredentialsHelper {
		getParentTypes() {
			return [];
		}
		isCredentialUsableByNode() {
			return true;
		}
		getCredentialsProperties(type) {
			return propertiesOf(type);
		}
		async getCredentials(nodeCredentials, type) {
			return new core.Credentials({ id: nodeCredentials.id ?? type, name: nodeCredentials.name ?? type }, type);
		}
		async getDecrypted(_additionalData, _nodeCredentials, type) {
			if (!stored.has(type)) throw new Error(`Harness has no credentials of type "${type}" (engine.setCredentials)`);
			return withDefaults(type, stored.get(type));
		}
		async updateCredentials(_nodeCredentials, type, data) {
			stored.set(type, structuredClone(data));
			credentialStore.updates.push({ type, data: structuredClone(data) });
		}
		async updateCredentialsOauthTokenData(nodeCredentials, type, data) {
			await this.updateCredentials(nodeCredentials, type, { ...stored.get(type), oauthTokenData: data.oauthTokenData });
		}
		async authenticate(credentials, typeName, requestOptions, workflow, node) {
			// Every request of httpRequestWithAuthentication passes here just before it is sent.
			if (n8nHelpers === '1.x' && requestOptions.ignoreHttpStatusErrors) requestOptions.ignoreHttpStatusErrors = true;
			const { authenticate } = credentialType(typeName);
			if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
			if (authenticate?.type === 'generic') {
				const resolve = (value) => {
					if (!isExpression(value)) return value;
					const wfForExpr = workflow ?? scratchWorkflow();
					const result = wfForExpr.expression.getSimpleParameterValue(
						node ?? wfForExpr.getNode('Harness'),
						value,
						'internal',
						{ $credentials: credentials },
						undefined,
						'',
					);
					return result ? result.toString() : '';
				};
				requestOptions.headers ??= {};
				for (const [outerKey, entries] of Object.entries(authenticate.properties)) {
					requestOptions[outerKey] ??= {};
					for (const [key, value] of Object.entries(entries)) requestOptions[outerKey][resolve(key)] = resolve(value);
				}
			}
			return requestOptions;
		}
		async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
			const type = credentialType(typeName);
			const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
			if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
			const testing = node?.type === 'n8n-nodes-base.noOp' && node?.parameters?.temp === '';
			if (!(credentials[expirable.name] === '' || credentialsExpired || testing)) return undefined;
			const output = await runPreAuthentication(type, helpers, credentials);
			if (output?.[expirable.name] === undefined) return undefined;
			if (node?.credentials) {
				const raw = stored.get(typeName) ?? {};
				const persist = { ...raw };
				for (const [key, value] of Object.entries(output)) {
					if (key === expirable.name || !isExpression(raw[key])) persist[key] = value;
				}
				await this.updateCredentials(node.credentials[typeName] ?? {}, typeName, persist);
			}
			return Object.assign(credentials, output);
		}
		async runPreAuthentication(helpers, credentials, typeName) {
			const type = credentialType(typeName);
			if (typeof type.preAuthentication !== 'function') return undefined;
			return (await runPreAuthentication(type, helpers, credentials)) ?? undefined;
		}
	}
	return { credentialStore, credentialsHelper: new HarnessCredentialsHelper(), stored, withDefaults };
}

/** The server hands preAuthentication only an httpRequest helper. */
function runPreAuthentication(type, helpers, credentials) {
	return type.preAuthentication.call({ helpers: { httpRequest: helpers.helpers.httpRequest } }, credentials);
}

/** An access token from a running simulator's token endpoint (scope `all`), for tests that call its API directly. */
export async function simToken(sim) {
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: sim.clientId,
		client_secret: sim.clientSecret,
		scope: 'all',
	});
	const reply = await fetch(`${sim.url}/auth/token?tenant=${sim.tenant}`, { method: 'POST', body: form });
	return (await reply.json()).access_token;
}
