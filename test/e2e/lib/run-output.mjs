// Reading what an n8n process printed: the run JSON of `n8n execute --rawOutput`, a node's items and error
// in it, and "Failed to load package" passages from any n8n log.

/**
 * n8n logs a community package that fails to load ("Failed to load package …") and carries on without
 * it; the workflow then fails with an unknown node type. Returns those log passages (empty when fine).
 */
export function packageLoadErrors(text) {
	const out = [];
	const lines = text.split('\n');
	lines.forEach((line, i) => {
		if (/Failed to load package/i.test(line)) out.push(lines.slice(i, i + 12).join('\n'));
	});
	return out;
}

/** The JSON object n8n printed: from the first line starting with `{` to its matching end. */
export function parseRunJson(text) {
	const lines = text.split('\n');
	const start = lines.findIndex((l) => l.startsWith('{'));
	if (start < 0) return undefined;
	// Try progressively shorter tails (logger lines may follow the JSON).
	const candidate = lines.slice(start);
	for (let end = candidate.length; end > 0; end--) {
		if (!candidate[end - 1].startsWith('}')) continue;
		try {
			return JSON.parse(candidate.slice(0, end).join('\n'));
		} catch {
			/* keep looking */
		}
	}
	return undefined;
}

/** Output items (their `json`) of a node in a run: `nodeItems(run, 'HaloPSA')`. */
export function nodeItems(run, nodeName, { output = 0, runIndex = 0 } = {}) {
	const taskData = run?.data?.resultData?.runData?.[nodeName]?.[runIndex];
	if (!taskData) return undefined;
	return (taskData.data?.main?.[output] ?? []).map((item) => item.json);
}

/** The error a node reported in a run (undefined when it succeeded). */
export function nodeError(run, nodeName, runIndex = 0) {
	return run?.data?.resultData?.runData?.[nodeName]?.[runIndex]?.error;
}
