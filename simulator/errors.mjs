// Error shapes used by the simulator. Halo is inconsistent about error bodies, and so, on purpose,
// is this simulator (see README "Error shapes"):
//   - OAuth token endpoint:      {"error": "...", "error_description": "..."}
//   - validation on POST:        {"[0].summary": "The Summary field is required."}   (400)
//   - spec violations:           {"ClassName": "ValidationException", "Message": "..."} (400)
//   - ticketing entities 404:    {"ClassName": "HaloException", "Message": "Ticket 5 not found"}
//   - configuration entities 404:{"Message": "Status 99 not found"}
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

/** 404 for an entity, shape chosen by the resource ('classname' | 'message'). */
export function notFound(entity, id, shape = 'classname') {
	const message = `${entity} ${id} not found`;
	return shape === 'message' ? messageError(404, message) : classError(404, message);
}

/** Halo's validation map: {"[0].summary": "The Summary field is required."}. */
export function validationError(map) {
	return new HttpError(400, map);
}

export function specViolationError(message) {
	return classError(400, message, 'ValidationException');
}

export function unknownRoute(url) {
	return messageError(404, `No HTTP resource was found that matches the request URI '${url}'.`);
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
