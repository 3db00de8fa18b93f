// A scripted OpenAI-compatible chat model on loopback, for the AI Agent tier: n8n's OpenAI chat-model node
// (its credential's Base URL pointed here) gets planned answers turn by turn, and every request is recorded
// (the tool definitions and the messages the agent offered). It speaks the Chat Completions API
// (`POST <base>/chat/completions`), with or without `stream`; n8n's chat-model node uses it when its
// "Use Responses API" option is off (that option exists from node version 1.3 and is on by default there).
import { createServer } from 'node:http';

/**
 * Start the server. The model's part is `respond(request) => answer`, where `request` is the parsed body
 * (`messages`, `tools`, …) and `answer` is `{content}` (the final answer) or `{toolCalls: [{name, args}]}`; it
 * may throw (the request then gets a 500 and the agent's run fails with that message instead of hanging).
 * Returns `{baseUrl, requests, respond(fn), close()}`; `requests` holds every request body received.
 */
export async function startScriptedOpenAi(respond = () => ({ content: '' })) {
	const state = { respond, requests: [] };
	const server = createServer(async (req, res) => {
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		const text = Buffer.concat(chunks).toString('utf8');
		if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) {
			res.writeHead(404, { 'content-type': 'application/json' });
			return res.end(JSON.stringify({ error: { message: `scripted model: no route ${req.method} ${req.url}` } }));
		}
		const body = text ? JSON.parse(text) : {};
		state.requests.push(body);
		let answer;
		try {
			answer = state.respond(body);
		} catch (e) {
			res.writeHead(500, { 'content-type': 'application/json' });
			return res.end(JSON.stringify({ error: { message: `scripted model: ${e.message}` } }));
		}
		const message = assistantMessage(answer, state.requests.length);
		if (body.stream) return streamAnswer(res, body.model, message);
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify(completion(body.model, message)));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return {
		baseUrl: `http://127.0.0.1:${port}/v1`,
		requests: state.requests,
		/** Replace the model's part. */
		respond(fn) {
			state.respond = fn;
		},
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

function assistantMessage(answer, requestNo) {
	if (answer.toolCalls) {
		return {
			role: 'assistant',
			content: null,
			tool_calls: answer.toolCalls.map(({ name, args }, i) => ({
				id: `call_${requestNo}_${i}`,
				type: 'function',
				function: { name, arguments: JSON.stringify(args) },
			})),
		};
	}
	return { role: 'assistant', content: answer.content };
}

const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
const finishReason = (message) => (message.tool_calls ? 'tool_calls' : 'stop');

function completion(model, message) {
	return {
		id: `chatcmpl-scripted-${Date.now()}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{ index: 0, message, finish_reason: finishReason(message), logprobs: null }],
		usage,
	};
}

/** The same answer as server-sent events: one delta with everything, one with the finish reason, [DONE]. */
function streamAnswer(res, model, message) {
	res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
	const base = { id: `chatcmpl-scripted-${Date.now()}`, object: 'chat.completion.chunk', created: 0, model };
	const delta = message.tool_calls
		? { role: 'assistant', content: null, tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })) }
		: { role: 'assistant', content: message.content };
	const send = (data) => res.write(`data: ${JSON.stringify(data)}\n\n`);
	send({ ...base, choices: [{ index: 0, delta, finish_reason: null }] });
	send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: finishReason(message) }], usage });
	res.end('data: [DONE]\n\n');
}

/** The tool a request offered whose name matches `pattern` (the agent names tools after their nodes). */
export function offeredTool(request, pattern) {
	const tool = (request.tools ?? []).find((t) => pattern.test(t.function?.name ?? ''));
	if (!tool)
		throw new Error(`no tool matching ${pattern} offered: ${(request.tools ?? []).map((t) => t.function?.name)}`);
	return tool.function;
}

/** The last message the user wrote in a request (the chat message the agent is working on). */
export function userMessage(request) {
	const users = (request.messages ?? []).filter((m) => m.role === 'user');
	const last = users[users.length - 1];
	return typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content ?? '');
}
