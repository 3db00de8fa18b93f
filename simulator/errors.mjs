// Error shapes used by the simulator. Halo is inconsistent about error bodies, and so, on purpose,
// is this simulator (see README "Error shapes"):
//   - OAuth token endpoint:      {"error": "...", "error_description": "..."}
//   - validation on POST:        {"[0].summary": ["The Summary field is required."]} (400, ModelState)
//   - spec violations:           {"ClassName": "ValidationException", "Message": "..."} (400)
//   - unknown id or route 404:   empty body
//   - a non-numeric id 400:      ModelState {"id": ["The value 'probe' is not valid."]}
//   - auth 401 / 403:            {"Message": "Authorization has been denied for this request."} or empty
//   - rate limit 429:            plain text "Rate Limit Reached - 300 Requests per rolling 5 minute window"

export class HttpError extends Error {
	/**
	 * @param {number} status
	 * @param {unknown} body  object → JSON, string → text/plain, null → empty body
	 * @param {{headers?: Record<string,string>, contentType?: string}} [opts]
	 */
	constructor(status, body, opts = {}) {
		super(typeof body === 'string' ? body : (body && (body.Message || body.error_description)) || `HTTP ${status}`);
		this.status = status;
		this.body = body;
		this.headers = opts.headers || {};
		this.contentType = opts.contentType;
	}
}

export const MESSAGES = {
	unauthorized: 'Authorization has been denied for this request.',
	forbidden: 'You do not have permission to perform this action. The access token was not granted an edit scope.',
	genericError: 'An error has occurred.',
};

export function classError(status, message, className = 'HaloException') {
	return new HttpError(status, { ClassName: className, Message: message });
}

export function messageError(status, message) {
	return new HttpError(status, { Message: message });
}

/**
 * 404 for an unknown record: an empty body, whatever the kind of record (the body names neither kind nor id).
 * evidence: general.not-found-empty
 */
export function notFound() {
	return new HttpError(404, null);
}

/**
 * 400 for a path id that is not a number: ASP.NET's ModelState, an array of messages per field.
 * evidence: general.bad-id-modelstate
 */
export function badIdError(name, value) {
	return new HttpError(400, { [name]: [`The value '${value}' is not valid.`] });
}

/**
 * Halo's validation map, ASP.NET ModelState: {"[0].summary": ["The Summary field is required."]}.
 * evidence: general.error-validation-map
 */
export function validationError(map) {
	const modelState = {};
	for (const [field, messages] of Object.entries(map)) modelState[field] = [].concat(messages);
	return new HttpError(400, modelState);
}

export function specViolationError(message) {
	return classError(400, message, 'ValidationException');
}

/** An unknown route: 404 with an empty body, like an unknown id. evidence: general.not-found-empty */
export function unknownRoute() {
	return new HttpError(404, null);
}

export function oauthError(status, error, description) {
	const body = { error };
	if (description) body.error_description = description;
	return new HttpError(status, body);
}

export function rateLimitText(limit, windowMs) {
	const mins = windowMs / 60000;
	const secs = windowMs / 1000;
	const win = Number.isInteger(mins)
		? `${mins} minute`
		: Number.isInteger(secs)
			? `${secs} second`
			: `${windowMs} millisecond`;
	return `Rate Limit Reached - ${limit} Requests per rolling ${win} window`;
}

/** The IIS / ASP.NET yellow-screen-ish page Halo serves when the app's login agent is missing. */
export function iisErrorPage() {
	return `<!DOCTYPE html>
<html>
<head><title>Runtime Error</title>
<style>body{font-family:"Verdana";font-weight:normal;font-size:.7em;color:black;} H1{font-family:"Verdana";font-weight:normal;font-size:18pt;color:red}</style>
</head>
<body bgcolor="white">
<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>Runtime Error</i> </h2></span>
<font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
<b> Description: </b>An application error occurred on the server. The current custom error settings for this application prevent the details of the application error from being viewed remotely (for security reasons).
<br><br>
<b>Details:</b> System.NullReferenceException: Object reference not set to an instance of an object. (No API login agent is configured for this application.)
</font>
</body>
</html>
`;
}
