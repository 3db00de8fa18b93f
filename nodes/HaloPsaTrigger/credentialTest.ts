import type { ICredentialTestFunctions, ICredentialsDecrypted, INodeCredentialTestResult } from 'n8n-workflow';

const MIN_SECRET_LENGTH = 16;

/** Nothing to call in Halo for a receiving secret; the test makes sure it is hard to guess. */
export async function webhookSecretStrength(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const signed = data.authentication === 'signedToken';
	if (signed && !String(data.headerName ?? '').trim())
		return { status: 'Error', message: 'Enter the header name set on the webhook in Halo' };
	if (!signed && !String(data.user ?? '').trim()) return { status: 'Error', message: 'Enter a user name' };
	const secret = String((signed ? data.secret : data.password) ?? '');
	if (secret.length < MIN_SECRET_LENGTH) {
		return {
			status: 'Error',
			message: `Use a random ${signed ? 'secret' : 'password'} of at least ${MIN_SECRET_LENGTH} characters: anyone who guesses it can start this workflow`,
		};
	}
	return { status: 'OK', message: 'Set; enter the same values on the webhook in Halo' };
}
