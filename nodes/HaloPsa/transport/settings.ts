import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { EndpointProblem } from './urls';

/** The credential's numeric settings, checked: what the transport and the pacer may rely on. */
export interface CredentialNumbers {
	/** requests per rolling 5 minutes for the whole tenant; 0 = pacing off */
	requestBudget: number;
	processesSharingBudget: number;
	timeoutSeconds: number;
	backoffSeconds: number;
}

/**
 * Each numeric field: its label on the credential, its default, and whether it must be a whole number ≥ 1.
 * The credential's field definitions take label and default from here.
 */
export const NUMBER_FIELDS: Record<keyof CredentialNumbers, { label: string; fallback: number; wholeFromOne?: true }> =
	{
		requestBudget: { label: 'Request Budget (per 5 Minutes)', fallback: 300 },
		processesSharingBudget: { label: 'Processes Sharing the Budget', fallback: 1, wholeFromOne: true },
		timeoutSeconds: { label: 'Request Timeout (Seconds)', fallback: 60 },
		backoffSeconds: { label: 'Rate-Limit Backoff (Seconds)', fallback: 30 },
	};

/**
 * Reads the numeric fields once, when the credential is read. An expression can put any text there
 * (`"30s"`), and a number that is not finite would make the pacer wait forever, so anything but a plain
 * number is refused with the field's name before a request is sent.
 */
export function credentialNumbers(credentials: ICredentialDataDecryptedObject): CredentialNumbers | EndpointProblem {
	const numbers = {} as CredentialNumbers;
	for (const [name, field] of Object.entries(NUMBER_FIELDS) as Array<
		[keyof CredentialNumbers, (typeof NUMBER_FIELDS)['requestBudget']]
	>) {
		const raw = credentials[name];
		const value = raw === undefined || raw === null ? field.fallback : asNumber(raw);
		const problem =
			value === undefined
				? `is ${JSON.stringify(raw)}, not a number`
				: value < 0
					? `is ${value}; it cannot be negative`
					: field.wholeFromOne && (!Number.isInteger(value) || value < 1)
						? `is ${value}; it must be a whole number, at least 1`
						: undefined;
		if (problem) return { error: `The credential's "${field.label}" ${problem}. Nothing was sent to Halo.` };
		numbers[name] = value!;
	}
	// 0 has always meant the default wait, not "wait forever".
	numbers.timeoutSeconds ||= NUMBER_FIELDS.timeoutSeconds.fallback;
	if (numbers.requestBudget > 0 && numbers.requestBudget < numbers.processesSharingBudget) {
		return {
			error: `The credential's "${NUMBER_FIELDS.requestBudget.label}" (${numbers.requestBudget}) is smaller than "${NUMBER_FIELDS.processesSharingBudget.label}" (${numbers.processesSharingBudget}): each process needs at least one request. Nothing was sent to Halo.`,
		};
	}
	return numbers;
}

/** A finite number, or a string that is exactly one; anything else (NaN, "30s", "", true) is undefined. */
function asNumber(raw: unknown): number | undefined {
	const value =
		typeof raw === 'number'
			? raw
			: typeof raw === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(raw)
				? Number(raw)
				: NaN;
	return Number.isFinite(value) ? value : undefined;
}
